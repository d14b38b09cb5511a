# Rule 150 may not exist; it matches none of rule 200's traffic, so rule 100
# certainly decides all of it. Rule 300 may not exist either; if it does, it
# can never match.
variable "enabled" {
  type = bool
}

resource "aws_ec2_traffic_mirror_filter" "app" {}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_tcp" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "maybe_udp" {
  count                    = var.enabled ? 1 : 0
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 150
  rule_action              = "accept"
  protocol                 = 17
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "https" { # want error `inbound rule 200 .* rule 100 \(reject tcp from 0\.0\.0\.0/0 to 0\.0\.0\.0/0\) already rejects`
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"

  destination_port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_ec2_traffic_mirror_filter_rule" "maybe_ssh" { # want error `inbound rule 300 .* rule 100 \(reject tcp from 0\.0\.0\.0/0 to 0\.0\.0\.0/0\) already rejects`
  count                    = var.enabled ? 1 : 0
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 300
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "10.0.0.0/8"
  destination_cidr_block   = "0.0.0.0/0"

  destination_port_range {
    from_port = 22
    to_port   = 22
  }
}
