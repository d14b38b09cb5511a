resource "aws_vpc_peering_connection" "shared" { # want `route 10\.1\.0\.0/16 via aws_vpc_peering_connection\.shared in aws_route_table\.private, which aws_subnet\.private uses: the target is destroyed, then re-created`
  vpc_id      = "vpc-0a1b2c3d4e5f60789"
  peer_vpc_id = "vpc-0f1e2d3c4b5a69788"
  auto_accept = true
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
  }
}

resource "aws_subnet" "private" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.8.0/24"
}

resource "aws_route_table_association" "private" {
  subnet_id      = aws_subnet.private.id
  route_table_id = aws_route_table.private.id
}
