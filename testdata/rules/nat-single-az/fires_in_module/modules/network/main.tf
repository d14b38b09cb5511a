variable "azs" {
  type = list(string)
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = var.azs[0]
}

resource "aws_subnet" "private" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet("10.0.128.0/17", 3, count.index)
  availability_zone = var.azs[count.index]
}

resource "aws_nat_gateway" "this" { # want `^NAT gateway module\.network\.aws_nat_gateway\.this in us-west-2a is the default route \(0\.0\.0\.0/0\) of subnet module\.network\.aws_subnet\.private\[1\] \(us-west-2b\)`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public.id
}

resource "aws_default_route_table" "main" {
  default_route_table_id = aws_vpc.main.default_route_table_id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.this.id
  }
}
