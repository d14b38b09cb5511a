# 10.16.0.0/12 (sixteen /16s) through a peering to an unknown VPC: a VPC with secondary blocks could hold it all.
resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.16.0.0/12"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }
}
