# Step one of the safe way: a second gateway next to the first one. The
# routes move to it in a later change, and the old gateway goes last.
resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = "subnet-0aaaaaaaaaaaaaaaa"
}

resource "aws_eip" "nat_b" {
  domain = "vpc"
}

resource "aws_nat_gateway" "standby" {
  allocation_id = aws_eip.nat_b.id
  subnet_id     = "subnet-0bbbbbbbbbbbbbbbb"
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}
