resource "aws_ec2_transit_gateway" "main" {
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}

resource "aws_ec2_transit_gateway_vpc_attachment" "main" {
  transit_gateway_id                              = aws_ec2_transit_gateway.main.id
  vpc_id                                          = aws_vpc.main.id
  subnet_ids                                      = [aws_subnet.tgw_a.id, aws_subnet.tgw_b.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

resource "aws_customer_gateway" "office" {
  bgp_asn    = 65000
  ip_address = "198.51.100.1"
  type       = "ipsec.1"
}

resource "aws_vpn_connection" "onprem" {
  customer_gateway_id = aws_customer_gateway.office.id
  transit_gateway_id  = aws_ec2_transit_gateway.main.id
  type                = "ipsec.1"
  static_routes_only  = true
}

# Traffic from the VPCs: on-premises ranges go to the VPN.
resource "aws_ec2_transit_gateway_route_table" "vpcs" {
  transit_gateway_id = aws_ec2_transit_gateway.main.id
}

# Traffic from on premises: the VPC's routes are propagated.
resource "aws_ec2_transit_gateway_route_table" "onprem" {
  transit_gateway_id = aws_ec2_transit_gateway.main.id
}

resource "aws_ec2_transit_gateway_route_table_association" "vpc" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.main.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.vpcs.id
}

resource "aws_ec2_transit_gateway_route_table_association" "vpn" {
  transit_gateway_attachment_id  = aws_vpn_connection.onprem.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.onprem.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "vpc_to_onprem" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.main.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.onprem.id
}

# The office and the lab; the data centre (10.30.0.0/16) was forgotten.
resource "aws_ec2_transit_gateway_route" "office" {
  destination_cidr_block         = "10.20.0.0/16"
  transit_gateway_attachment_id  = aws_vpn_connection.onprem.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.vpcs.id
}

resource "aws_ec2_transit_gateway_route" "lab" {
  destination_cidr_block         = "10.40.0.0/16"
  transit_gateway_attachment_id  = aws_vpn_connection.onprem.transit_gateway_attachment_id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.vpcs.id
}

# A shared-services VPC on the same transit gateway; its attachment has a
# subnet in us-east-1a only.
resource "aws_ec2_transit_gateway_vpc_attachment" "shared" {
  transit_gateway_id                              = aws_ec2_transit_gateway.main.id
  vpc_id                                          = aws_vpc.shared.id
  subnet_ids                                      = [aws_subnet.shared_tgw_a.id]
  transit_gateway_default_route_table_association = false
  transit_gateway_default_route_table_propagation = false
}

resource "aws_ec2_transit_gateway_route_table_association" "shared" {
  transit_gateway_attachment_id  = aws_ec2_transit_gateway_vpc_attachment.shared.id
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.vpcs.id
}

resource "aws_ec2_transit_gateway_route_table_propagation" "vpcs" {
  for_each = {
    main   = aws_ec2_transit_gateway_vpc_attachment.main.id
    shared = aws_ec2_transit_gateway_vpc_attachment.shared.id
  }
  transit_gateway_attachment_id  = each.value
  transit_gateway_route_table_id = aws_ec2_transit_gateway_route_table.vpcs.id
}
