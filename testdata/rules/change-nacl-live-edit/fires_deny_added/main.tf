resource "aws_subnet" "web" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.3.0/24"
}

resource "aws_network_acl" "web" { # want `inbound tcp 22 from 0\.0\.0\.0/0 becomes denied on aws_subnet\.web by the planned rules of aws_network_acl\.web \(denied by rule 50 \(deny tcp 22 from 0\.0\.0\.0/0\)\)`
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  subnet_ids = [aws_subnet.web.id]

  ingress {
    rule_no    = 50
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}
