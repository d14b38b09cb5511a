# Only the accepter routes to the peering (aws_route resources); the requester has a secondary block.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "app_extra" {
  vpc_id     = aws_vpc.app.id
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc_peering_connection" "app_shared" { # want `^peering aws_vpc_peering_connection\.app_shared is routed only from the accepter side, aws_vpc\.shared \(aws_route\.shared_to_app \(10\.0\.0\.0/16 via aws_vpc_peering_connection\.app_shared in aws_route_table\.shared\)\), .* add a route to 10\.1\.0\.0/16 via aws_vpc_peering_connection\.app_shared to the route tables of aws_vpc\.app`
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id
}

resource "aws_route" "shared_to_app" {
  route_table_id            = aws_route_table.shared.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
}
