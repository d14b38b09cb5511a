# The office (10.20.0.0/16) reaches the data warehouse over a static
# Site-to-Site VPN, but a deny rule added to the data subnets' network ACL
# for another range also covers the office.
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

resource "aws_vpn_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_customer_gateway" "office" {
  bgp_asn    = 65000
  ip_address = "198.51.100.1"
  type       = "ipsec.1"
}

resource "aws_vpn_connection" "office" {
  vpn_gateway_id      = aws_vpn_gateway.main.id
  customer_gateway_id = aws_customer_gateway.office.id
  type                = "ipsec.1"
  static_routes_only  = true
}

resource "aws_vpn_connection_route" "office" {
  destination_cidr_block = "10.20.0.0/16"
  vpn_connection_id      = aws_vpn_connection.office.id
}

resource "aws_route_table" "data" {
  vpc_id           = aws_vpc.main.id
  propagating_vgws = [aws_vpn_gateway.main.id]
}

resource "aws_route_table_association" "data_a" {
  subnet_id      = aws_subnet.data_a.id
  route_table_id = aws_route_table.data.id
}

resource "aws_network_acl" "data" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.data_a.id]
  ingress { # want `^reach "onprem-to-warehouse" requires tcp 10\.20\.0\.0/16 → module\.dw\.aws_redshift_cluster\.main port 5439, but network ACL aws_network_acl\.data blocks it: inbound rule 90 denies tcp 5439 from 10\.0\.0\.0/8; to fix it, allow tcp 5439 from 10\.20\.0\.0/16 in aws_network_acl\.data before inbound rule 90$`
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 5000
    to_port    = 5999
    cidr_block = "10.0.0.0/8"
  }
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "10.0.0.0/8"
  }
  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 65535
    cidr_block = "10.0.0.0/8"
  }
}

module "dw" {
  source     = "./modules/dw"
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.data_a.id]
}
