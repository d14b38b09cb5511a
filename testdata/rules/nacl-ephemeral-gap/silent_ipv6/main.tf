# IPv6 services get IPv6 replies; the IPv4 reply rule does not matter to them
# and the IPv6 one does.
resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no         = 100
    action          = "allow"
    protocol        = "tcp"
    from_port       = 443
    to_port         = 443
    ipv6_cidr_block = "::/0"
  }

  egress {
    rule_no         = 100
    action          = "allow"
    protocol        = "tcp"
    from_port       = 1024
    to_port         = 65535
    ipv6_cidr_block = "::/0"
  }
}
