resource "aws_subnet" "web" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.3.0/24"
}

resource "aws_network_acl" "web" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  subnet_ids = [aws_subnet.web.id]
}

resource "aws_network_acl_rule" "ssh_vpc" {
  network_acl_id = aws_network_acl.web.id
  rule_number    = 100
  egress         = false
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 22
  to_port        = 22
  cidr_block     = "10.0.0.0/8"
}

resource "aws_network_acl_rule" "ssh_office" {
  network_acl_id = aws_network_acl.web.id
  rule_number    = 200
  egress         = false
  rule_action    = "deny"
  protocol       = "tcp"
  from_port      = 22
  to_port        = 22
  cidr_block     = "10.9.0.0/16"
}

resource "aws_network_acl_rule" "replies" {
  network_acl_id = aws_network_acl.web.id
  rule_number    = 100
  egress         = true
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 1024
  to_port        = 65535
  cidr_block     = "0.0.0.0/0"
}
