# The private table routes to the internet gateway; nothing targets the NAT gateway.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.10.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_nat_gateway" "egress" { # want `NAT gateway aws_nat_gateway.egress is the target of no route .* about \$32.85 a month in us-east-1 \(\$0.045 an hour × 730 hours\) plus \$3.65 a month for its public IPv4 address; delete it`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public.id
}

resource "aws_internet_gateway" "gw" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.gw.id
  }
}

resource "aws_route_table_association" "private" {
  subnet_id      = aws_subnet.private.id
  route_table_id = aws_route_table.private.id
}
