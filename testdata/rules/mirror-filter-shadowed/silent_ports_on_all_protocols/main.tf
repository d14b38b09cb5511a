# A port range without a tcp or udp protocol: vpclint does not give rule 100 a
# meaning, so it says nothing about the rules after it.
resource "aws_ec2_traffic_mirror_filter" "app" {}

resource "aws_ec2_traffic_mirror_filter_rule" "odd" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.app.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"

  destination_port_range {
    from_port = 443
    to_port   = 443
  }
}

resource "aws_ec2_traffic_mirror_filter_rule" "https" {
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
