resource "aws_network_acl" "app" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "6"
    from_port  = 443
    to_port    = 443
    cidr_block = "10.0.0.0/8"
  }

  ingress {
    rule_no         = 110
    action          = "allow"
    protocol        = "ipv6-icmp"
    from_port       = 0
    to_port         = 0
    icmp_type       = -1
    icmp_code       = -1
    ipv6_cidr_block = "2001:db8::/32"
  }
}

resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    protocol    = "TCP"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["192.168.0.0/16"]
  }
}
