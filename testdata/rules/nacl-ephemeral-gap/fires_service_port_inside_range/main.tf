# An outbound allow to a database port (1433, inside the ephemeral range) is a
# service, not a reply rule; it carries the replies of inbound HTTP only to the
# few clients that pick port 1433 in the database's range.
resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want `inbound rule 100 .* denied: tcp 1024-65535 to 0\.0\.0\.0/0 except tcp 1433 to 10\.0\.100\.0/22 by the implicit deny; add an outbound allow for tcp 1024-65535 to 0\.0\.0\.0/0$`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 80
    to_port    = 80
    cidr_block = "0.0.0.0/0"
  }

  egress { # want `outbound rule 120 .* \(allow tcp 1433 to 10\.0\.100\.0/22\) .* denied: tcp 1024-65535 from 10\.0\.100\.0/22 by the implicit deny`
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1433
    to_port    = 1433
    cidr_block = "10.0.100.0/22"
  }
}
