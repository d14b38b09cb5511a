# The overlapping secondary block exists only if an input without a value
# says so.
variable "extend_b" {
  type = bool
}

resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "b2" {
  count      = var.extend_b ? 1 : 0
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.0.128.0/17"
}

resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}
