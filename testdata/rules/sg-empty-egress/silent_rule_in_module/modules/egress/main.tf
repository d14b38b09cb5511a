variable "security_group_id" {
  type = string
}

resource "aws_vpc_security_group_egress_rule" "https" {
  security_group_id = var.security_group_id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}
