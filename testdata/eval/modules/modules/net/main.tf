variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

variable "subnet_count" {
  type    = number
  default = 2
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags = {
    Name   = var.name
    Module = path.module
  }
}

resource "aws_subnet" "a" {
  count      = var.subnet_count
  vpc_id     = aws_vpc.this.id
  cidr_block = cidrsubnet(var.cidr, 8, count.index)
}

module "sub" {
  source = "./sub"
  vpc_id = aws_vpc.this.id
  cidr   = cidrsubnet(var.cidr, 4, 15)
}

output "vpc_id" {
  value = aws_vpc.this.id
}

output "vpc_cidr" {
  value = aws_vpc.this.cidr_block
}

output "subnet_ids" {
  value = aws_subnet.a[*].id
}

output "sub_cidr" {
  value = module.sub.cidr
}

output "vpc" {
  value = aws_vpc.this
}
