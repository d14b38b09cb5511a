# The default is empty, but terraform.tfvars and an .auto.tfvars supply rules.
variable "egress_cidrs" {
  type    = list(string)
  default = []
}

variable "extra_cidrs" {
  type    = list(string)
  default = []
}

resource "aws_security_group" "svc" {
  name   = "svc"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "egress" {
    for_each = var.egress_cidrs
    content {
      protocol    = "-1"
      from_port   = 0
      to_port     = 0
      cidr_blocks = [egress.value]
    }
  }
}

resource "aws_security_group" "extra" {
  name   = "extra"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "egress" {
    for_each = toset(var.extra_cidrs)
    content {
      protocol    = "tcp"
      from_port   = 443
      to_port     = 443
      cidr_blocks = [egress.key]
    }
  }
}
