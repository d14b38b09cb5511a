# The only route to the gateway is in a table no subnet uses (the association names another table).
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

resource "aws_nat_gateway" "egress" { # want `NAT gateway aws_nat_gateway.egress is targeted only from route table aws_route_table.private_old, which no subnet uses .*associate the table with the private subnets, or delete the gateway`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public.id
}

resource "aws_route_table" "private_old" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "private_old_default" {
  route_table_id         = aws_route_table.private_old.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.egress.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table_association" "private" {
  subnet_id      = aws_subnet.private.id
  route_table_id = aws_route_table.private.id
}
