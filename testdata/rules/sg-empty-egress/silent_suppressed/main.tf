# vpclint:ignore sg-empty-egress receive-only appliance, replies are stateful
resource "aws_security_group" "sink" {
  name   = "sink"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "udp"
    from_port   = 514
    to_port     = 514
    cidr_blocks = ["10.0.0.0/8"]
  }
}
