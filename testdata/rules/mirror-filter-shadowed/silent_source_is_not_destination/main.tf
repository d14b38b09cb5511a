# Rule 100 rejects what comes from 10.0.0.0/8; rule 200 accepts what goes to
# it from elsewhere too, so it still decides traffic.
resource "aws_ec2_traffic_mirror_filter" "app" {}

resource "aws_ec2_traffic_mirror_filter_rule" "from_internal" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  source_cidr_block        = "10.0.0.0/8"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "to_internal" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "10.0.0.0/8"
}

# Destination ports 0-1023 and source ports 1024-65535 do not cover tcp 443
# from port 443.
resource "aws_ec2_traffic_mirror_filter_rule" "low_dst" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "egress"
  rule_number              = 100
  rule_action              = "reject"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"

  destination_port_range {
    from_port = 0
    to_port   = 442
  }
}

resource "aws_ec2_traffic_mirror_filter_rule" "high_src" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "egress"
  rule_number              = 110
  rule_action              = "reject"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"

  source_port_range {
    from_port = 1024
    to_port   = 65535
  }
}

resource "aws_ec2_traffic_mirror_filter_rule" "tls" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "egress"
  rule_number              = 120
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"

  destination_port_range {
    from_port = 443
    to_port   = 443
  }
}
