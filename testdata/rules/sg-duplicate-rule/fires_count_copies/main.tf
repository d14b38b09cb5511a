# count copies one rule: every copy after the first repeats it.
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "https" { # want `aws_security_group_rule\.https\[1\] of aws_security_group\.web .* repeats the permission tcp 443 from 0\.0\.0\.0/0 of aws_security_group_rule\.https\[0\]` `aws_security_group_rule\.https\[2\] .* of aws_security_group_rule\.https\[0\]`
  count             = 3
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["0.0.0.0/0"]
}
