package build

import (
	"net/netip"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// anyIPv4 is a VPN tunnel's traffic selector when none is written.
var anyIPv4 = model.Prefix{Prefix: netip.MustParsePrefix("0.0.0.0/0"), Known: true}

// linkVPNConnection fills an aws_vpn_connection. A connection on a transit
// gateway gets the attachment AWS creates for it, at the connection's
// block.
func (b *builder) linkVPNConnection(in *resource.Instance, c *model.VPNConnection) {
	f := instanceFields(in)
	c.VPNGateway = b.vgwOf(f.get("vpn_gateway_id"))
	if c.VPNGateway != nil {
		c.VPNGateway.Connections = append(c.VPNGateway.Connections, c)
	}
	c.StaticRoutesOnly = boolOr(f.get("static_routes_only"), false)
	cidrs := b.cidrs(in)
	c.LocalNetwork = selector(cidrs.one(f, "local_ipv4_network_cidr"))
	c.RemoteNetwork = selector(cidrs.one(f, "remote_ipv4_network_cidr"))
	if tgw := f.get("transit_gateway_id"); !isUnset(tgw) {
		c.TransitGateway = b.tgwOf(tgw)
		c.Attachment = &model.TGWAttachment{
			Resource:       c.Resource,
			Kind:           model.TGWAttachVPN,
			TransitGateway: c.TransitGateway,
			VPN:            c,
			SubnetsKnown:   true,
		}
		if c.TransitGateway != nil {
			c.TransitGateway.Attachments = append(c.TransitGateway.Attachments, c.Attachment)
		}
		b.net.TGWAttachments = append(b.net.TGWAttachments, c.Attachment)
	}
}

// selector returns a traffic selector: 0.0.0.0/0 when unset.
func selector(p model.Prefix) model.Prefix {
	if p.Known && !p.IsSet() {
		return anyIPv4
	}
	return p
}

// vgwOf returns the virtual private gateway an id names.
func (b *builder) vgwOf(v cty.Value) *model.VPNGateway {
	return b.rs.vgws[b.resolve(v).of("aws_vpn_gateway")]
}

// vpnConnectionRoute adds an aws_vpn_connection_route to its connection;
// one whose connection does not resolve may belong to any.
func (b *builder) vpnConnectionRoute(in *resource.Instance) {
	f := instanceFields(in)
	c := b.rs.vpns[b.resolve(f.get("vpn_connection_id")).of("aws_vpn_connection")]
	if c == nil {
		if b.unresolved(f.get("vpn_connection_id")) {
			for _, c := range b.net.VPNConnections {
				c.RoutesIncomplete = true
			}
		}
		return
	}
	c.Routes = append(c.Routes, model.VPNRoute{
		Location:    f.loc(),
		Destination: b.cidrs(in).one(f, "destination_cidr_block"),
		MaybeAbsent: in.MaybeAbsent,
	})
}

// vpnGatewayAttachment attaches a virtual private gateway to a VPC.
func (b *builder) vpnGatewayAttachment(in *resource.Instance) {
	f := instanceFields(in)
	if g := b.vgwOf(f.get("vpn_gateway_id")); g != nil && g.VPC == nil {
		g.VPC = b.vpcOf(f.get("vpc_id"))
	}
}

// vpnRoutePropagation records an aws_vpn_gateway_route_propagation.
func (b *builder) vpnRoutePropagation(in *resource.Instance) {
	f := instanceFields(in)
	t := b.tableOf(f.get("route_table_id"))
	if t == nil {
		if b.unresolved(f.get("route_table_id")) {
			for _, t := range b.net.RouteTables {
				t.PropagationIncomplete = true
			}
		}
		return
	}
	b.propagateVGW(t, f.get("vpn_gateway_id"), in.MaybeAbsent)
}

// propagatingVGWs records the propagating_vgws of a route table.
func (b *builder) propagatingVGWs(in *resource.Instance, t *model.RouteTable) {
	f := instanceFields(in)
	els, ok := elems(f.get("propagating_vgws"))
	if !ok {
		t.PropagationIncomplete = true
	}
	for _, v := range els {
		b.propagateVGW(t, v, in.MaybeAbsent)
	}
}

// propagateVGW adds the gateway id names to the table's propagating
// gateways; an unresolved one, or one that may not exist, makes the
// propagation incomplete.
func (b *builder) propagateVGW(t *model.RouteTable, id cty.Value, maybe bool) {
	g := b.vgwOf(id)
	switch {
	case g == nil:
		t.PropagationIncomplete = t.PropagationIncomplete || b.unresolved(id)
	case maybe:
		t.PropagationIncomplete = true
	default:
		t.PropagatingVGWs = append(t.PropagatingVGWs, g)
	}
}
