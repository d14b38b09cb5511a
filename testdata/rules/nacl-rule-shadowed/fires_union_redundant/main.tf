# Two lower rules together cover rule 120; same action, so it is redundant.
resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "deny"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 1023
    cidr_block = "10.0.0.0/9"
  }

  ingress {
    rule_no    = 110
    action     = "deny"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "10.128.0.0/9"
  }

  ingress { # want warning `inbound rule 120 of aws_network_acl\.app \(deny tcp 22 from 10\.0\.0\.0/8\) is redundant: rules 100 \(deny tcp 0-1023 from 10\.0\.0\.0/9\) and 110 \(deny tcp from 10\.128\.0\.0/9\) already deny all of its traffic; remove it`
    rule_no    = 120
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "10.0.0.0/8"
  }
}
