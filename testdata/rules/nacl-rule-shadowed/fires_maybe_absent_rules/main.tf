# Rules whose count is unknown: rule 90 may not exist, but it matches none of
# rule 200's traffic, so rule 100 certainly decides all of it. Rule 300 may not
# exist either; if it does, it can never match.
variable "enabled" {
  type = bool
}

resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "maybe_partner" {
  count          = var.enabled ? 1 : 0
  network_acl_id = aws_network_acl.app.id
  rule_number    = 90
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "192.0.2.0/24"
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

resource "aws_network_acl_rule" "office_ssh" { # want `inbound rule 200 .* can never match: rule 100 \(deny all from 0\.0\.0\.0/0\) already denies all of its traffic`
  network_acl_id = aws_network_acl.app.id
  rule_number    = 200
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "198.51.100.0/24"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "maybe_web" { # want `inbound rule 300 .* can never match: rule 100 \(deny all from 0\.0\.0\.0/0\) already denies all of its traffic`
  count          = var.enabled ? 1 : 0
  network_acl_id = aws_network_acl.app.id
  rule_number    = 300
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}
