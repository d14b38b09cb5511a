# The peering route stays until the shared services are reachable
# another way; remove it in a later change.
resource "aws_route_table" "app" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = "igw-0a1b2c3d4e5f60789"
  }

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = "pcx-0a1b2c3d4e5f60789"
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
