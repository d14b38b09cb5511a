# Copied with its plan.json from testdata/rules/change-nat-replace/fires_deleted.
resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_eip" "nat_b" {
  domain = "vpc"
}

resource "aws_nat_gateway" "b" {
  allocation_id = aws_eip.nat_b.id
  subnet_id     = "subnet-0bbbbbbbbbbbbbbbb"
}

resource "aws_route_table" "private" { # want "update aws_route_table.private"
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.b.id
  }
}
