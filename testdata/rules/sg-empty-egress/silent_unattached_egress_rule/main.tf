# An egress rule whose group cannot be resolved might belong to any group.
variable "security_group_id" {
  type = string
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_egress_rule" "out" {
  security_group_id = var.security_group_id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}
