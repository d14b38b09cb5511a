# IPv6 routes follow the same rule.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route { # want `^route 2001:db8::/32 via eigw-0123456789abcdef0 in aws_route_table\.private can never carry traffic: route 2001:db8::/33 via pcx-0123456789abcdef0 and route 2001:db8:8000::/33 via pcx-0123456789abcdef1 cover`
    ipv6_cidr_block        = "2001:db8::/32"
    egress_only_gateway_id = "eigw-0123456789abcdef0"
  }

  route {
    ipv6_cidr_block           = "2001:db8::/33"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }

  route {
    ipv6_cidr_block           = "2001:db8:8000::/33"
    vpc_peering_connection_id = "pcx-0123456789abcdef1"
  }
}
