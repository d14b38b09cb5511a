# The target's interface is not in the configuration.
resource "aws_ec2_traffic_mirror_target" "monitor" {
  network_interface_id = "eni-0123456789abcdef0"
}

resource "aws_ec2_traffic_mirror_session" "app" {
  network_interface_id     = "eni-0fedcba9876543210"
  traffic_mirror_filter_id = "tmf-0123456789abcdef0"
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}
