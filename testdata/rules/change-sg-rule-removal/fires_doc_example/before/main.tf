resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.0.1.0/24"]
  }
}
