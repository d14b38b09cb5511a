# The peering and its routes come from a module.
resource "aws_vpc" "app" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc" "shared" {
  cidr_block           = "10.1.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id
}

module "peer" {
  source         = "./modules/peer"
  vpc_id         = aws_vpc.app.id
  peer_vpc_id    = aws_vpc.shared.id
  route_table_id = aws_route_table.app.id
  peer_table_id  = aws_route_table.shared.id
  cidr           = "10.0.0.0/16"
  peer_cidr      = "10.1.0.0/16"
}
