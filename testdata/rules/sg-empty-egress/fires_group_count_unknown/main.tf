# The group's count is unknown, but every instance of it would lack egress.
variable "enabled" {
  type = bool
}

resource "aws_security_group" "maybe" { # want "aws_security_group\\.maybe.* has no egress rule"
  count  = var.enabled ? 1 : 0
  name   = "maybe"
  vpc_id = "vpc-0123456789abcdef0"
}
