# Source ports count: rules 100 and 110 together accept every tcp source port,
# so rule 120's reject of source ports 1000-1100 is lost.
resource "aws_ec2_traffic_mirror_filter" "ssh" {}

resource "aws_ec2_traffic_mirror_filter_rule" "privileged" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.ssh.id
  traffic_direction        = "egress"
  rule_number              = 100
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"

  source_port_range {
    from_port = 0
    to_port   = 1023
  }
}

resource "aws_ec2_traffic_mirror_filter_rule" "ephemeral" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.ssh.id
  traffic_direction        = "egress"
  rule_number              = 110
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"

  source_port_range {
    from_port = 1024
    to_port   = 65535
  }
}

resource "aws_ec2_traffic_mirror_filter_rule" "no_legacy" { # want error `outbound rule 120 of aws_ec2_traffic_mirror_filter\.ssh \(reject tcp from 10\.0\.0\.0/16 ports 1000-1100 to 0\.0\.0\.0/0\) can never match: rules 100 \(accept tcp from 0\.0\.0\.0/0 ports 0-1023 to 0\.0\.0\.0/0\) and 110 \(accept tcp from 0\.0\.0\.0/0 ports 1024-65535 to 0\.0\.0\.0/0\) already accept all of its traffic`
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.ssh.id
  traffic_direction        = "egress"
  rule_number              = 120
  rule_action              = "reject"
  protocol                 = 6
  source_cidr_block        = "10.0.0.0/16"
  destination_cidr_block   = "0.0.0.0/0"

  source_port_range {
    from_port = 1000
    to_port   = 1100
  }
}
