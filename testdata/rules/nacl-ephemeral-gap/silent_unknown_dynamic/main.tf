# The outbound rules come from a variable without a value: they may hold the
# reply rule.
variable "egress_rules" {
  type = list(object({ no = number, from = number, to = number, cidr = string }))
}

resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  dynamic "egress" {
    for_each = var.egress_rules
    content {
      rule_no    = egress.value.no
      action     = "allow"
      protocol   = "tcp"
      from_port  = egress.value.from
      to_port    = egress.value.to
      cidr_block = egress.value.cidr
    }
  }
}
