terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "subnet_id" {
  type = string
}

variable "route_table_id" {
  type = string
}

resource "aws_nat_gateway" "this" {
  subnet_id         = var.subnet_id
  connectivity_type = "private"
}

resource "aws_route" "to_nat" {
  route_table_id         = var.route_table_id
  destination_cidr_block = "192.168.0.0/16"
  nat_gateway_id         = aws_nat_gateway.this.id
}

output "nat_id" {
  value = aws_nat_gateway.this.id
}
