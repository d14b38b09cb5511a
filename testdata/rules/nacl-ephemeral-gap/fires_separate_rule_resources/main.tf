resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "https_in" { # want `inbound rule 100 of aws_network_acl\.web \(allow tcp 443 from 0\.0\.0\.0/0\) .* tcp 1024-65535 to 0\.0\.0\.0/0 except 10\.0\.0\.0/8 by the implicit deny`
  network_acl_id = aws_network_acl.web.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}

resource "aws_network_acl_rule" "replies_to_vpc" {
  network_acl_id = aws_network_acl.web.id
  rule_number    = 100
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
  from_port      = 1024
  to_port        = 65535
}
