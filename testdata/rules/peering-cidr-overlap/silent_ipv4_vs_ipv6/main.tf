# IPv4 and IPv6 blocks are separate universes: ::ffff:10.0.0.0/104 is not
# 10.0.0.0/16.
resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_ipv6_cidr_block_association" "b6" {
  vpc_id          = aws_vpc.b.id
  ipv6_cidr_block = "::ffff:10.0.0.0/104"
}

resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}
