resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" { # want `NAT gateway aws_nat_gateway\.main is destroyed, then re-created while routes send traffic to it \(0\.0\.0\.0/0 in aws_route_table\.private\): every connection through it breaks, and traffic to those destinations is dropped until the new gateway is available \(minutes\)\. Build`
  allocation_id = aws_eip.nat.id
  subnet_id     = "subnet-0aaaaaaaaaaaaaaaa"
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}
