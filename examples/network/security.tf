# Ingress only: the provider revokes AWS's default allow-all egress when it
# creates the group, so nothing behind it can connect out (sg-empty-egress).
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = aws_vpc.app.id

  ingress {
    description = "HTTPS from the VPC"
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = [aws_vpc.app.cidr_block]
  }
}

resource "aws_network_acl" "public" {
  vpc_id     = aws_vpc.app.id
  subnet_ids = [aws_subnet.public.id]

  # HTTPS in; the replies to clients' ephemeral ports are denied on the way
  # out, because egress only allows 49152-65535 (nacl-ephemeral-gap).
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  # Allows everything from the private range...
  ingress {
    rule_no    = 90
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "10.0.0.0/8"
  }

  # ...so this deny of SSH from 10.66.0.0/16 never takes effect: NACL rules
  # are evaluated lowest number first and rule 90 already allowed all of it
  # (nacl-rule-shadowed).
  ingress {
    rule_no    = 200
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "10.66.0.0/16"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 49152
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}
