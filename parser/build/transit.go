package build

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// tgwDefaultTableIDs are the attributes of aws_ec2_transit_gateway that
// name its default route table.
var tgwDefaultTableIDs = []string{"association_default_route_table_id", "propagation_default_route_table_id"}

// linkTGW fills an aws_ec2_transit_gateway's default association and
// propagation settings ("enable" unless told otherwise).
func (b *builder) linkTGW(in *resource.Instance, g *model.TransitGateway) {
	f := instanceFields(in)
	g.DefaultAssociation = enabled(f.get("default_route_table_association"))
	g.DefaultPropagation = enabled(f.get("default_route_table_propagation"))
}

// enabled reads an "enable"/"disable" argument whose default is "enable".
func enabled(v cty.Value) model.Bool {
	s := stringOr(v, "enable")
	return model.Bool{Value: s.Value == "enable", Known: s.Known}
}

// linkTGWAttachment fills an aws_ec2_transit_gateway_vpc_attachment.
func (b *builder) linkTGWAttachment(in *resource.Instance, a *model.TGWAttachment) {
	f := instanceFields(in)
	a.TransitGateway = b.tgwOf(f.get("transit_gateway_id"))
	if a.TransitGateway != nil {
		a.TransitGateway.Attachments = append(a.TransitGateway.Attachments, a)
	}
	a.VPC = b.vpcOf(f.get("vpc_id"))
	a.Subnets, a.SubnetsKnown = b.subnetList(f, "subnet_ids")
	a.DefaultAssociation = boolOr(f.get("transit_gateway_default_route_table_association"), true)
	a.DefaultPropagation = boolOr(f.get("transit_gateway_default_route_table_propagation"), true)
}

// tgwOf returns the transit gateway an id names.
func (b *builder) tgwOf(v cty.Value) *model.TransitGateway {
	return b.rs.tgws[b.resolve(v).of("aws_ec2_transit_gateway")]
}

// tgwTableOf returns the TGW route table an id names: a route table
// resource, or a gateway's default table through its
// association_default_route_table_id or propagation_default_route_table_id.
func (b *builder) tgwTableOf(v cty.Value) *model.TGWRouteTable {
	t := b.resolve(v)
	if in := t.of("aws_ec2_transit_gateway_route_table"); in != nil {
		return b.rs.tgwTables[in]
	}
	if g := b.rs.tgws[t.inst]; g != nil {
		for _, attr := range tgwDefaultTableIDs {
			if t.attr == attr {
				return g.DefaultRouteTable
			}
		}
	}
	return nil
}

// tgwAttachmentOf returns the attachment an id names: a VPC attachment, or
// a VPN connection's transit_gateway_attachment_id.
func (b *builder) tgwAttachmentOf(v cty.Value) *model.TGWAttachment {
	t := b.resolve(v)
	if in := t.of("aws_ec2_transit_gateway_vpc_attachment"); in != nil {
		return b.rs.tgwAtts[in]
	}
	if c := b.rs.vpns[t.inst]; c != nil && t.attr == "transit_gateway_attachment_id" {
		return c.Attachment
	}
	return nil
}

// tgwAssociation records an aws_ec2_transit_gateway_route_table_association.
func (b *builder) tgwAssociation(in *resource.Instance) {
	f := instanceFields(in)
	a := b.tgwAttachmentOf(f.get("transit_gateway_attachment_id"))
	if a == nil {
		b.rs.anyAssocUncertain = b.rs.anyAssocUncertain || b.unresolved(f.get("transit_gateway_attachment_id"))
		return
	}
	t := b.tgwTableOf(f.get("transit_gateway_route_table_id"))
	b.rs.assoc[a] = append(b.rs.assoc[a], tgwAssociation{table: t, at: f.loc(), certain: !in.MaybeAbsent && t != nil})
}

// tgwPropagation records an aws_ec2_transit_gateway_route_table_propagation.
// One that names an unresolved table may add routes to any table.
func (b *builder) tgwPropagation(in *resource.Instance) {
	f := instanceFields(in)
	t := b.tgwTableOf(f.get("transit_gateway_route_table_id"))
	if t == nil {
		b.tgwTablesIncomplete(f.get("transit_gateway_route_table_id"))
		return
	}
	a := b.tgwAttachmentOf(f.get("transit_gateway_attachment_id"))
	if a == nil {
		t.Incomplete = t.Incomplete || b.unresolved(f.get("transit_gateway_attachment_id"))
		return
	}
	t.Propagations = append(t.Propagations, &model.TGWPropagation{Location: f.loc(), Attachment: a, MaybeAbsent: in.MaybeAbsent})
}

// tgwRoute adds an aws_ec2_transit_gateway_route to its table.
func (b *builder) tgwRoute(in *resource.Instance) {
	f := instanceFields(in)
	t := b.tgwTableOf(f.get("transit_gateway_route_table_id"))
	if t == nil {
		b.tgwTablesIncomplete(f.get("transit_gateway_route_table_id"))
		return
	}
	r := &model.TGWRoute{
		Location:    f.loc(),
		Table:       t,
		Destination: b.cidrs(in).one(f, "destination_cidr_block"),
		Blackhole:   boolOr(f.get("blackhole"), false),
		MaybeAbsent: in.MaybeAbsent,
	}
	if id := f.get("transit_gateway_attachment_id"); !isUnset(id) {
		r.Attachment = b.tgwAttachmentOf(id)
		r.AttachmentKnown = r.Attachment != nil
	} else {
		r.AttachmentKnown = true
	}
	t.Routes = append(t.Routes, r)
}

// tgwTablesIncomplete marks every TGW route table incomplete when v, a
// route table id, names one the build could not resolve.
func (b *builder) tgwTablesIncomplete(v cty.Value) {
	if !b.unresolved(v) {
		return
	}
	for _, t := range b.net.TGWRouteTables {
		t.Incomplete = true
	}
}

// finishTGW works out each attachment's route table and the default
// propagations, once every gateway, attachment and association is known.
// A VPN attachment follows its gateway's default settings.
func (b *builder) finishTGW() {
	for _, a := range b.net.TGWAttachments {
		g := a.TransitGateway
		if a.Kind == model.TGWAttachVPN && g != nil {
			a.DefaultAssociation, a.DefaultPropagation = g.DefaultAssociation, g.DefaultPropagation
		}
		b.attachmentTable(a)
		if g == nil {
			continue
		}
		switch prop := both(a.DefaultPropagation, g.DefaultPropagation); {
		case !prop.Known:
			g.DefaultRouteTable.Incomplete = true
		case prop.Value:
			g.DefaultRouteTable.Propagations = append(g.DefaultRouteTable.Propagations,
				&model.TGWPropagation{Location: a.Loc(), Attachment: a, MaybeAbsent: a.MaybeAbsent})
		}
	}
}

// attachmentTable sets the attachment's route table: its one certain
// explicit association, else the gateway's default table when default
// association applies.
func (b *builder) attachmentTable(a *model.TGWAttachment) {
	assoc := b.rs.assoc[a]
	switch {
	case b.rs.anyAssocUncertain:
	case len(assoc) == 1 && assoc[0].certain:
		a.RouteTable, a.RouteTableKnown, a.Association = assoc[0].table, true, assoc[0].at
	case len(assoc) > 0:
		// Several, or one that may not exist or names an unresolved table.
	case a.TransitGateway == nil:
	default:
		def := both(a.DefaultAssociation, a.TransitGateway.DefaultAssociation)
		a.RouteTableKnown, a.Association = def.Known, a.Loc()
		if def.Known && def.Value {
			a.RouteTable = a.TransitGateway.DefaultRouteTable
		}
	}
}

// both is x AND y: known false when either is known false.
func both(x, y model.Bool) model.Bool {
	if (x.Known && !x.Value) || (y.Known && !y.Value) {
		return model.Bool{Known: true}
	}
	return model.Bool{Value: x.Value && y.Value, Known: x.Known && y.Known}
}

// linkRouteTargets links VPC routes whose target is a transit gateway or
// a virtual private gateway to the model object.
func (b *builder) linkRouteTargets() {
	link := func(r *model.Route) {
		if !r.Target.Known {
			return
		}
		in := b.refs.instance(r.Target.Value)
		if in == nil {
			in = b.refs.byID[r.Target.Value].inst
		}
		switch r.TargetKind {
		case model.TargetTransitGateway:
			r.TransitGateway = b.rs.tgws[in]
		case model.TargetVPNGateway:
			r.VPNGateway = b.rs.vgws[in]
		}
	}
	for _, t := range b.net.RouteTables {
		for _, r := range t.Routes {
			link(r)
		}
	}
	for _, r := range b.net.UnattachedRoutes {
		link(r)
	}
}
