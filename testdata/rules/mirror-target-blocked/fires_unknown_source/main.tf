# The source is outside the configuration, but the group admits udp 4789 from
# no address at all.
resource "aws_subnet" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.9.0/24"
}

resource "aws_security_group" "monitor" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 0
    to_port     = 65535
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_network_interface" "monitor" {
  subnet_id       = aws_subnet.tools.id
  security_groups = [aws_security_group.monitor.id]
}

resource "aws_ec2_traffic_mirror_target" "monitor" { # want error `that session aws_ec2_traffic_mirror_session\.partner sends: no ingress rule of aws_security_group\.monitor allows udp 4789 from any address; add an ingress rule to aws_security_group\.monitor allowing udp 4789 from the mirror sources' addresses`
  network_interface_id = aws_network_interface.monitor.id
}

resource "aws_ec2_traffic_mirror_session" "partner" {
  network_interface_id     = "eni-0123456789abcdef0"
  traffic_mirror_filter_id = "tmf-0123456789abcdef0"
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}
