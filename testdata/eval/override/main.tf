variable "cidr" {
  default = "10.0.0.0/16"
}

locals {
  name = "base"
}

resource "aws_vpc" "v" {
  cidr_block = var.cidr
  tags = {
    Name = local.name
  }

  ingress {
    from_port = 1
  }
}
