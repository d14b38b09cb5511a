# b's block is an input without a value, c's comes from IPAM.
variable "b_cidr" {
  type = string
}

resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = var.b_cidr
}

resource "aws_vpc" "c" {
  ipv4_ipam_pool_id   = "ipam-pool-0123456789abcdef0"
  ipv4_netmask_length = 16
}

resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
}

resource "aws_vpc_peering_connection" "ac" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.c.id
}
