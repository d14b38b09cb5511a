# Rule 90 may not exist (unknown count), and matches part of rule 200's
# traffic, so which rule decides it is not known.
variable "block_office" {
  type = bool
}

resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "maybe_allow" {
  count          = var.block_office ? 0 : 1
  network_acl_id = aws_network_acl.app.id
  rule_number    = 90
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "198.51.100.0/25"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "deny_all" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 100
  egress         = false
  protocol       = "-1"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "office_ssh" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 200
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "198.51.100.0/24"
  from_port      = 22
  to_port        = 22
}
