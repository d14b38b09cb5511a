# One accept in one direction is enough: the outbound rejects are deliberate.
resource "aws_ec2_traffic_mirror_filter" "web" {}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_out" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "egress"
  rule_number              = 100
  rule_action              = "reject"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_ssh_in" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"

  destination_port_range {
    from_port = 22
    to_port   = 22
  }
}

resource "aws_ec2_traffic_mirror_filter_rule" "tcp_in" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_session" "web" {
  network_interface_id     = "eni-0123456789abcdef0"
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_mirror_target_id = "tmt-0123456789abcdef0"
  session_number           = 1
}
