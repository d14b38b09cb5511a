# The accepter VPC is in another account's configuration.
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

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }

  route {
    cidr_block                = "10.9.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}
