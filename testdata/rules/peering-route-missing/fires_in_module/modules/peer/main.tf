variable "vpc_id" {
  type = string
}

variable "peer_vpc_id" {
  type = string
}

variable "route_table_id" {
  type = string
}

variable "peer_cidr" {
  type = string
}

resource "aws_vpc_peering_connection" "this" { # want `^peering module\.peer\.aws_vpc_peering_connection\.this is routed only from the requester side, aws_vpc\.app \(module\.peer\.aws_route\.to_peer \(10\.1\.0\.0/16 via module\.peer\.aws_vpc_peering_connection\.this in aws_route_table\.app\)\)`
  vpc_id      = var.vpc_id
  peer_vpc_id = var.peer_vpc_id
  auto_accept = true
}

resource "aws_route" "to_peer" {
  route_table_id            = var.route_table_id
  destination_cidr_block    = var.peer_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
}
