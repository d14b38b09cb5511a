resource "aws_dx_private_virtual_interface" "onprem" { # want warning `^private virtual interface aws_dx_private_virtual_interface\.onprem uses jumbo frames \(mtu = 9001\): unless every hop on-premises \(router, firewalls, switches, WAN\) carries 9001-byte frames, large packets are dropped and TCP sessions stall after connecting; remove mtu to use 1500, or suppress this finding saying how jumbo frames were verified end to end$`
  connection_id  = "dxcon-abc12345"
  name           = "onprem"
  vlan           = 4094
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = 9001
  vpn_gateway_id = "vgw-0123456789abcdef0"
}
