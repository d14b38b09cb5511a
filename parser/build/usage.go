package build

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// usage collects, while the configuration is linked, what may use a route
// target, a route table, a VPC's flow logs or a hosted zone without the
// model knowing. finishUsage turns it into the models' Incomplete and InUse
// fields once every resource is linked.
type usage struct {
	// usedRT are the tables named by an association that certainly
	// exists; maybeUsedRT those named only by associations that may not
	// (unknown count or for_each).
	usedRT, maybeUsedRT map[*model.RouteTable]bool
	// unresolvedRT is true when a route table association names a table
	// the build could not resolve: it may be any table of the
	// configuration.
	unresolvedRT bool
	// unresolvedFlowLog is true when a flow log watches a VPC, subnet or
	// network interface the build could not resolve.
	unresolvedFlowLog bool
	// unresolvedZone is true when a zone association names a hosted zone
	// the build could not resolve.
	unresolvedZone bool
}

// unresolved reports whether v is set but names nothing the build
// resolved and is no literal id either: an unknown value, a reference to
// a data source, or an attribute the builder does not follow. Such a value
// may name any object of the configuration. The caller calls it only
// after resolving v to the type it expects failed.
func (b *builder) unresolved(v cty.Value) bool {
	return !isUnset(v) && b.resolve(v).literal == ""
}

// tableAssociated records that an association names route table t, or,
// when t is nil, a table the build could not resolve: unless the value is
// a literal id or a VPC's default route table that no
// aws_default_route_table manages, both outside the model.
func (b *builder) tableAssociated(t *model.RouteTable, id cty.Value, certain bool) {
	switch {
	case t == nil:
		unmanagedDefault := b.vpcAttr(b.resolve(id), "default_route_table_id", "main_route_table_id") != nil
		b.use.unresolvedRT = b.use.unresolvedRT || (b.unresolved(id) && !unmanagedDefault)
	case certain:
		if b.use.usedRT == nil {
			b.use.usedRT = map[*model.RouteTable]bool{}
		}
		b.use.usedRT[t] = true
	default:
		if b.use.maybeUsedRT == nil {
			b.use.maybeUsedRT = map[*model.RouteTable]bool{}
		}
		b.use.maybeUsedRT[t] = true
	}
}

// finishUsage sets, for the configuration just built, which NAT gateways
// and peerings an unknown route may target, which route tables are in use,
// which VPCs and zones have flow logs or associations the model cannot
// see, and which NAT gateways, peerings and VPCs are handed to code outside
// the model.
func (b *builder) finishUsage() {
	var natUnknown, peeringUnknown bool
	visit := func(r *model.Route) {
		switch {
		case r.TargetKind == model.TargetUnknown:
			natUnknown, peeringUnknown = true, true
		case r.TargetKind == model.TargetNATGateway && r.NATGateway == nil && !r.Target.Known:
			natUnknown = true
		case r.TargetKind == model.TargetPeering && r.Peering == nil && !r.Target.Known:
			peeringUnknown = true
		}
	}
	for _, t := range b.net.RouteTables {
		if t.Incomplete {
			natUnknown, peeringUnknown = true, true
		}
		for _, r := range t.Routes {
			visit(r)
		}
		switch {
		case t.Main || b.use.usedRT[t]:
			t.InUse = model.Bool{Value: true, Known: true}
		case b.use.maybeUsedRT[t] || b.use.unresolvedRT:
			t.InUse = model.Bool{}
		default:
			t.InUse = model.Bool{Known: true}
		}
	}
	for _, r := range b.net.UnattachedRoutes {
		visit(r)
	}
	for _, n := range b.net.NATGateways {
		n.RoutesIncomplete = natUnknown
	}
	for _, p := range b.net.Peerings {
		p.RoutesIncomplete = peeringUnknown
	}
	for _, v := range b.net.VPCs {
		v.FlowLogsIncomplete = b.use.unresolvedFlowLog
	}
	for _, z := range b.net.HostedZones {
		z.Incomplete = z.Incomplete || b.use.unresolvedZone
	}
	for _, out := range b.outputs {
		b.exports(out)
	}
}

// exports records out, a root module output or a call of a module that was
// not loaded, on every NAT gateway, peering and VPC whose id its values
// hold.
func (b *builder) exports(out *resource.Instance) {
	user := &model.Resource{Type: out.Type, Address: out.Address, Module: out.Module, DefRange: out.DefRange, MaybeAbsent: out.MaybeAbsent}
	seen := map[*resource.Instance]bool{}
	for _, name := range sortedKeys(out.Attrs) {
		walkStrings(out.Attrs[name].Value, func(s string) {
			for _, in := range b.instancesNamed(s) {
				if seen[in] {
					continue
				}
				seen[in] = true
				switch {
				case b.nats[in] != nil:
					b.nats[in].ExportedBy = append(b.nats[in].ExportedBy, user)
				case b.peerings[in] != nil:
					b.peerings[in].ExportedBy = append(b.peerings[in].ExportedBy, user)
				case b.vpcs[in] != nil:
					b.vpcs[in].ExportedBy = append(b.vpcs[in].ExportedBy, user)
				}
			}
		})
	}
}

// instancesNamed returns the instance whose id s is, or, for the reference
// of a counted resource without an instance key (an instance picked by an
// unknown key), every instance of that resource.
func (b *builder) instancesNamed(s string) []*resource.Instance {
	t := b.resolve(cty.StringVal(s))
	if t.inst != nil && t.attr == "id" {
		return []*resource.Instance{t.inst}
	}
	address, attr, ok := resource.ParseRef(s)
	if !ok || attr != "id" {
		return nil
	}
	return b.refs.byBase[address]
}
