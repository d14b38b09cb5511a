# P8: the primary blocks do not overlap; b's secondary block does.
resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "b2" {
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.0.128.0/17"
}

resource "aws_vpc_peering_connection" "ab" { # want `^VPCs aws_vpc\.a \(10\.0\.0\.0/16, primary\) and aws_vpc\.b \(10\.0\.128\.0/17, secondary from aws_vpc_ipv4_cidr_block_association\.b2\) overlap: AWS refuses`
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
  auto_accept = true
}
