resource "aws_vpc" "a" {
  cidr_block = "10.10.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.20.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "b_secondary" {
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.10.128.0/17"
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
  destination_cidr_block    = aws_vpc.b.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.ab.id
}
