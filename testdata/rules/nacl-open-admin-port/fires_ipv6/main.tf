resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress { # want error `lets tcp 3389 \(RDP\) in from any address \(::/0\)`
    rule_no         = 100
    action          = "allow"
    protocol        = "tcp"
    from_port       = 3000
    to_port         = 4000
    ipv6_cidr_block = "::/0"
  }
}
