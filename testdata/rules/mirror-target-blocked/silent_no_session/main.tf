# No session of the configuration uses the target: there is no source to check.
resource "aws_subnet" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.9.0/24"
}

resource "aws_security_group" "monitor" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_interface" "monitor" {
  subnet_id       = aws_subnet.tools.id
  security_groups = [aws_security_group.monitor.id]
}

resource "aws_ec2_traffic_mirror_target" "monitor" {
  network_interface_id = aws_network_interface.monitor.id
}
