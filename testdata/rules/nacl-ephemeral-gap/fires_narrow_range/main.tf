# P6: only 49152-65535 is open, so Linux clients, NAT gateways and load
# balancers lose their replies.
resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want `inbound rule 100 .* denied: tcp 1024-49151 to 0\.0\.0\.0/0 by the implicit deny, which breaks Linux clients \(32768-60999\) and NAT gateways, load balancers and Lambda \(1024-65535\); add an outbound allow for tcp 1024-65535 to 0\.0\.0\.0/0$`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    from_port  = 49152
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}
