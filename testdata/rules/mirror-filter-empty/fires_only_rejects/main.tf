resource "aws_ec2_traffic_mirror_filter" "noisy" { # want `\(it has only reject rules\), so session aws_ec2_traffic_mirror_session\.db mirrors nothing`
}

resource "aws_ec2_traffic_mirror_filter_rule" "no_backups" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.noisy.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  protocol                 = 6
  source_cidr_block        = "10.0.0.0/8"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_session" "db" {
  network_interface_id     = "eni-0123456789abcdef0"
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.noisy.id
  traffic_mirror_target_id = "tmt-0123456789abcdef0"
  session_number           = 1
}
