# Standalone ingress rules, and egress rules of another group, do not count.
resource "aws_security_group" "web" { # want "aws_security_group\\.web has no egress rule"
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "web_in" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "web_in_v6" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv6         = "::/0"
}

resource "aws_security_group" "other" {
  name   = "other"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_egress_rule" "other_out" {
  security_group_id = aws_security_group.other.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}
