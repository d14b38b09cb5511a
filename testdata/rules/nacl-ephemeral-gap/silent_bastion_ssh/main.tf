# An SSH bastion: the outbound 1024-65535 allow is the reply rule of the
# inbound SSH rule, not a service that needs inbound replies.
resource "aws_network_acl" "bastion" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "203.0.113.0/24"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "203.0.113.0/24"
  }
}
