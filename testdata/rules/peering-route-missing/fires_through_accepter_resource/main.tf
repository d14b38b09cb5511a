# Routes name the peering through its accepter resource; the accepter side has none.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "app_shared" { # want `routed only from the requester side`
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_vpc_peering_connection_accepter" "shared" {
  vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  auto_accept               = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_route" "app_to_shared" {
  route_table_id            = aws_route_table.app.id
  destination_cidr_block    = "10.1.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.shared.id
}
