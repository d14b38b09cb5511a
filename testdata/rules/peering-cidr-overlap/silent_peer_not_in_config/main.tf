# The accepter VPC is in another account: its blocks are not known here.
resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

data "aws_vpc" "shared" {
  id = "vpc-0fedcba9876543210"
}

resource "aws_vpc_peering_connection" "to_partner" {
  vpc_id        = aws_vpc.a.id
  peer_vpc_id   = "vpc-0123456789abcdef0"
  peer_owner_id = "123456789012"
}

resource "aws_vpc_peering_connection" "to_shared" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = data.aws_vpc.shared.id
}
