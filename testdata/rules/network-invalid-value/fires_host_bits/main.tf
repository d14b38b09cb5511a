# aws_network_acl_rule is the one resource the provider lets a CIDR with host
# bits through.
resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_network_acl_rule" "https_in" {
  network_acl_id = aws_network_acl.app.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.1/8" # want `10\.0\.0\.1/8.*10\.0\.0\.0/8`
  from_port      = 443
  to_port        = 443
}
