# The peer VPC is another account's; 0.0.0.0/0 through the peering cannot all be inside it.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route { # want `^route 0\.0\.0\.0/0 via pcx-0123456789abcdef0 in aws_route_table\.app sends 0\.0\.0\.0/0 through peering pcx-0123456789abcdef0, but a VPC holds at most 50 IPv4 blocks of at most /16 \(3,276,800 addresses\), so at least 4291624960 of the addresses it sends there lie outside the peer VPC and are dropped: .*; narrow the destination to the peer VPC's CIDR blocks$`
    cidr_block                = "0.0.0.0/0"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }
}
