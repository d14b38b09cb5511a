# A private NAT gateway has no public IPv4 address to pay for.
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

resource "aws_nat_gateway" "internal" { # want `NAT gateway aws_nat_gateway\.internal is the target of no route .*\(\$0\.045 an hour × 730 hours\); delete it`
  connectivity_type = "private"
  subnet_id         = aws_subnet.private.id
}
