variable "vpc_id" {
  type = string
}

variable "azs" {
  type = list(string)
}

resource "aws_subnet" "private" {
  for_each          = toset(var.azs)
  vpc_id            = var.vpc_id
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, index(var.azs, each.key))
  availability_zone = each.key
}

output "ids" {
  value = [for az in var.azs : aws_subnet.private[az].id]
}
