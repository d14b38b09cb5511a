# Rule 50's source is unknown, so it may decide traffic first, and rule 200's
# verdict is not certain.
variable "trusted_cidr" {
  type = string
}

resource "aws_ec2_traffic_mirror_filter" "app" {}

resource "aws_ec2_traffic_mirror_filter_rule" "trusted" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 50
  rule_action              = "accept"
  source_cidr_block        = var.trusted_cidr
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_all" {
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
