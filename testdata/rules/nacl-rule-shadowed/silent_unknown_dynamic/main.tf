# The rules come partly from a variable without a value: the direction is
# incomplete, so nothing is reported in it.
variable "extra_rules" {
  type = list(object({ no = number, cidr = string }))
}

resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 200
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "203.0.113.0/24"
  }

  dynamic "ingress" {
    for_each = var.extra_rules
    content {
      rule_no    = ingress.value.no
      action     = "deny"
      protocol   = "-1"
      from_port  = 0
      to_port    = 0
      cidr_block = ingress.value.cidr
    }
  }
}
