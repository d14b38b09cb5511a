# An allow covered by an allow and a deny: it never takes effect, and part of
# its traffic is denied (a warning: such denies are usually deliberate).
resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 1023
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 110
    action     = "deny"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }

  egress { # want warning `outbound rule 120 of aws_network_acl\.app \(allow tcp to 192\.168\.0\.0/16\) can never match: rules 100 .* and 110 .* already decide all of its traffic, denying part of it; give it a number below 100`
    rule_no    = 120
    action     = "allow"
    protocol   = "6"
    from_port  = 0
    to_port    = 65535
    cidr_block = "192.168.0.0/16"
  }
}

# A deny covered by a deny and an allow: part of what it should block is let
# through, an error.
resource "aws_network_acl" "ssh" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "10.0.0.0/9"
  }

  ingress {
    rule_no    = 110
    action     = "deny"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 1023
    cidr_block = "10.128.0.0/9"
  }

  ingress { # want error `inbound rule 120 of aws_network_acl\.ssh \(deny tcp 22 from 10\.0\.0\.0/8\) can never match: rules 100 \(allow tcp 22 from 10\.0\.0\.0/9\) and 110 \(deny tcp 0-1023 from 10\.128\.0\.0/9\) already decide all of its traffic, allowing part of it; give it a number below 100`
    rule_no    = 120
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "10.0.0.0/8"
  }
}
