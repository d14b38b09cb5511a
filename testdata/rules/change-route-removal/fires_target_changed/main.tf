resource "aws_eip" "a" {
  domain = "vpc"
}

resource "aws_nat_gateway" "a" {
  allocation_id = aws_eip.a.id
  subnet_id     = "subnet-0aaaaaaaaaaaaaaaa"
}

resource "aws_eip" "b" {
  domain = "vpc"
}

resource "aws_nat_gateway" "b" {
  allocation_id = aws_eip.b.id
  subnet_id     = "subnet-0bbbbbbbbbbbbbbbb"
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.8.0/24"
}

resource "aws_route_table_association" "private" {
  subnet_id      = aws_subnet.private.id
  route_table_id = aws_route_table.private.id
}

resource "aws_route_table" "private" { # want `route 0\.0\.0\.0/0 via aws_nat_gateway\.a in aws_route_table\.private, which aws_subnet\.private uses, moves to aws_nat_gateway\.b: connections in progress break through aws_nat_gateway\.a`
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.b.id
  }
}
