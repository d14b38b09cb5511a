# Separate aws_route resources.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "summary" { # want `^aws_route\.summary \(192\.168\.0\.0/23 via tgw-0123456789abcdef0 in aws_route_table\.private\) can never carry traffic: aws_route\.low \(192\.168\.0\.0/24 via pcx-0123456789abcdef0\) and aws_route\.high \(192\.168\.1\.0/24 via pcx-0123456789abcdef1\) cover`
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "192.168.0.0/23"
  transit_gateway_id     = "tgw-0123456789abcdef0"
}

resource "aws_route" "low" {
  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = "192.168.0.0/24"
  vpc_peering_connection_id = "pcx-0123456789abcdef0"
}

resource "aws_route" "high" {
  route_table_id            = aws_route_table.private.id
  destination_cidr_block    = "192.168.1.0/24"
  vpc_peering_connection_id = "pcx-0123456789abcdef1"
}
