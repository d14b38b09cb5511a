variable "subnet_id" {
  type = string
}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "this" { # want `NAT gateway module\.egress\.aws_nat_gateway\.this is the target of no route`
  allocation_id = aws_eip.nat.id
  subnet_id     = var.subnet_id
}
