# DNS over udp to a resolver outside the VPC; the answers come back to
# ephemeral ports and nothing lets them in.
resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  egress { # want `outbound rule 100 .* \(allow udp 53 to 192\.0\.2\.53/32\) .* udp 1024-65535 from 192\.0\.2\.53/32 by the implicit deny`
    rule_no    = 100
    action     = "allow"
    protocol   = "udp"
    from_port  = 53
    to_port    = 53
    cidr_block = "192.0.2.53/32"
  }

  # tcp replies do not carry udp.
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}
