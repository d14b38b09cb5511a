# The covering rule may not exist (unknown count), so rule 200 may decide its
# traffic after all.
variable "strict" {
  type = bool
}

resource "aws_ec2_traffic_mirror_filter" "app" {}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_all" {
  count                    = var.strict ? 1 : 0
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "https" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}
