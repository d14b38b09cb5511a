# Security group and self peers are compared by identity, with the
# protocol and ports covering.
resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol        = "tcp"
    from_port       = 5432
    to_port         = 5432
    security_groups = [aws_security_group.app.id, "sg-0123456789abcdef0"]
    self            = true
  }
}

resource "aws_vpc_security_group_ingress_rule" "from_app" { # want `\(tcp 5432 from security group aws_security_group\.app\) repeats the permission tcp 5432 from security group aws_security_group\.app of the inline ingress rule on line 12 of aws_security_group\.db`
  security_group_id            = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.app.id
}

resource "aws_vpc_security_group_ingress_rule" "from_self" { # want `\(tcp 5432 from itself\) repeats the permission tcp 5432 from itself`
  security_group_id            = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.db.id
}

resource "aws_security_group_rule" "from_other" { # want `\(tcp 5432 from security group sg-0123456789abcdef0\) repeats the permission`
  type                     = "ingress"
  security_group_id        = aws_security_group.db.id
  protocol                 = "tcp"
  from_port                = 5432
  to_port                  = 5432
  source_security_group_id = "sg-0123456789abcdef0"
}
