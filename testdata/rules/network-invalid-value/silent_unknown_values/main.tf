variable "cidr" {
  type = string
}

variable "protocol" {
  type = string
}

resource "aws_network_acl_rule" "in" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  egress         = false
  protocol       = var.protocol
  rule_action    = "allow"
  cidr_block     = var.cidr
  from_port      = 443
  to_port        = 443
}
