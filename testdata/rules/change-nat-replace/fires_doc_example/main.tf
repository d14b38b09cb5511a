# In the current state, the gateway sits in subnet-0aaa… with the
# Elastic IP aws_eip.nat, and the private subnets' default route uses it.
# This change moves it to another subnet with a new Elastic IP, which
# replaces it.
resource "aws_eip" "nat_b" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
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
