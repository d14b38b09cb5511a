# terraform.tfvars overrides the default with an empty list.
variable "egress_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "svc" { # want "aws_security_group\\.svc has no egress rule"
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
