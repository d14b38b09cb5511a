# No session of the configuration uses the filter (yet).
resource "aws_ec2_traffic_mirror_filter" "capture" {}
