variable "mtu" {
  type = number
}

resource "aws_dx_private_virtual_interface" "a" {
  connection_id  = "dxcon-abc12345"
  name           = "a"
  vlan           = 4094
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = var.mtu
  vpn_gateway_id = "vgw-0123456789abcdef0"
}
