resource "aws_network_acl" "a" {
  vpc_id     = aws_vpc.a.id
  subnet_ids = [aws_subnet.client.id]
  # Replies from VPC b, TCP only: UDP replies are dropped.
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "10.2.0.0/16"
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

resource "aws_network_acl" "b" {
  vpc_id     = aws_vpc.b.id
  subnet_ids = [aws_subnet.api.id, aws_subnet.batch.id]
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
    protocol   = "tcp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "10.1.0.0/16"
  }
  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "udp"
    from_port  = 53
    to_port    = 53
    cidr_block = "10.1.0.0/16"
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
