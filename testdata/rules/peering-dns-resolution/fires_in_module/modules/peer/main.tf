variable "vpc_id" {
  type = string
}

variable "peer_vpc_id" {
  type = string
}

variable "route_table_id" {
  type = string
}

variable "peer_table_id" {
  type = string
}

variable "cidr" {
  type = string
}

variable "peer_cidr" {
  type = string
}

resource "aws_vpc_peering_connection" "this" { # want `^peering module\.peer\.aws_vpc_peering_connection\.this is routed both ways between aws_vpc\.app and aws_vpc\.shared, .* off on its accepter side`
  vpc_id      = var.vpc_id
  peer_vpc_id = var.peer_vpc_id
  auto_accept = true

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

resource "aws_route" "to_peer" {
  route_table_id            = var.route_table_id
  destination_cidr_block    = var.peer_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
}

resource "aws_route" "back" {
  route_table_id            = var.peer_table_id
  destination_cidr_block    = var.cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
}
