resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "ab" { # want `peering aws_vpc_peering_connection\.ab connects aws_vpc\.a with itself`
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.a.id
}
