# An earlier rule with an unknown CIDR may deny SSH first; a dynamic block
# over an unknown collection hides the rules; an allow that may not exist.
variable "blocked" {
  type = string
}

variable "rules" {
  type = list(object({ no = number, port = number }))
}

variable "enabled" {
  type = bool
}

resource "aws_network_acl" "a" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = var.blocked
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_network_acl" "b" {
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "ingress" {
    for_each = var.rules
    content {
      rule_no    = ingress.value.no
      action     = "deny"
      protocol   = "tcp"
      from_port  = ingress.value.port
      to_port    = ingress.value.port
      cidr_block = "0.0.0.0/0"
    }
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}

resource "aws_network_acl" "c" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "maybe" {
  count          = var.enabled ? 1 : 0
  network_acl_id = aws_network_acl.c.id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}
