resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# No egress at all: sg-empty-egress fires on the source.
resource "aws_security_group" "no_egress" {
  name   = "no-egress"
  vpc_id = aws_vpc.main.id

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = [aws_vpc.main.cidr_block]
  }
}

# Rules only as separate resources.
resource "aws_security_group" "separate" {
  name   = "separate"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_egress_rule" "separate_out" {
  security_group_id = aws_security_group.separate.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group_rule" "separate_ssh" {
  type                     = "ingress"
  security_group_id        = aws_security_group.separate.id
  protocol                 = "tcp"
  from_port                = 22
  to_port                  = 22
  source_security_group_id = aws_security_group.no_egress.id
}

# Inline peer group and an explicitly empty egress list.
resource "aws_security_group" "peer" {
  name   = "peer"
  vpc_id = aws_vpc.main.id
  egress = []

  ingress {
    protocol        = "tcp"
    from_port       = 5432
    to_port         = 5432
    security_groups = [aws_security_group.separate.id]
  }
}

# A rule on a group that already exists: its id is known.
resource "aws_security_group_rule" "existing" {
  type              = "ingress"
  security_group_id = "sg-0123456789abcdef0"
  protocol          = "all"
  from_port         = 0
  to_port           = 0
  cidr_blocks       = ["10.0.0.0/8"]
}
