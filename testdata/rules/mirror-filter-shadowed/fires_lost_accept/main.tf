# An accept after a reject-all: the capture the filter exists for never happens.
resource "aws_ec2_traffic_mirror_filter" "web" {
  description = "capture web traffic"
}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_all_in" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "https_in" { # want error `inbound rule 200 of aws_ec2_traffic_mirror_filter\.web \(accept tcp from 0\.0\.0\.0/0 to 10\.0\.0\.0/16 port 443\) can never match: rule 100 \(reject all from 0\.0\.0\.0/0 to 0\.0\.0\.0/0\) already rejects all of its traffic; give it a number below 100`
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "10.0.0.0/16"

  destination_port_range {
    from_port = 443
    to_port   = 443
  }
}

# The outbound direction is evaluated on its own.
resource "aws_ec2_traffic_mirror_filter_rule" "reject_udp_out" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "egress"
  rule_number              = 10
  rule_action              = "reject"
  protocol                 = 17
  source_cidr_block        = "10.0.0.0/8"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "dns_out" { # want error `outbound rule 20 of aws_ec2_traffic_mirror_filter\.web \(accept udp from 10\.0\.1\.0/24 to 0\.0\.0\.0/0 port 53\) can never match: rule 10 \(reject udp from 10\.0\.0\.0/8 to 0\.0\.0\.0/0\)`
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "egress"
  rule_number              = 20
  rule_action              = "accept"
  protocol                 = 17
  source_cidr_block        = "10.0.1.0/24"
  destination_cidr_block   = "0.0.0.0/0"

  destination_port_range {
    from_port = 53
    to_port   = 53
  }
}
