package build

import (
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
)

func TestRoutesAndTargets(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_subnet.pub", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.0.0/24")})
	fx.res("aws_nat_gateway.nat", vals{"subnet_id": ref("aws_subnet.pub"), "id": str("nat-0abc")})
	fx.res("aws_vpc_peering_connection.p", vals{"vpc_id": ref("aws_vpc.v"), "peer_vpc_id": str("vpc-peer")})
	fx.res("aws_vpc_peering_connection_accepter.acc", vals{"vpc_peering_connection_id": ref("aws_vpc_peering_connection.p")})
	rt := fx.res("aws_route_table.private", vals{"vpc_id": ref("aws_vpc.v")},
		block("route", vals{"cidr_block": str("0.0.0.0/0"), "nat_gateway_id": ref("aws_nat_gateway.nat")}),
		block("route", vals{"cidr_block": str("10.1.0.0/16"), "vpc_peering_connection_id": ref("aws_vpc_peering_connection_accepter.acc")}),
		block("route", vals{"ipv6_cidr_block": str("::/0"), "egress_only_gateway_id": ref("aws_egress_only_internet_gateway.e")}),
		block("route", vals{"destination_prefix_list_id": str("pl-1"), "vpc_endpoint_id": str("vpce-1")}),
	)
	fx.res("aws_route.nat_in_gateway_id", vals{"route_table_id": ref("aws_route_table.private"), "destination_cidr_block": str("192.168.0.0/16"), "gateway_id": str("nat-0abc")}, maybeAbsent)
	fx.res("aws_route.igw", vals{"route_table_id": ref("aws_route_table.private"), "destination_cidr_block": str("172.16.0.0/12"), "gateway_id": ref("aws_internet_gateway.gw")})
	fx.res("aws_route.tgw", vals{"route_table_id": ref("aws_route_table.private"), "destination_cidr_block": str("100.64.0.0/10"), "transit_gateway_id": str("tgw-1")})
	fx.res("aws_route.two_targets", vals{"route_table_id": ref("aws_route_table.private"), "destination_cidr_block": str("1.0.0.0/8"),
		"gateway_id": unknown, "nat_gateway_id": unknown})
	fx.res("aws_route.vgw", vals{"route_table_id": ref("aws_route_table.private"), "destination_cidr_block": str("2.0.0.0/8"), "gateway_id": ref("data.aws_vpn_gateway.v")})
	fx.res("aws_route.foreign_nat", vals{"route_table_id": ref("aws_route_table.private"), "destination_cidr_block": str("3.0.0.0/8"), "gateway_id": str("nat-0other")})
	fx.res("aws_route.loose", vals{"route_table_id": ref("data.aws_route_table.x"), "destination_cidr_block": str("0.0.0.0/0"), "nat_gateway_id": ref("aws_nat_gateway.nat")})
	n := fx.build()
	wantNoProblems(t, n)
	tbl, nat, peer := n.RouteTables[0], n.NATGateways[0], n.Peerings[0]
	if tbl.VPC != n.VPCs[0] || tbl.Main || tbl.Default {
		t.Errorf("table: VPC %v Main %v Default %v", tbl.VPC, tbl.Main, tbl.Default)
	}
	type want struct {
		dst    model.Prefix
		pl     model.String
		kind   model.TargetKind
		target model.String
		nat    *model.NATGateway
		peer   *model.Peering
		origin model.Origin
		absent bool
	}
	wants := []want{
		{pfx("0.0.0.0/0"), model.String{}, model.TargetNATGateway, known("aws_nat_gateway.nat"), nat, nil, model.OriginInline, false},
		{pfx("10.1.0.0/16"), model.String{}, model.TargetPeering, known("aws_vpc_peering_connection_accepter.acc"), nil, peer, model.OriginInline, false},
		{pfx("::/0"), model.String{}, model.TargetEgressOnlyGateway, model.String{Value: "aws_egress_only_internet_gateway.e"}, nil, nil, model.OriginInline, false},
		{model.Prefix{Known: true}, known("pl-1"), model.TargetVPCEndpoint, known("vpce-1"), nil, nil, model.OriginInline, false},
		{pfx("192.168.0.0/16"), model.String{}, model.TargetNATGateway, known("nat-0abc"), nat, nil, model.OriginRouteResource, true},
		{pfx("172.16.0.0/12"), model.String{}, model.TargetInternetGateway, model.String{Value: "aws_internet_gateway.gw"}, nil, nil, model.OriginRouteResource, false},
		{pfx("100.64.0.0/10"), model.String{}, model.TargetTransitGateway, known("tgw-1"), nil, nil, model.OriginRouteResource, false},
		{pfx("1.0.0.0/8"), model.String{}, model.TargetUnknown, model.String{}, nil, nil, model.OriginRouteResource, false},
		{pfx("2.0.0.0/8"), model.String{}, model.TargetVPNGateway, model.String{Value: "data.aws_vpn_gateway.v"}, nil, nil, model.OriginRouteResource, false},
		{pfx("3.0.0.0/8"), model.String{}, model.TargetNATGateway, known("nat-0other"), nil, nil, model.OriginRouteResource, false},
	}
	if len(tbl.Routes) != len(wants) {
		t.Fatalf("%d routes, want %d", len(tbl.Routes), len(wants))
	}
	for i, w := range wants {
		r := tbl.Routes[i]
		got := want{r.Destination, r.PrefixList, r.TargetKind, r.Target, r.NATGateway, r.Peering, r.Origin, r.MaybeAbsent}
		if got != w {
			t.Errorf("route %d = %+v\nwant %+v", i, got, w)
		}
		if r.Table != tbl {
			t.Errorf("route %d: Table not set", i)
		}
	}
	if tbl.Routes[0].Range != rt.Blocks["route"][0].DefRange {
		t.Errorf("inline route location = %v", tbl.Routes[0].Range)
	}
	if len(n.UnattachedRoutes) != 1 || n.UnattachedRoutes[0].NATGateway != nat || n.UnattachedRoutes[0].Table != nil {
		t.Errorf("unattached routes = %+v", n.UnattachedRoutes)
	}
	if nat.Subnet != n.Subnets[0] || nat.ConnectivityType != known("public") {
		t.Errorf("NAT: subnet %v type %v", nat.Subnet, nat.ConnectivityType)
	}
}

func TestRouteTableAttributeFormAndIncomplete(t *testing.T) {
	route := cty.ObjectVal(map[string]cty.Value{
		"cidr_block": str("0.0.0.0/0"), "ipv6_cidr_block": str(""), "destination_prefix_list_id": str(""),
		"gateway_id": str("igw-1"), "nat_gateway_id": str(""), "transit_gateway_id": str(""), "vpc_peering_connection_id": str(""),
		"egress_only_gateway_id": str(""), "network_interface_id": str(""), "vpc_endpoint_id": str(""),
		"carrier_gateway_id": str(""), "local_gateway_id": str(""), "core_network_arn": str(""),
	})
	var fx fixture
	fx.res("aws_route_table.a", vals{"route": cty.SetVal([]cty.Value{route})})
	fx.res("aws_route_table.b", vals{"route": unknown})
	fx.res("aws_route_table.c", vals{}, unknownBlocks("route"))
	fx.res("aws_route_table.d", vals{"route": cty.ListValEmpty(cty.DynamicPseudoType)})
	n := fx.build()
	a := n.RouteTables[0]
	if len(a.Routes) != 1 || a.Routes[0].TargetKind != model.TargetInternetGateway || a.Routes[0].Destination != pfx("0.0.0.0/0") || a.Incomplete {
		t.Errorf("attribute-form route = %+v", a.Routes)
	}
	if !n.RouteTables[1].Incomplete || !n.RouteTables[2].Incomplete || n.RouteTables[3].Incomplete {
		t.Error("unknown route attribute / dynamic block must make the table incomplete; an empty list must not")
	}
}

func TestSubnetRouteTables(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_vpc.w", vals{"cidr_block": str("10.1.0.0/16")})
	fx.res("aws_vpc.x", vals{"cidr_block": str("10.2.0.0/16")})
	fx.res("aws_subnet.explicit", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_subnet.implicit", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_subnet.unknown_assoc", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_subnet.in_w", vals{"vpc_id": ref("aws_vpc.w")})
	fx.res("aws_subnet.in_x", vals{"vpc_id": ref("aws_vpc.x")})
	fx.res("aws_default_route_table.v", vals{"default_route_table_id": ref("aws_vpc.v", "default_route_table_id")})
	fx.res("aws_route_table.priv", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_default_route_table.w", vals{"default_route_table_id": ref("aws_vpc.w", "main_route_table_id")})
	fx.res("aws_route_table.wmain", vals{"vpc_id": ref("aws_vpc.w")})
	fx.res("aws_main_route_table_association.w", vals{"vpc_id": ref("aws_vpc.w"), "route_table_id": ref("aws_route_table.wmain")})
	fx.res("aws_route_table_association.e", vals{"subnet_id": ref("aws_subnet.explicit"), "route_table_id": ref("aws_route_table.priv")})
	fx.res("aws_route_table_association.u", vals{"subnet_id": ref("aws_subnet.unknown_assoc"), "route_table_id": unknown})
	fx.res("aws_route_table_association.edge", vals{"gateway_id": ref("aws_internet_gateway.g"), "route_table_id": ref("aws_route_table.priv")})
	n := fx.build()
	explicit, implicit, unk, inW, inX := n.Subnets[0], n.Subnets[1], n.Subnets[2], n.Subnets[3], n.Subnets[4]
	defV, priv, defW, wmain := n.RouteTables[0], n.RouteTables[1], n.RouteTables[2], n.RouteTables[3]
	if explicit.RouteTable != priv || implicit.RouteTable != defV || unk.RouteTable != nil || inW.RouteTable != wmain || inX.RouteTable != nil {
		t.Errorf("subnet tables: explicit %v implicit %v unknown %v inW %v inX %v", explicit.RouteTable, implicit.RouteTable, unk.RouteTable, inW.RouteTable, inX.RouteTable)
	}
	if !defV.Main || !defV.Default || defW.Main || !wmain.Main || priv.Main {
		t.Errorf("Main flags: defV %v defW %v wmain %v priv %v", defV.Main, defW.Main, wmain.Main, priv.Main)
	}
	if defW.VPC != n.VPCs[1] {
		t.Errorf("default table via main_route_table_id: VPC %v", defW.VPC)
	}
	if len(priv.Subnets) != 1 || priv.Subnets[0] != explicit {
		t.Errorf("priv.Subnets = %v", priv.Subnets)
	}
}

func TestAssociationsWithUnknownSubnets(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_vpc.w", vals{"cidr_block": str("10.1.0.0/16")})
	fx.res("aws_subnet.v", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_subnet.w", vals{"vpc_id": ref("aws_vpc.w")})
	fx.res("aws_default_route_table.v", vals{"default_route_table_id": ref("aws_vpc.v", "default_route_table_id")})
	fx.res("aws_default_route_table.w", vals{"default_route_table_id": ref("aws_vpc.w", "default_route_table_id")})
	fx.res("aws_default_network_acl.v", vals{"default_network_acl_id": ref("aws_vpc.v", "default_network_acl_id")})
	fx.res("aws_default_network_acl.w", vals{"default_network_acl_id": ref("aws_vpc.w", "default_network_acl_id")})
	fx.res("aws_route_table.v2", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_route_table_association.any", vals{"subnet_id": unknown, "route_table_id": ref("aws_route_table.v2")})
	fx.res("aws_network_acl.w2", vals{"vpc_id": ref("aws_vpc.w"), "subnet_ids": unknown})
	fx.res("aws_network_acl_association.literal", vals{"subnet_id": str("subnet-elsewhere"), "network_acl_id": ref("aws_network_acl.w2")})
	n := fx.build()
	sv, sw := n.Subnets[0], n.Subnets[1]
	if sv.RouteTable != nil || sw.RouteTable != n.RouteTables[1] {
		t.Errorf("route tables: v %v (want nil: maybe associated), w %v (want its main table)", sv.RouteTable, sw.RouteTable)
	}
	if sv.NACL != n.NACLs[0] || sw.NACL != nil {
		t.Errorf("NACLs: v %v (want its default), w %v (want nil: unknown subnet_ids)", sv.NACL, sw.NACL)
	}
}

func TestIDStrings(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc_endpoint.s3", vals{})
	fx.res("aws_security_group.g", vals{}, block("egress", vals{
		"protocol": str("tcp"), "from_port": num(443), "to_port": num(443),
		"prefix_list_ids": cty.TupleVal([]cty.Value{ref("aws_vpc_endpoint.s3", "prefix_list_id"), str("pl-1"), ref("data.aws_ec2_managed_prefix_list.x")}),
	}))
	n := fx.build()
	want := []model.String{known("aws_vpc_endpoint.s3.prefix_list_id"), known("pl-1"), {Value: "data.aws_ec2_managed_prefix_list.x"}}
	got := n.SecurityGroups[0].Rules[0].PrefixLists
	if len(got) != len(want) {
		t.Fatalf("PrefixLists = %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("PrefixLists[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
}
