resource "aws_nat_gateway" "main" {
  connectivity_type = "private"
  subnet_id         = "subnet-0aaaaaaaaaaaaaaaa"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}
