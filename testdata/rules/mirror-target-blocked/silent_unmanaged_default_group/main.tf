# The interface names no group, so it gets its VPC's default group, which the
# configuration does not manage: its rules are not known.
resource "aws_network_interface" "monitor" {
  subnet_id = aws_subnet.tools.id
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

