# Each interface type accepts 1500 or its own jumbo value only.
resource "aws_dx_transit_virtual_interface" "tgw" { # want error `^transit virtual interface aws_dx_transit_virtual_interface\.tgw has mtu = 9001, which a transit interface does not accept \(1500 or 8500 only\), so terraform validate and plan fail; set mtu to 8500 for jumbo frames, or remove it for 1500$`
  connection_id  = "dxcon-abc12345"
  dx_gateway_id  = "0123abcd-0123-0123-0123-0123456789ab"
  name           = "tgw"
  vlan           = 4093
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = 9001
}

resource "aws_dx_private_virtual_interface" "a" { # want error `^private virtual interface aws_dx_private_virtual_interface\.a has mtu = 8500, which a private interface does not accept \(1500 or 9001 only\)`
  connection_id  = "dxcon-abc12345"
  name           = "a"
  vlan           = 4094
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = 8500
  vpn_gateway_id = "vgw-0123456789abcdef0"
}

resource "aws_dx_private_virtual_interface" "b" { # want error `has mtu = 9000, which a private interface does not accept`
  connection_id  = "dxcon-abc12345"
  name           = "b"
  vlan           = 4092
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = 9000
  vpn_gateway_id = "vgw-0123456789abcdef0"
}
