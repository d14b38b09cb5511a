# The VPC's local route and a more specific route together cover the /16.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/17"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block                = "10.0.128.0/17"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }

  route { # want `the local route 10\.0\.0\.0/17 \(aws_vpc\.main\) and route 10\.0\.128\.0/17 via pcx-0123456789abcdef0 cover every address of 10\.0\.0\.0/16`
    cidr_block         = "10.0.0.0/16"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }
}
