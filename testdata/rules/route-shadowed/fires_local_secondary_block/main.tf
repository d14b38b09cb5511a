# A secondary block absorbed the rest of the range: the VPC's two local routes cover the route.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/17"
}

resource "aws_vpc_ipv4_cidr_block_association" "more" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.128.0/17"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route { # want `^route 10\.0\.0\.0/16 via tgw-0123456789abcdef0 in aws_route_table\.private can never carry traffic: the local route 10\.0\.0\.0/17 \(aws_vpc\.main\) and the local route 10\.0\.128\.0/17 \(aws_vpc_ipv4_cidr_block_association\.more\) cover every address`
    cidr_block         = "10.0.0.0/16"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }
}
