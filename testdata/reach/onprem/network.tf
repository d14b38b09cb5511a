# An on-premises network reaches a VPC over a Site-to-Site VPN attached to
# a transit gateway; the data warehouse (module dw) lives in the VPC's
# data subnets.
provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "data_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "data_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_subnet" "app" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.10.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "tgw_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.100.0/28"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "tgw_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.100.16/28"
  availability_zone = "us-east-1b"
}

resource "aws_route_table" "data" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block         = "10.0.0.0/8"
    transit_gateway_id = aws_ec2_transit_gateway.main.id
  }
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block         = "10.0.0.0/8"
    transit_gateway_id = aws_ec2_transit_gateway.main.id
  }
}

resource "aws_route_table_association" "data" {
  for_each       = { a = aws_subnet.data_a.id, b = aws_subnet.data_b.id }
  subnet_id      = each.value
  route_table_id = aws_route_table.data.id
}

resource "aws_route_table_association" "app" {
  subnet_id      = aws_subnet.app.id
  route_table_id = aws_route_table.app.id
}
