# In the current state, the table also routes 10.1.0.0/16 to the
# shared-services VPC through a peering connection. This change drops it.
resource "aws_route_table" "app" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = "igw-0a1b2c3d4e5f60789"
  }
}

resource "aws_subnet" "app" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.2.0/24"
}

resource "aws_route_table_association" "app" {
  subnet_id      = aws_subnet.app.id
  route_table_id = aws_route_table.app.id
}
