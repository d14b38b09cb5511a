# The egress blocks come from a variable without a value: they may exist.
variable "egress_rules" {
  type = list(object({ port = number, cidr = string }))
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "egress" {
    for_each = var.egress_rules
    content {
      protocol    = "tcp"
      from_port   = egress.value.port
      to_port     = egress.value.port
      cidr_blocks = [egress.value.cidr]
    }
  }
}
