# An ordinary group named "default" is not the VPC's default group.
resource "aws_security_group" "default" {
  name   = "default-app"
  vpc_id = "vpc-0123456789abcdef0"

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}
