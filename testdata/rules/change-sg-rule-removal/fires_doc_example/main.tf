# In the current state, the group allows tcp 5432 from the old
# application subnet, 10.0.1.0/24. This change moves the rule to the new
# subnet in one step.
resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.0.2.0/24"]
  }
}
