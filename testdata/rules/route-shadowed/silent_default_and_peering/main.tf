# Overlap is normal design: the default route carries everything the peering route does not.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = "nat-0123456789abcdef0"
  }

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }
}
