# IPv6 rules shadow IPv6 rules; the IPv4 rule 130 is not covered by them.
resource "aws_network_acl" "dual" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no         = 100
    action          = "allow"
    protocol        = "-1"
    from_port       = 0
    to_port         = 0
    ipv6_cidr_block = "::/0"
  }

  ingress { # want error `inbound rule 120 of aws_network_acl\.dual \(deny tcp 22 from 2001:db8::/32\) can never match: rule 100 \(allow all from ::/0\) already allows all of its traffic`
    rule_no         = 120
    action          = "deny"
    protocol        = "tcp"
    from_port       = 22
    to_port         = 22
    ipv6_cidr_block = "2001:db8::/32"
  }

  ingress {
    rule_no    = 130
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
}
