# BYOIP IPv6 blocks overlap; the IPv4 blocks are disjoint.
resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc_ipv6_cidr_block_association" "a6" {
  vpc_id          = aws_vpc.a.id
  ipv6_cidr_block = "2001:db8:1000::/56"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_ipv6_cidr_block_association" "b6" {
  vpc_id          = aws_vpc.b.id
  ipv6_cidr_block = "2001:db8:1000::/48"
}

resource "aws_vpc_peering_connection" "ab" { # want `VPCs aws_vpc\.a \(2001:db8:1000::/56, secondary from aws_vpc_ipv6_cidr_block_association\.a6\) and aws_vpc\.b \(2001:db8:1000::/48, secondary from aws_vpc_ipv6_cidr_block_association\.b6\) overlap`
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}
