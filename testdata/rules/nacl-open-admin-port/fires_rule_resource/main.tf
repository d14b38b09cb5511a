resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "ssh" { # want error `^inbound rule 110 of aws_network_acl\.public \(allow tcp 22 from 0\.0\.0\.0/0\) lets tcp 22 \(SSH\) in from any address \(0\.0\.0\.0/0\):`
  network_acl_id = aws_network_acl.public.id
  rule_number    = 110
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}
