# Only the requester routes to the peering (inline route).
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "app_shared" { # want `^peering aws_vpc_peering_connection\.app_shared is routed only from the requester side, aws_vpc\.app \(route 10\.1\.0\.0/16 via aws_vpc_peering_connection\.app_shared in aws_route_table\.app\), and no route table of accepter aws_vpc\.shared sends traffic back through it: replies to aws_vpc\.app never return, so every connection over the peering times out; add a route to 10\.0\.0\.0/16 via aws_vpc_peering_connection\.app_shared to the route tables of aws_vpc\.shared that its subnets use$`
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
