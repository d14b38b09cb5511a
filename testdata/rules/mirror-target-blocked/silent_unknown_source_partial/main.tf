# The source is outside the configuration and the group admits VXLAN from the
# VPC: the source may well be there.
resource "aws_subnet" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.9.0/24"
}

resource "aws_security_group" "monitor" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "udp"
    from_port   = 4789
    to_port     = 4789
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_network_interface" "monitor" {
  subnet_id       = aws_subnet.tools.id
  security_groups = [aws_security_group.monitor.id]
}

resource "aws_ec2_traffic_mirror_target" "monitor" {
  network_interface_id = aws_network_interface.monitor.id
}

resource "aws_ec2_traffic_mirror_session" "partner" {
  network_interface_id     = "eni-0123456789abcdef0"
  traffic_mirror_filter_id = "tmf-0123456789abcdef0"
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}
