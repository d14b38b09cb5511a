# A route's destination is an input without a value; it never counts as covering.
variable "peer_cidr" {
  type = string
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block         = "172.16.0.0/16"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }

  route {
    cidr_block                = "172.16.0.0/17"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }

  route {
    cidr_block                = var.peer_cidr
    vpc_peering_connection_id = "pcx-0123456789abcdef1"
  }
}
