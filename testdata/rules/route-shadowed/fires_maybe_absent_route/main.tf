# The covered route's count is unknown: if it exists, it is shadowed.
variable "summary" {
  type = bool
}
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block                = "172.16.0.0/17"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }

  route {
    cidr_block                = "172.16.128.0/17"
    vpc_peering_connection_id = "pcx-0123456789abcdef1"
  }
}

resource "aws_route" "summary" { # want `^aws_route\.summary \(172\.16\.0\.0/16 via tgw-0123456789abcdef0 in aws_route_table\.private\) can never carry traffic`
  count                  = var.summary ? 1 : 0
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "172.16.0.0/16"
  transit_gateway_id     = "tgw-0123456789abcdef0"
}
