# One of the covering routes has an unknown count.
variable "high" {
  type = bool
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
}

resource "aws_route" "high" {
  count                     = var.high ? 1 : 0
  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = "172.16.128.0/17"
  vpc_peering_connection_id = "pcx-0123456789abcdef1"
}
