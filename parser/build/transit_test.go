package build

import (
	"testing"

	"github.com/vpclint/vpclint/model"
)

func TestTransitGateway(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_subnet.t", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.9.0/28")})
	fx.res("aws_ec2_transit_gateway.g", vals{"default_route_table_propagation": str("disable")})
	fx.res("aws_ec2_transit_gateway_vpc_attachment.v", vals{"transit_gateway_id": ref("aws_ec2_transit_gateway.g"),
		"vpc_id": ref("aws_vpc.v"), "subnet_ids": strs(ref("aws_subnet.t").AsString())})
	fx.res("aws_vpn_connection.c", vals{"transit_gateway_id": ref("aws_ec2_transit_gateway.g"), "static_routes_only": bl(true)})
	fx.res("aws_ec2_transit_gateway_route_table.onprem", vals{"transit_gateway_id": ref("aws_ec2_transit_gateway.g")})
	fx.res("aws_ec2_transit_gateway_route_table_association.c", vals{
		"transit_gateway_attachment_id":  ref("aws_vpn_connection.c", "transit_gateway_attachment_id"),
		"transit_gateway_route_table_id": ref("aws_ec2_transit_gateway_route_table.onprem")})
	fx.res("aws_ec2_transit_gateway_route_table_propagation.v", vals{
		"transit_gateway_attachment_id":  ref("aws_ec2_transit_gateway_vpc_attachment.v"),
		"transit_gateway_route_table_id": ref("aws_ec2_transit_gateway_route_table.onprem")})
	fx.res("aws_ec2_transit_gateway_route.office", vals{"destination_cidr_block": str("10.20.0.0/16"),
		"transit_gateway_attachment_id":  ref("aws_vpn_connection.c", "transit_gateway_attachment_id"),
		"transit_gateway_route_table_id": ref("aws_ec2_transit_gateway.g", "association_default_route_table_id")})
	fx.res("aws_ec2_transit_gateway_route.drop", vals{"destination_cidr_block": str("10.99.0.0/16"), "blackhole": bl(true),
		"transit_gateway_route_table_id": ref("aws_ec2_transit_gateway.g", "association_default_route_table_id")})
	fx.res("aws_route_table.r", vals{"vpc_id": ref("aws_vpc.v")},
		block("route", vals{"cidr_block": str("10.20.0.0/16"), "transit_gateway_id": ref("aws_ec2_transit_gateway.g")}))
	n := fx.build()
	wantNoProblems(t, n)

	if len(n.TransitGateways) != 1 || len(n.TGWAttachments) != 2 || len(n.TGWRouteTables) != 2 {
		t.Fatalf("%d gateways, %d attachments, %d tables", len(n.TransitGateways), len(n.TGWAttachments), len(n.TGWRouteTables))
	}
	g := n.TransitGateways[0]
	def, onprem := g.DefaultRouteTable, n.TGWRouteTables[1]
	vpcAtt, vpnAtt := n.TGWAttachments[0], n.TGWAttachments[1]
	if vpcAtt.Kind != model.TGWAttachVPC || vpcAtt.VPC != n.VPCs[0] || len(vpcAtt.Subnets) != 1 || !vpcAtt.SubnetsKnown {
		t.Errorf("VPC attachment %+v", vpcAtt)
	}
	if vpnAtt.Kind != model.TGWAttachVPN || vpnAtt.VPN != n.VPNConnections[0] || n.VPNConnections[0].Attachment != vpnAtt {
		t.Errorf("VPN attachment %+v", vpnAtt)
	}
	// Default association applies to the VPC attachment; the VPN one is
	// associated explicitly.
	if vpcAtt.RouteTable != def || !vpcAtt.RouteTableKnown || vpnAtt.RouteTable != onprem || !vpnAtt.RouteTableKnown {
		t.Errorf("associations: VPC %v (%v), VPN %v (%v)", vpcAtt.RouteTable, vpcAtt.RouteTableKnown, vpnAtt.RouteTable, vpnAtt.RouteTableKnown)
	}
	// Default propagation is disabled: only the explicit one.
	if len(def.Propagations) != 0 || len(onprem.Propagations) != 1 || onprem.Propagations[0].Attachment != vpcAtt {
		t.Errorf("propagations: default %d, onprem %+v", len(def.Propagations), onprem.Propagations)
	}
	if len(def.Routes) != 2 || def.Routes[0].Attachment != vpnAtt || def.Routes[0].Destination != pfx("10.20.0.0/16") ||
		!def.Routes[1].Blackhole.Value || def.Routes[1].Attachment != nil || !def.Routes[1].AttachmentKnown {
		t.Errorf("default table routes %+v", def.Routes)
	}
	if r := n.RouteTables[0].Routes[0]; r.TargetKind != model.TargetTransitGateway || r.TransitGateway != g {
		t.Errorf("VPC route target %v %v", r.TargetKind, r.TransitGateway)
	}
	if c := n.VPNConnections[0]; c.TransitGateway != g || !c.StaticRoutesOnly.Value || c.LocalNetwork != pfx("0.0.0.0/0") {
		t.Errorf("VPN connection %+v", c)
	}
}

func TestTransitGatewayUncertainAssociation(t *testing.T) {
	var fx fixture
	fx.res("aws_ec2_transit_gateway.g", vals{})
	fx.res("aws_ec2_transit_gateway_vpc_attachment.v", vals{"transit_gateway_id": ref("aws_ec2_transit_gateway.g")})
	fx.res("aws_ec2_transit_gateway_route_table_association.x", vals{"transit_gateway_attachment_id": unknown,
		"transit_gateway_route_table_id": ref("aws_ec2_transit_gateway_route_table.t")})
	fx.res("aws_ec2_transit_gateway_route_table.t", vals{"transit_gateway_id": ref("aws_ec2_transit_gateway.g")})
	fx.res("aws_ec2_transit_gateway_route.r", vals{"destination_cidr_block": str("10.0.0.0/8"),
		"transit_gateway_route_table_id": ref("data.aws_ec2_transit_gateway_route_table.x")})
	n := fx.build()
	if a := n.TGWAttachments[0]; a.RouteTableKnown {
		t.Errorf("an association with an unknown attachment may be this one's: %v", a.RouteTable)
	}
	for _, tbl := range n.TGWRouteTables {
		if !tbl.Incomplete {
			t.Errorf("%s: a route naming an unresolved table may be this one's", tbl.Address)
		}
	}
	// Default propagation applies (both defaults enabled).
	if p := n.TransitGateways[0].DefaultRouteTable.Propagations; len(p) != 1 {
		t.Errorf("default propagations %+v", p)
	}
}

func TestVPNGateway(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_vpn_gateway.g", vals{})
	fx.res("aws_vpn_gateway_attachment.a", vals{"vpn_gateway_id": ref("aws_vpn_gateway.g"), "vpc_id": ref("aws_vpc.v")})
	fx.res("aws_vpn_connection.c", vals{"vpn_gateway_id": ref("aws_vpn_gateway.g"), "static_routes_only": bl(true),
		"local_ipv4_network_cidr": str("10.20.0.0/16")})
	fx.res("aws_vpn_connection_route.r", vals{"vpn_connection_id": ref("aws_vpn_connection.c"), "destination_cidr_block": str("10.20.0.0/16")})
	fx.res("aws_route_table.r", vals{"vpc_id": ref("aws_vpc.v"), "propagating_vgws": strs(ref("aws_vpn_gateway.g").AsString())},
		block("route", vals{"cidr_block": str("10.30.0.0/16"), "gateway_id": ref("aws_vpn_gateway.g")}))
	fx.res("aws_route_table.s", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_vpn_gateway_route_propagation.p", vals{"vpn_gateway_id": ref("data.aws_vpn_gateway.x"), "route_table_id": ref("aws_route_table.s")})
	n := fx.build()
	wantNoProblems(t, n)
	g, c := n.VPNGateways[0], n.VPNConnections[0]
	if g.VPC != n.VPCs[0] || len(g.Connections) != 1 || g.Connections[0] != c {
		t.Errorf("gateway %+v", g)
	}
	if len(c.Routes) != 1 || c.Routes[0].Destination != pfx("10.20.0.0/16") || c.LocalNetwork != pfx("10.20.0.0/16") || c.RemoteNetwork != pfx("0.0.0.0/0") {
		t.Errorf("connection %+v", c)
	}
	r, s := n.RouteTables[0], n.RouteTables[1]
	if len(r.PropagatingVGWs) != 1 || r.PropagatingVGWs[0] != g || r.PropagationIncomplete {
		t.Errorf("propagating gateways %v incomplete %v", r.PropagatingVGWs, r.PropagationIncomplete)
	}
	if rt := r.Routes[0]; rt.TargetKind != model.TargetVPNGateway || rt.VPNGateway != g {
		t.Errorf("route target %v %v", rt.TargetKind, rt.VPNGateway)
	}
	if !s.PropagationIncomplete {
		t.Error("a propagation from an unresolved gateway must make the table's propagation incomplete")
	}
}
