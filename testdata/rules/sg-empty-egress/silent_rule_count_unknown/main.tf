# The only egress rule has an unknown count: it may exist.
variable "allow_egress" {
  type = bool
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_egress_rule" "app_out" {
  count             = var.allow_egress ? 1 : 0
  security_group_id = aws_security_group.app.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}
