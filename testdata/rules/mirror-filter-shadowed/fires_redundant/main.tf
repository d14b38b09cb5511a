resource "aws_ec2_traffic_mirror_filter" "all" {}

resource "aws_ec2_traffic_mirror_filter_rule" "all_in" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.all.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "accept"
  protocol                 = 0
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "tcp_in" { # want warning `inbound rule 200 of aws_ec2_traffic_mirror_filter\.all \(accept tcp from 10\.0\.0\.0/8 to 10\.0\.0\.0/8\) is redundant: rule 100 \(accept all from 0\.0\.0\.0/0 to 0\.0\.0\.0/0\) already accepts all of its traffic; remove it`
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.all.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "10.0.0.0/8"
  destination_cidr_block   = "10.0.0.0/8"
}
