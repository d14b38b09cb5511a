# The accepter VPC is given by id; 10.0.0.0/8 is wider than any VPC.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_peering_connection" "app_shared" {
  vpc_id        = aws_vpc.app.id
  peer_vpc_id   = "vpc-0123456789abcdef0"
  peer_owner_id = "123456789012"
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_route" "app_to_shared" { # want `^aws_route\.app_to_shared \(10\.0\.0\.0/8 via aws_vpc_peering_connection\.app_shared in aws_route_table\.app\) sends 10\.0\.0\.0/8 through peering aws_vpc_peering_connection\.app_shared, but a VPC holds at most 50 IPv4 blocks`
  route_table_id            = aws_route_table.app.id
  destination_cidr_block    = "10.0.0.0/8"
  vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
}
