resource "aws_ec2_traffic_mirror_filter" "dual" {}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_v4" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.dual.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "accept_v6" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.dual.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  source_cidr_block        = "::/0"
  destination_cidr_block   = "::/0"
}
