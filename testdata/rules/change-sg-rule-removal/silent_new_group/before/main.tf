resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0a1b2c3d4e5f60789"
}

resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["0.0.0.0/0"]
}
