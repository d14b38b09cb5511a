# Denying one range first does not make SSH private.
resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "203.0.113.0/24"
  }

  ingress { # want error `^inbound rule 100 of aws_network_acl\.public \(allow tcp 22 from 0\.0\.0\.0/0\) lets tcp 22 \(SSH\) in from any address \(0\.0\.0\.0/0\), except what rule 90 \(deny tcp 22 from 203\.0\.113\.0/24\) decides first:`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
}
