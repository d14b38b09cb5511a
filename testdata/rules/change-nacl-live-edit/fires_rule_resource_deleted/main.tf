resource "aws_subnet" "web" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.3.0/24"
}

resource "aws_network_acl" "web" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  subnet_ids = [aws_subnet.web.id]
}

resource "aws_network_acl_rule" "https_in" {
  network_acl_id = aws_network_acl.web.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 443
  to_port        = 443
  cidr_block     = "0.0.0.0/0"
}
