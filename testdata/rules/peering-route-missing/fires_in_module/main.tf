# The peering module routes only the requester side.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id
}

module "peer" {
  source         = "./modules/peer"
  vpc_id         = aws_vpc.app.id
  peer_vpc_id    = aws_vpc.shared.id
  route_table_id = aws_route_table.app.id
  peer_cidr      = "10.1.0.0/16"
}
