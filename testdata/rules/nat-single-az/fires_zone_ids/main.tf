# Zones given as IDs on both sides are compared.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public_a" {
  vpc_id               = aws_vpc.main.id
  cidr_block           = "10.0.0.0/24"
  availability_zone_id = "use1-az1"
}

resource "aws_subnet" "private_a" {
  vpc_id               = aws_vpc.main.id
  cidr_block           = "10.0.10.0/24"
  availability_zone_id = "use1-az1"
}

resource "aws_subnet" "private_b" {
  vpc_id               = aws_vpc.main.id
  cidr_block           = "10.0.11.0/24"
  availability_zone_id = "use1-az2"
}

resource "aws_nat_gateway" "a" { # want `aws_nat_gateway\.a in use1-az1 is the default route \(0\.0\.0\.0/0\) of subnet aws_subnet\.private_b \(use1-az2\)`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public_a.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.a.id
  }
}

resource "aws_route_table_association" "private_a" {
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.private.id
}

resource "aws_route_table_association" "private_b" {
  subnet_id      = aws_subnet.private_b.id
  route_table_id = aws_route_table.private.id
}
