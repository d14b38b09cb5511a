# The rule's filter id comes from a variable: it may be this filter's.
variable "filter_id" {
  type = string
}

resource "aws_ec2_traffic_mirror_filter" "capture" {}

resource "aws_ec2_traffic_mirror_filter_rule" "all_out" {
  traffic_mirror_filter_id = var.filter_id
  traffic_direction        = "egress"
  rule_number              = 100
  rule_action              = "accept"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_session" "web" {
  network_interface_id     = "eni-0123456789abcdef0"
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.capture.id
  traffic_mirror_target_id = "tmt-0123456789abcdef0"
  session_number           = 1
}
