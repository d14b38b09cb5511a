# A dynamic block over a known empty collection produces no block.
variable "egress_rules" {
  type    = list(object({ port = number, cidr = string }))
  default = []
}

locals {
  no_rules = {}
}

resource "aws_security_group" "from_var" { # want "aws_security_group\\.from_var has no egress rule"
  name   = "from-var"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "egress" {
    for_each = var.egress_rules
    content {
      protocol    = "tcp"
      from_port   = egress.value.port
      to_port     = egress.value.port
      cidr_blocks = [egress.value.cidr]
    }
  }
}

resource "aws_security_group" "from_local" { # want "aws_security_group\\.from_local has no egress rule"
  name   = "from-local"
  vpc_id = "vpc-0123456789abcdef0"

  dynamic "egress" {
    for_each = local.no_rules
    content {
      protocol    = "-1"
      from_port   = 0
      to_port     = 0
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
