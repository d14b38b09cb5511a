# Jumbo frames verified end to end, and said so.
# vpclint:ignore dx-jumbo-mtu jumbo frames tested on every hop (NET-1234)
resource "aws_dx_private_virtual_interface" "a" {
  connection_id  = "dxcon-abc12345"
  name           = "a"
  vlan           = 4094
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = 9001
  vpn_gateway_id = "vgw-0123456789abcdef0"
}
