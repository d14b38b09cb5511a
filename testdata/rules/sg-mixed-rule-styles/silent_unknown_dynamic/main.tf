# A dynamic block over an unknown collection sets the inline argument only
# if it yields an element: it may not be set at all.
variable "ingress_rules" {
  type = list(object({ port = number, cidr = string }))
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "ingress" {
    for_each = var.ingress_rules
    content {
      protocol    = "tcp"
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      cidr_blocks = [ingress.value.cidr]
    }
  }
}

resource "aws_security_group_rule" "https" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["10.0.0.0/16"]
}
