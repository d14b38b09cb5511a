# One NAT gateway in us-east-1a; the shared private table sends us-east-1b's subnet to it (aws_route resource).
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.10.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.11.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_nat_gateway" "a" { # want `^NAT gateway aws_nat_gateway\.a in us-east-1a is the default route \(0\.0\.0\.0/0\) of subnet aws_subnet\.private_b \(us-east-1b\), whose zone has no NAT gateway: an outage of us-east-1a cuts its internet egress although its own zone is up; add a NAT gateway in us-east-1b and route each zone's private subnets to the gateway in their own zone`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public_a.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "private_default" {
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.a.id
}

resource "aws_route_table_association" "private_a" {
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.private.id
}

resource "aws_route_table_association" "private_b" {
  subnet_id      = aws_subnet.private_b.id
  route_table_id = aws_route_table.private.id
}
