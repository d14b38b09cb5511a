# A prefix-list route may take the part of 10.0.0.0/8 outside the peer.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "app_shared" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.0.0.0/8"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }

  route {
    destination_prefix_list_id = "pl-0123456789abcdef0"
    transit_gateway_id         = "tgw-0123456789abcdef0"
  }
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id

  route {
    cidr_block                = "10.0.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}
