# IPv6 routes never cover IPv4 ones.
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
    ipv6_cidr_block           = "::/1"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }

  route {
    ipv6_cidr_block           = "8000::/1"
    vpc_peering_connection_id = "pcx-0123456789abcdef1"
  }
}
