# Rule 300 is covered only by rules 100 and 200 together; rule 400's reject is
# lost where rule 200 accepts first.
resource "aws_ec2_traffic_mirror_filter" "db" {}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_low" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.db.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  protocol                 = 6
  source_cidr_block        = "10.0.0.0/9"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "accept_high" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.db.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "10.128.0.0/9"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "postgres" { # want warning `inbound rule 300 .* can never match: rules 100 \(reject tcp from 10\.0\.0\.0/9 to 0\.0\.0\.0/0\) and 200 \(accept tcp from 10\.128\.0\.0/9 to 0\.0\.0\.0/0\) already decide all of its traffic, rejecting part of it; give it a number below 100`
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.db.id
  traffic_direction        = "ingress"
  rule_number              = 300
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "10.0.0.0/8"
  destination_cidr_block   = "10.0.5.0/24"

  destination_port_range {
    from_port = 5432
    to_port   = 5432
  }
}

resource "aws_ec2_traffic_mirror_filter_rule" "no_replication" { # want error `inbound rule 400 .* \(reject tcp from 10\.0\.0\.0/8 to 10\.0\.5\.0/24 port 5433\) can never match: .* accepting part of it`
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.db.id
  traffic_direction        = "ingress"
  rule_number              = 400
  rule_action              = "reject"
  protocol                 = 6
  source_cidr_block        = "10.0.0.0/8"
  destination_cidr_block   = "10.0.5.0/24"

  destination_port_range {
    from_port = 5433
    to_port   = 5433
  }
}
