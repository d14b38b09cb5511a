# Network for the café app 🚀, owned by Zoë
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123"
}

resource "aws_network_acl" "edge" {
  vpc_id = "vpc-0123"

  ingress {
    rule_no    = 100
    action     = "deny"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  /* café 🚀 */ ingress {
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }
}
