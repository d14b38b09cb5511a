# NACL protocol keywords are case-sensitive, and ICMPv6 is "ipv6-icmp".
resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "TCP" # want `TCP`
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no         = 110
    action          = "allow"
    protocol        = "icmpv6" # want `icmpv6`
    from_port       = 0
    to_port         = 0
    icmp_type       = -1
    icmp_code       = -1
    ipv6_cidr_block = "::/0"
  }
}
