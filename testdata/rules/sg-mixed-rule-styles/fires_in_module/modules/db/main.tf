resource "aws_security_group" "this" { # want `^module\.db\.aws_security_group\.this manages its ingress rules inline, while aws_vpc_security_group_ingress_rule\.pg also adds ingress rules`
  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.1.0.0/16"]
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

output "security_group_id" {
  value = aws_security_group.this.id
}
