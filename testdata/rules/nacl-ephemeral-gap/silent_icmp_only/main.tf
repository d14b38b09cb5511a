# Only tcp and udp services are checked.
resource "aws_network_acl" "ping" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "icmp"
    from_port  = 0
    to_port    = 0
    icmp_type  = 8
    icmp_code  = -1
    cidr_block = "10.0.0.0/8"
  }

  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "gre"
    from_port  = 0
    to_port    = 0
    cidr_block = "10.0.0.0/8"
  }
}
