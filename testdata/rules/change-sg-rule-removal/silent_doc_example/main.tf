# Step one of the safe way: allow the new subnet next to the old one and
# apply. Remove 10.0.1.0/24 in a later change, once no client uses it.
resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.0.1.0/24", "10.0.2.0/24"]
  }
}
