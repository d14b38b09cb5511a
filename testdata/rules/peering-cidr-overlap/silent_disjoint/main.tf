resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "a2" {
  vpc_id     = aws_vpc.a.id
  cidr_block = "10.2.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "b2" {
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.3.0.0/16"
}

# Adjacent blocks do not overlap.
resource "aws_vpc" "c" {
  cidr_block = "10.4.0.0/15"
}

resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}

resource "aws_vpc_peering_connection" "bc" {
  vpc_id      = aws_vpc.b.id
  peer_vpc_id = aws_vpc.c.id
}
