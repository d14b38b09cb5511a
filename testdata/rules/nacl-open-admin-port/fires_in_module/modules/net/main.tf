resource "aws_network_acl" "this" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want error `^inbound rule 100 of module\.net\.aws_network_acl\.this \(allow tcp 1-1024 from 0\.0\.0\.0/0\) lets tcp 22 \(SSH\) in`
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1
    to_port    = 1024
    cidr_block = "0.0.0.0/0"
  }
}
