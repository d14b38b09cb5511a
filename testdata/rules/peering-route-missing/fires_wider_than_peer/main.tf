# The accepter summarises the whole 10.0.0.0/8 into the peering.
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
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id
}

resource "aws_route" "shared_to_app" { # want `^aws_route\.shared_to_app \(10\.0\.0\.0/8 via aws_vpc_peering_connection\.app_shared in aws_route_table\.shared\) sends 10\.0\.0\.0/8 through peering aws_vpc_peering_connection\.app_shared, but aws_vpc\.app holds only 10\.0\.0\.0/16 of it: traffic to 10\.2\.0\.0/15, 10\.4\.0\.0/14, 10\.8\.0\.0/13, 10\.16\.0\.0/12 and 3 more is dropped, because a peering never forwards beyond the peer VPC's own addresses; narrow the destination to 10\.0\.0\.0/16$`
  route_table_id            = aws_route_table.shared.id
  destination_cidr_block    = "10.0.0.0/8"
  vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
}
