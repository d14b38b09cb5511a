# The table has routes from an input without a value, which may take the rest.
variable "routes" {
  type = map(string)
}

resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "0.0.0.0/0"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }

  dynamic "route" {
    for_each = var.routes
    content {
      cidr_block         = route.key
      transit_gateway_id = route.value
    }
  }
}
