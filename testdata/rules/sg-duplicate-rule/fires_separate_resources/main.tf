# The same permission written as an inline rule, an aws_security_group_rule
# and an aws_vpc_security_group_ingress_rule (with "TCP" as written, which
# the provider keeps and AWS reads as tcp).
resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group_rule" "pg" { # want `^ingress rule aws_security_group_rule\.pg of aws_security_group\.db \(tcp 5432 from 10\.0\.0\.0/16\) repeats the permission tcp 5432 from 10\.0\.0\.0/16 of the inline ingress rule on line 8 of aws_security_group\.db .*InvalidPermission\.Duplicate`
  type              = "ingress"
  security_group_id = aws_security_group.db.id
  protocol          = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_blocks       = ["10.0.0.0/16"]
}

resource "aws_vpc_security_group_ingress_rule" "pg" { # want `^ingress rule aws_vpc_security_group_ingress_rule\.pg of aws_security_group\.db .* repeats the permission tcp 5432 from 10\.0\.0\.0/16 of the inline ingress rule on line 8`
  security_group_id = aws_security_group.db.id
  description       = "PostgreSQL from the VPC"
  ip_protocol       = "TCP"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "10.0.0.0/16"
}
