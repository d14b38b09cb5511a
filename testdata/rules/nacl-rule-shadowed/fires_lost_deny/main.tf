# P7: the deny of 203.0.113.0/24 never happens, rule 100 allows everything first.
resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }

  ingress { # want error `^inbound rule 200 of aws_network_acl\.web \(deny tcp 22 from 203\.0\.113\.0/24\) can never match: rule 100 \(allow all from 0\.0\.0\.0/0\) already allows all of its traffic; give it a number below 100`
    rule_no    = 200
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "203.0.113.0/24"
  }
}
