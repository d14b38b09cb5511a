# A reject of all inbound traffic does not touch the outbound direction.
resource "aws_ec2_traffic_mirror_filter" "out_only" {}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_in" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.out_only.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "accept_out" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.out_only.id
  traffic_direction        = "egress"
  rule_number              = 200
  rule_action              = "accept"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}
