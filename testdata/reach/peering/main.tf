# Two VPCs of one account and Region, peered: a client in VPC a calls an
# API and a batch service in VPC b.
provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "a" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.2.0.0/16"
}

resource "aws_subnet" "client" {
  vpc_id     = aws_vpc.a.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_subnet" "api" {
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.2.1.0/24"
}

resource "aws_subnet" "batch" {
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.2.2.0/24"
}

resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
  auto_accept = true
}

resource "aws_route_table" "a" {
  vpc_id = aws_vpc.a.id
}

resource "aws_route" "a_to_b" {
  route_table_id            = aws_route_table.a.id
  destination_cidr_block    = "10.2.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
}

resource "aws_route_table" "b_api" {
  vpc_id = aws_vpc.b.id
  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
  }
}

# The batch subnet was given its own table, without the route back.
resource "aws_route_table" "b_batch" {
  vpc_id = aws_vpc.b.id
}

resource "aws_route_table_association" "client" {
  subnet_id      = aws_subnet.client.id
  route_table_id = aws_route_table.a.id
}

resource "aws_route_table_association" "api" {
  subnet_id      = aws_subnet.api.id
  route_table_id = aws_route_table.b_api.id
}

resource "aws_route_table_association" "batch" {
  subnet_id      = aws_subnet.batch.id
  route_table_id = aws_route_table.b_batch.id
}
