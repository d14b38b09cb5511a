# A route equal to the VPC block is invalid in AWS, not shadowed; a subnet route to an ENI is more specific than local.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block         = "10.0.0.0/16"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }

  route {
    cidr_block           = "10.0.1.0/24"
    network_interface_id = "eni-0123456789abcdef0"
  }
}
