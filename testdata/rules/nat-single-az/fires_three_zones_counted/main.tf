# terraform-aws-modules' single_nat_gateway layout: three private subnets, one gateway.
locals {
  azs = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = local.azs[0]
}

resource "aws_subnet" "private" {
  count             = length(local.azs)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet("10.0.128.0/17", 3, count.index)
  availability_zone = local.azs[count.index]
}

resource "aws_nat_gateway" "this" { # want `^NAT gateway aws_nat_gateway\.this in eu-west-1a is the default route \(0\.0\.0\.0/0\) of subnets aws_subnet\.private\[1\] \(eu-west-1b\) and aws_subnet\.private\[2\] \(eu-west-1c\), whose zones have no NAT gateway: an outage of eu-west-1a cuts their internet egress although their own zones are up; add a NAT gateway in eu-west-1b and eu-west-1c`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.this.id
  }
}

resource "aws_route_table_association" "private" {
  count          = length(local.azs)
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private.id
}
