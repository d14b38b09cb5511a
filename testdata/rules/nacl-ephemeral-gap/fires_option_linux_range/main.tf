# With the Linux-only range configured, 49152-65535 still misses 32768-49151.
resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want `denied: tcp 32768-49151 to 0\.0\.0\.0/0 by the implicit deny, which breaks Linux clients \(32768-60999\) and NAT gateways, load balancers and Lambda \(1024-65535\); add an outbound allow for tcp 32768-60999 to 0\.0\.0\.0/0$`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 49152
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}
