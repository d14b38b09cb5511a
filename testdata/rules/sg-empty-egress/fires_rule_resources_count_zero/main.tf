# Rule resources that expand to no instance add nothing.
variable "allow_egress" {
  type    = bool
  default = false
}

resource "aws_security_group" "a" { # want "aws_security_group\\.a has no egress rule"
  name   = "a"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_egress_rule" "a_all" {
  count             = var.allow_egress ? 1 : 0
  security_group_id = aws_security_group.a.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "b" { # want "aws_security_group\\.b has no egress rule"
  name   = "b"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "b_out" {
  for_each          = var.allow_egress ? toset(["0.0.0.0/0"]) : toset([])
  type              = "egress"
  security_group_id = aws_security_group.b.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = [each.value]
}
