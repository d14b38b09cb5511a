variable "vlans" {
  type = list(number)
}

resource "aws_dx_private_virtual_interface" "this" { # want `module\.dx\.aws_dx_private_virtual_interface\.this\[0\] uses jumbo frames` `module\.dx\.aws_dx_private_virtual_interface\.this\[1\] uses jumbo frames`
  count          = length(var.vlans)
  connection_id  = "dxcon-abc12345"
  name           = "vif-${count.index}"
  vlan           = var.vlans[count.index]
  address_family = "ipv4"
  bgp_asn        = 65352
  mtu            = 9001
  dx_gateway_id  = "0123abcd-0123-0123-0123-0123456789ab"
}
