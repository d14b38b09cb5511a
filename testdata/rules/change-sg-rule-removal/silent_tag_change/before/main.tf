resource "aws_security_group" "api" {
  name   = "api"
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  ingress {
    protocol    = "tcp"
    from_port   = 8000
    to_port     = 8443
    cidr_blocks = ["10.0.0.0/8", "192.168.0.0/16"]
  }

  tags = {
    Name = "api"
  }
}
