# The accepter's route has an unknown count: it may exist.
variable "route_back" {
  type = bool
}
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "app_shared" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id
}

resource "aws_route" "shared_to_app" {
  count                     = var.route_back ? 1 : 0
  route_table_id            = aws_route_table.shared.id
  destination_cidr_block    = "10.0.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
}
