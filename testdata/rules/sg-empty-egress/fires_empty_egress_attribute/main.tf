# The attribute form with an empty list removes every egress rule.
resource "aws_security_group" "db" { # want "aws_security_group\\.db has no egress rule"
  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"
  egress = []

  ingress = [{
    description      = "postgres"
    protocol         = "tcp"
    from_port        = 5432
    to_port          = 5432
    cidr_blocks      = ["10.0.0.0/16"]
    ipv6_cidr_blocks = []
    prefix_list_ids  = []
    security_groups  = []
    self             = false
  }]
}
