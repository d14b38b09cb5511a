# Inline ingress next to two ingress rule resources; the egress rule
# resource fights nothing because egress is not set inline, and is not
# reported separately.
resource "aws_security_group" "web" { # want `^aws_security_group\.web manages its ingress rules inline, while aws_security_group_rule\.http and aws_security_group_rule\.ssh also add ingress rules: the next apply removes those rules from the group and the one after adds them back`
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group_rule" "http" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = ["10.0.0.0/16"]
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["10.0.0.0/16"]
}

resource "aws_security_group_rule" "out" {
  type              = "egress"
  security_group_id = aws_security_group.web.id
  protocol          = "-1"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["0.0.0.0/0"]
}
