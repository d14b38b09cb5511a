# A separate rule's CIDR is unknown.
variable "mirror_sources" {
  type = list(string)
}

resource "aws_security_group" "monitor" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_ingress_rule" "vxlan" {
  security_group_id = aws_security_group.monitor.id
  ip_protocol       = "udp"
  from_port         = 4789
  to_port           = 4789
  cidr_ipv4         = var.mirror_sources[0]
}

resource "aws_network_interface" "monitor" {
  subnet_id       = aws_subnet.tools.id
  security_groups = [aws_security_group.monitor.id]
}

resource "aws_ec2_traffic_mirror_target" "monitor" {
  network_interface_id = aws_network_interface.monitor.id
}

resource "aws_subnet" "app" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.9.0/24"
}

resource "aws_network_interface" "app" {
  subnet_id = aws_subnet.app.id
}

resource "aws_ec2_traffic_mirror_filter" "all" {}

resource "aws_ec2_traffic_mirror_session" "app" {
  network_interface_id     = aws_network_interface.app.id
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.all.id
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}

