# The reply allow exists, but a lower-numbered deny takes part of it first.
resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want `inbound rule 100 .* denied: tcp 1024-65535 to 198\.51\.100\.0/24 by rule 90 \(deny all to 198\.51\.100\.0/24\); add an outbound allow for tcp 1024-65535 to 0\.0\.0\.0/0 numbered below 90$`
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
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "198.51.100.0/24"
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
