resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0a1b2c3d4e5f60789"
}

resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0a1b2c3d4e5f60789"
}

resource "aws_security_group_rule" "foo" {
  type                     = "ingress"
  security_group_id        = aws_security_group.db.id
  protocol                 = "tcp"
  from_port                = 5432
  to_port                  = 5432
  source_security_group_id = aws_security_group.app.id
  description              = "foo"
}
