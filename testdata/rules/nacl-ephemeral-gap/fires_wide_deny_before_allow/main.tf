# A deny of half the ephemeral range is not a service-port carve-out.
resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want `inbound rule 100 .* denied: tcp 1024-32767 to 0\.0\.0\.0/0 by rule 90 \(deny tcp 1024-32767 to 0\.0\.0\.0/0\), which breaks NAT gateways, load balancers and Lambda \(1024-65535\); add an outbound allow for tcp 1024-65535 to 0\.0\.0\.0/0 numbered below 90$`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 32767
    cidr_block = "0.0.0.0/0"
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
