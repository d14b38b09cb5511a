# An IPv4 reply rule does not carry IPv6 replies.
resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want `inbound rule 100 .* \(allow tcp 443 from ::/0\) .* tcp 1024-65535 to ::/0 by the implicit deny`
    rule_no         = 100
    action          = "allow"
    protocol        = "tcp"
    from_port       = 443
    to_port         = 443
    ipv6_cidr_block = "::/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}
