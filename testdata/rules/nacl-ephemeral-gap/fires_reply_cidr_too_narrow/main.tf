# Requests from the whole /16 are admitted, replies go out to one /24 only.
resource "aws_network_acl" "db" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want `inbound rule 100 .* \(allow tcp 5432 from 10\.0\.0\.0/16\) .* tcp 1024-65535 to 10\.0\.0\.0/16 except 10\.0\.1\.0/24 by the implicit deny; add an outbound allow for tcp 1024-65535 to 10\.0\.0\.0/16$`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 5432
    to_port    = 5432
    cidr_block = "10.0.0.0/16"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "10.0.1.0/24"
  }
}
