# The peer's block comes from IPAM, so whether 10.9.0.0/16 is inside it is unknown.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  ipv4_ipam_pool_id   = "ipam-pool-0123456789abcdef0"
  ipv4_netmask_length = 16
}

resource "aws_vpc_peering_connection" "app_shared" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.9.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id

  route {
    cidr_block                = "10.0.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}
