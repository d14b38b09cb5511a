package build

import (
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// reachState holds the objects the reachability model adds (endpoints,
// transit gateways, VPN gateways and connections) while a Network call
// builds them.
type reachState struct {
	tgws      map[*resource.Instance]*model.TransitGateway
	tgwTables map[*resource.Instance]*model.TGWRouteTable
	// tgwAtts are the VPC attachments; a VPN attachment is found through
	// its connection.
	tgwAtts   map[*resource.Instance]*model.TGWAttachment
	vgws      map[*resource.Instance]*model.VPNGateway
	vpns      map[*resource.Instance]*model.VPNConnection
	endpoints map[*resource.Instance]*model.Endpoint
	// assoc are the explicit route table associations of each attachment.
	assoc map[*model.TGWAttachment][]tgwAssociation
	// anyAssocUncertain is true when an association names an attachment
	// the build could not resolve: it may be any attachment's.
	anyAssocUncertain bool
	// publicByEIP are the instances and network interfaces an aws_eip or
	// aws_eip_association gives a public address.
	publicByEIP map[*resource.Instance]bool
}

// tgwAssociation is one aws_ec2_transit_gateway_route_table_association.
type tgwAssociation struct {
	table   *model.TGWRouteTable // nil when not resolved
	at      model.Location
	certain bool
}

func newReachState() *reachState {
	return &reachState{
		tgws:        map[*resource.Instance]*model.TransitGateway{},
		tgwTables:   map[*resource.Instance]*model.TGWRouteTable{},
		tgwAtts:     map[*resource.Instance]*model.TGWAttachment{},
		vgws:        map[*resource.Instance]*model.VPNGateway{},
		vpns:        map[*resource.Instance]*model.VPNConnection{},
		endpoints:   map[*resource.Instance]*model.Endpoint{},
		assoc:       map[*model.TGWAttachment][]tgwAssociation{},
		publicByEIP: map[*resource.Instance]bool{},
	}
}

// declareReach creates the objects of the reachability model.
func (b *builder) declareReach(in *resource.Instance, res model.Resource) {
	switch in.Type {
	case "aws_ec2_transit_gateway":
		g := &model.TransitGateway{Resource: res}
		g.DefaultRouteTable = &model.TGWRouteTable{Resource: res, Default: true, TransitGateway: g}
		b.rs.tgws[in] = g
		b.net.TransitGateways = append(b.net.TransitGateways, g)
		b.net.TGWRouteTables = append(b.net.TGWRouteTables, g.DefaultRouteTable)
	case "aws_ec2_transit_gateway_route_table":
		t := &model.TGWRouteTable{Resource: res}
		b.rs.tgwTables[in] = t
		b.net.TGWRouteTables = append(b.net.TGWRouteTables, t)
	case "aws_ec2_transit_gateway_vpc_attachment":
		a := &model.TGWAttachment{Resource: res, Kind: model.TGWAttachVPC}
		b.rs.tgwAtts[in] = a
		b.net.TGWAttachments = append(b.net.TGWAttachments, a)
	case "aws_vpn_gateway":
		g := &model.VPNGateway{Resource: res}
		b.rs.vgws[in] = g
		b.net.VPNGateways = append(b.net.VPNGateways, g)
	case "aws_vpn_connection":
		c := &model.VPNConnection{Resource: res}
		b.rs.vpns[in] = c
		b.net.VPNConnections = append(b.net.VPNConnections, c)
	default:
		if kind, ok := endpointKinds[in.Type]; ok && kind.applies(in) {
			e := &model.Endpoint{Resource: res}
			b.rs.endpoints[in] = e
			b.net.Endpoints = append(b.net.Endpoints, e)
		}
	}
}

// linkReach links transit gateways, attachments and VPN objects to what
// they name.
func (b *builder) linkReach(in *resource.Instance) {
	switch in.Type {
	case "aws_ec2_transit_gateway":
		b.linkTGW(in, b.rs.tgws[in])
	case "aws_ec2_transit_gateway_route_table":
		b.rs.tgwTables[in].TransitGateway = b.tgwOf(instanceFields(in).get("transit_gateway_id"))
	case "aws_ec2_transit_gateway_vpc_attachment":
		b.linkTGWAttachment(in, b.rs.tgwAtts[in])
	case "aws_vpn_gateway":
		b.rs.vgws[in].VPC = b.vpcOf(instanceFields(in).get("vpc_id"))
	case "aws_vpn_connection":
		b.linkVPNConnection(in, b.rs.vpns[in])
	}
}

// fillReach adds associations, propagations and routes of transit
// gateways and VPN connections, and the Elastic IPs of endpoints.
func (b *builder) fillReach(in *resource.Instance) {
	switch in.Type {
	case "aws_ec2_transit_gateway_route_table_association":
		b.tgwAssociation(in)
	case "aws_ec2_transit_gateway_route_table_propagation":
		b.tgwPropagation(in)
	case "aws_ec2_transit_gateway_route":
		b.tgwRoute(in)
	case "aws_vpn_connection_route":
		b.vpnConnectionRoute(in)
	case "aws_vpn_gateway_attachment":
		b.vpnGatewayAttachment(in)
	case "aws_vpn_gateway_route_propagation":
		b.vpnRoutePropagation(in)
	case "aws_route_table", "aws_default_route_table":
		b.propagatingVGWs(in, b.tables[in])
	case "aws_eip", "aws_eip_association":
		b.elasticIP(in)
	}
}

// finishReach derives what needs every resource: attachment route
// tables, default propagations, route targets, endpoints, and whether a
// subnet uses an unmanaged main route table or default network ACL. It
// runs after finish has set each subnet's table and ACL.
func (b *builder) finishReach() {
	b.finishTGW()
	b.linkRouteTargets()
	for _, in := range b.insts {
		if e := b.rs.endpoints[in]; e != nil {
			b.fillEndpoint(in, e)
		}
	}
	for _, s := range b.net.Subnets {
		if s.VPC == nil {
			continue
		}
		_, reassigned := b.mainRT[s.VPC]
		s.MainRouteTableUnmanaged = s.RouteTable == nil && !b.explicitRT[s] && !b.uncertainRT[s.VPC] &&
			!b.uncertainRT[nil] && !reassigned && b.defaultRT[s.VPC] == nil
		s.DefaultNACLUnmanaged = s.NACL == nil && !b.explicitNACL[s] && !b.uncertainNACL[s.VPC] &&
			!b.uncertainNACL[nil] && b.defaultNACL[s.VPC] == nil
	}
}
