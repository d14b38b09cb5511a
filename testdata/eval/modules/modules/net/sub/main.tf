variable "vpc_id" {}

variable "cidr" {}

resource "aws_subnet" "deep" {
  vpc_id     = var.vpc_id
  cidr_block = var.cidr
}

output "cidr" {
  value = aws_subnet.deep.cidr_block
}
