# The /16 to the transit gateway is split into two /17s to peerings.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route { # want `^route 172\.16\.0\.0/16 via tgw-0123456789abcdef0 in aws_route_table\.private can never carry traffic: route 172\.16\.0\.0/17 via pcx-0123456789abcdef0 and route 172\.16\.128\.0/17 via pcx-0123456789abcdef1 cover every address of 172\.16\.0\.0/16 and, as the longest prefix wins, take all of it; delete it, or narrow or remove the more specific routes if tgw-0123456789abcdef0 should carry that traffic$`
    cidr_block         = "172.16.0.0/16"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }

  route {
    cidr_block                = "172.16.0.0/17"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }

  route {
    cidr_block                = "172.16.128.0/17"
    vpc_peering_connection_id = "pcx-0123456789abcdef1"
  }
}
