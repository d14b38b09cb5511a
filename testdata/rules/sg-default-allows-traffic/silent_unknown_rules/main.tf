# Rules that may not exist: a dynamic block over an unknown collection and a
# rule resource with an unknown count.
variable "rules" {
  type = list(object({ port = number }))
}

variable "enabled" {
  type = bool
}

resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "ingress" {
    for_each = var.rules
    content {
      protocol    = "tcp"
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}

resource "aws_vpc_security_group_egress_rule" "maybe" {
  count             = var.enabled ? 1 : 0
  security_group_id = aws_default_security_group.default.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}
