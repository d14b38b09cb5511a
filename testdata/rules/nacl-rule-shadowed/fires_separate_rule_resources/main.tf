resource "aws_network_acl" "data" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "deny_all_in" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 50
  egress         = false
  protocol       = "-1"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
}

resource "aws_network_acl_rule" "postgres_in" { # want error `inbound rule 100 of aws_network_acl\.data \(allow tcp 5432 from 10\.0\.0\.0/16\) can never match: rule 50 \(deny all from 0\.0\.0\.0/0\) already denies all of its traffic`
  network_acl_id = aws_network_acl.data.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
  from_port      = 5432
  to_port        = 5432
}

# The same rules with for_each: each instance is reported at the shared block.
resource "aws_network_acl_rule" "https_out" { # want `outbound rule 210 .* rule 200 \(deny tcp 443 to 0\.0\.0\.0/0\) already denies` `outbound rule 220 .* rule 200 \(deny tcp 443 to 0\.0\.0\.0/0\) already denies`
  for_each       = { "210" = "10.1.0.0/16", "220" = "10.2.0.0/16" }
  network_acl_id = aws_network_acl.data.id
  rule_number    = tonumber(each.key)
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = each.value
  from_port      = 443
  to_port        = 443
}

resource "aws_network_acl_rule" "deny_https_out" {
  network_acl_id = aws_network_acl.data.id
  rule_number    = 200
  egress         = true
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}
