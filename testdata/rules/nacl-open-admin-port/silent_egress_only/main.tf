# Outbound SSH to everywhere is not inbound exposure.
resource "aws_network_acl" "a" {
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}
