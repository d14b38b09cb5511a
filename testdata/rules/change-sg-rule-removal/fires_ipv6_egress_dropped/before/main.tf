resource "aws_security_group" "egress" {
  name   = "egress"
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  egress {
    protocol         = "-1"
    from_port        = 0
    to_port          = 0
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}
