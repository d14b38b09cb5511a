# Each zone has a gateway, but us-east-1b's table points at us-east-1a's.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "public_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1b"
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

resource "aws_nat_gateway" "a" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public_a.id
}

resource "aws_nat_gateway" "b" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public_b.id
}

resource "aws_route_table" "private_a" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.a.id
  }
}

resource "aws_route_table" "private_b" {
  vpc_id = aws_vpc.main.id

  route { # want `^route 0\.0\.0\.0/0 via aws_nat_gateway\.a in aws_route_table\.private_b sends subnet aws_subnet\.private_b in us-east-1b to NAT gateway aws_nat_gateway\.a in us-east-1a although aws_nat_gateway\.b is in us-east-1b: an outage of us-east-1a cuts its internet egress, and the cross-zone traffic costs \$0\.01/GB each way; point it at aws_nat_gateway\.b$`
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.a.id
  }
}

resource "aws_route_table_association" "private_a" {
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.private_a.id
}

resource "aws_route_table_association" "private_b" {
  subnet_id      = aws_subnet.private_b.id
  route_table_id = aws_route_table.private_b.id
}
