# The inbound reply range for outbound connections includes RDP, but it is
# the reply rule, not a service: not reported (AWS suggests an optional deny
# of 3389 below it).
resource "aws_network_acl" "private" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}
