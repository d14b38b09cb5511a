# ICMP type and code are part of the match: echo request does not cover
# echo reply or destination unreachable.
resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "icmp"
    from_port  = 0
    to_port    = 0
    icmp_type  = 8
    icmp_code  = -1
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 110
    action     = "deny"
    protocol   = "icmp"
    from_port  = 0
    to_port    = 0
    icmp_type  = 0
    icmp_code  = -1
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 120
    action     = "allow"
    protocol   = "icmp"
    from_port  = 0
    to_port    = 0
    icmp_type  = 3
    icmp_code  = 4
    cidr_block = "0.0.0.0/0"
  }
}
