# One of each network resource type vpclint models, without tags.
resource "aws_vpc" "main" { # want `^VPC aws_vpc\.main lacks required tags Owner, Purpose; set them in its tags or in default_tags of the provider configuration it uses \(either counts\)$`
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "peer" { # want `^VPC aws_vpc\.peer lacks required tag Purpose; set it`
  cidr_block = "10.1.0.0/16"
  tags       = { Owner = "network-team" }
}

resource "aws_subnet" "a" { # want `^subnet aws_subnet\.a lacks`
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "web" { # want `^security group aws_security_group\.web lacks`
  name   = "web"
  vpc_id = aws_vpc.main.id
}

resource "aws_default_security_group" "default" { # want `^security group aws_default_security_group\.default lacks`
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl" "a" { # want `^network ACL aws_network_acl\.a lacks`
  vpc_id = aws_vpc.main.id
}

resource "aws_route_table" "a" { # want `^route table aws_route_table\.a lacks`
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_peering_connection" "p" { # want `^VPC peering connection aws_vpc_peering_connection\.p lacks`
  vpc_id      = aws_vpc.main.id
  peer_vpc_id = aws_vpc.peer.id
}

resource "aws_nat_gateway" "a" { # want `^NAT gateway aws_nat_gateway\.a lacks`
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.a.id
}

resource "aws_dx_private_virtual_interface" "dx" { # want `^Direct Connect private virtual interface aws_dx_private_virtual_interface\.dx lacks`
  connection_id  = "dxcon-abc12345"
  name           = "dx"
  vlan           = 4094
  address_family = "ipv4"
  bgp_asn        = 65352
  vpn_gateway_id = "vgw-0123456789abcdef0"
}
