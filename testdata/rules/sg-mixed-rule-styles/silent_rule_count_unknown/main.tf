# A rule resource that may not exist, and one whose group is unknown.
variable "enabled" {
  type = bool
}

variable "sg_id" {
  type = string
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_security_group_rule" "maybe" {
  count             = var.enabled ? 1 : 0
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = ["10.0.0.0/16"]
}

resource "aws_security_group_rule" "elsewhere" {
  type              = "ingress"
  security_group_id = var.sg_id
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = ["10.0.0.0/16"]
}
