variable "cidr" {
  type = string
}

resource "aws_vpc" "this" { # want `^VPC module\.network\.aws_vpc\.this has no flow log`
  cidr_block = var.cidr
}
