variable "mtu" {
  type    = number
  default = 1500
}

resource "aws_dx_transit_virtual_interface" "tgw" { # want warning `^transit virtual interface aws_dx_transit_virtual_interface\.tgw uses jumbo frames \(mtu = 8500\)`
  connection_id  = "dxcon-abc12345"
  dx_gateway_id  = "0123abcd-0123-0123-0123-0123456789ab"
  name           = "tgw"
  vlan           = 4093
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = var.mtu
}
