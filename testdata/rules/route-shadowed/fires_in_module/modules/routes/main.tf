resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route { # want `^route 172\.16\.0\.0/12 via tgw-0123456789abcdef0 in module\.routes\.aws_route_table\.private can never carry traffic`
    cidr_block         = "172.16.0.0/12"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }

  dynamic "route" {
    for_each = ["172.16.0.0/13", "172.24.0.0/13"]
    content {
      cidr_block                = route.value
      vpc_peering_connection_id = "pcx-0123456789abcdef0"
    }
  }
}
