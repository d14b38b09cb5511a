# Unset and explicit 1500; public interfaces have no jumbo option.
resource "aws_dx_private_virtual_interface" "a" {
  connection_id  = "dxcon-abc12345"
  name           = "a"
  vlan           = 4094
  address_family = "ipv4"
  bgp_asn        = 65352
  vpn_gateway_id = "vgw-0123456789abcdef0"
}

resource "aws_dx_transit_virtual_interface" "b" {
  connection_id  = "dxcon-abc12345"
  dx_gateway_id  = "0123abcd-0123-0123-0123-0123456789ab"
  name           = "b"
  vlan           = 4093
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = 1500
}

resource "aws_dx_public_virtual_interface" "c" {
  connection_id         = "dxcon-abc12345"
  name                  = "c"
  vlan                  = 4092
  address_family        = "ipv4"
  bgp_asn               = 65352
  customer_address      = "175.45.176.1/30"
  amazon_address        = "175.45.176.2/30"
  route_filter_prefixes = ["210.52.109.0/24"]
}
