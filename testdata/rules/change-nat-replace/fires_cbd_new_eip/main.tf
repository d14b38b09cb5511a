resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_eip" "nat_b" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" { # want `NAT gateway aws_nat_gateway\.main is replaced \(created, then the old one destroyed\) while routes send traffic to it \(0\.0\.0\.0/0 in aws_route_table\.private\): every connection through it breaks; its public address changes from 203\.0\.113\.131`
  allocation_id = aws_eip.nat_b.id
  subnet_id     = "subnet-0bbbbbbbbbbbbbbbb"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}
