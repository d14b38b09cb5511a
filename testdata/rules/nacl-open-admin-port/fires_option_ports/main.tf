# With ports = ["2222"], only 2222 is checked.
resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want error `lets tcp 2222 in from any address \(0\.0\.0\.0/0\): remote administration`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 2222
    to_port    = 2222
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
}
