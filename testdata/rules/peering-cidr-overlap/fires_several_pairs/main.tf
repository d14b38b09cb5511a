resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "a2" {
  vpc_id     = aws_vpc.a.id
  cidr_block = "100.64.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.0.0.0/8"
}

resource "aws_vpc_ipv4_cidr_block_association" "b2" {
  vpc_id     = aws_vpc.b.id
  cidr_block = "100.64.0.0/10"
}

resource "aws_vpc_peering_connection" "ab" { # want `^VPCs aws_vpc\.a and aws_vpc\.b overlap in 2 pairs of blocks: 10\.0\.0\.0/16 \(primary\) with 10\.0\.0\.0/8 \(primary\); 100\.64\.0\.0/16 \(secondary from aws_vpc_ipv4_cidr_block_association\.a2\) with 100\.64\.0\.0/10 \(secondary from aws_vpc_ipv4_cidr_block_association\.b2\): AWS refuses`
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}
