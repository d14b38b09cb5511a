resource "aws_subnet" "app" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.2.0/24"
}

resource "aws_network_acl" "app" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  subnet_ids = [aws_subnet.app.id]

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "10.0.0.0/16"
  }

  egress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "10.0.0.0/16"
  }
}
