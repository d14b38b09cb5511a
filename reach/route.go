package reach

import (
	"fmt"
	"net/netip"

	"github.com/vpclint/vpclint/model"
)

const whatRoute = "route table"

// choice is the outcome of a route lookup: the route that wins, or why
// there is none or it cannot be told.
type choice struct {
	status  Status
	at      model.Location
	rule    string
	fix     string // when status is Block
	unknown string // when status is Undecided
	// local is true when the VPC's local route wins.
	local bool
	// route is the static route that wins; nil for a local or propagated
	// route.
	route *model.Route
	// vgw is the gateway of a winning propagated route.
	vgw *model.VPNGateway
}

// candidate is a route that matches the destination.
type candidate struct {
	prefix netip.Prefix
	// rank breaks ties between routes of the same length: local (2) beats
	// static (1) beats propagated (0).
	rank  int
	route *model.Route
	vgw   *model.VPNGateway
	// text describes the route for a hop.
	text  string
	maybe bool
}

// longer reports whether c wins over d.
func (c *candidate) longer(d *candidate) bool {
	if c.prefix.Bits() != d.prefix.Bits() {
		return c.prefix.Bits() > d.prefix.Bits()
	}
	return c.rank > d.rank
}

// doubt is the first thing that keeps a lookup from being decided.
type doubt struct {
	why string
	at  model.Location
}

// add records why at at, unless a doubt is recorded already.
func (d *doubt) add(why string, at model.Location) {
	if d.why == "" && why != "" {
		d.why, d.at = why, at
	}
}

// lookup finds the route subnet s's route table uses for dst: the
// longest prefix that holds all of dst among the local routes, the
// table's routes and the routes propagated from virtual private gateways.
// The local route wins over what cannot be decided: a route more specific
// than it may only point a subnet's own range at a middlebox.
func (w *walker) lookup(s *model.Subnet, dst netip.Prefix) choice {
	t := s.RouteTable
	at, name, note := s.Loc(), "the main route table of "+vpcName(s.VPC), " (the VPC's main route table, not managed here)"
	if t != nil {
		at, name, note = t.Loc(), t.Address, ""
	} else if !s.MainRouteTableUnmanaged {
		why := "the route table of " + s.Address + " is not known"
		return choice{status: Undecided, at: at, rule: why, unknown: why}
	}
	var cands []*candidate
	var d doubt
	consider := func(c *candidate, p model.Prefix, where string, loc model.Location) {
		switch {
		case !p.Known:
			d.add(where+" is not known before apply", loc)
		case !p.IsSet() || p.Prefix.Addr().Is4() != dst.Addr().Is4() || !p.Prefix.Overlaps(dst):
		case p.Prefix.Bits() > dst.Bits():
			d.add(fmt.Sprintf("%s sends part of %s elsewhere", where, dst), loc)
		default:
			c.prefix = p.Prefix
			cands = append(cands, c)
		}
	}
	if s.VPC == nil {
		d.add("the VPC of "+s.Address+" is not known", s.Loc())
	} else {
		for _, c := range s.VPC.CIDRs {
			if c.IPv6 != dst.Addr().Is6() {
				continue
			}
			consider(&candidate{rank: 2, text: "local route " + prefixText(c.Prefix) + note, maybe: c.MaybeAbsent},
				c.Prefix, "a CIDR block of "+s.VPC.Address, c.Source)
		}
	}
	if t != nil {
		w.tableCandidates(t, dst, consider, &d)
	}
	for _, r := range w.net.UnattachedRoutes {
		if !r.Destination.IsSet() || r.Destination.Prefix.Overlaps(dst) {
			d.add(fmt.Sprintf("%s may be in %s (its route table is not known)", r.Address, name), r.Location)
		}
	}
	var best *candidate
	for _, c := range cands {
		if best == nil || c.longer(best) {
			best = c
		}
	}
	switch {
	case best != nil && best.rank == 2 && !best.maybe:
		return choice{status: Pass, at: at, rule: best.text, local: true}
	case d.why != "":
		return choice{status: Undecided, at: d.at, rule: fmt.Sprintf("route to %s in %s: %s", addrText(dst), name, d.why), unknown: d.why}
	case best == nil:
		return choice{status: Block, at: at, rule: fmt.Sprintf("no route to %s in %s", addrText(dst), name),
			fix: fmt.Sprintf("add a route to %s%s in %s", w.suggestPrefix(dst), w.suggestTarget(s.VPC, dst), name)}
	case best.maybe:
		why := best.text + " may not exist (its count or for_each is not known)"
		return choice{status: Undecided, at: at, rule: why, unknown: why}
	}
	c := choice{status: Pass, at: at, rule: best.text, route: best.route, vgw: best.vgw}
	if best.route != nil {
		c.at = best.route.Location
	}
	return c
}

// consider offers a candidate route with destination p to a lookup; where
// and at name the route in a doubt.
type consider func(c *candidate, p model.Prefix, where string, at model.Location)

// tableCandidates offers t's static and propagated routes, and records
// what makes them uncertain. A route to a prefix list counts only for a
// public destination when it leads to a gateway VPC endpoint, whose
// AWS-managed list holds public AWS ranges only.
func (w *walker) tableCandidates(t *model.RouteTable, dst netip.Prefix, offer consider, d *doubt) {
	if t.Incomplete {
		d.add("some routes of "+t.Address+" are not known", t.Loc())
	}
	for _, r := range t.Routes {
		if !r.Destination.IsSet() && r.Destination.Known && r.PrefixList.Value != "" {
			if r.TargetKind != model.TargetVPCEndpoint || !dst.Addr().IsPrivate() {
				d.add(fmt.Sprintf("the route to prefix list %s may cover %s", r.PrefixList.Value, addrText(dst)), r.Location)
			}
			continue
		}
		offer(&candidate{rank: 1, route: r, vgw: r.VPNGateway, text: routeText(r), maybe: r.MaybeAbsent},
			r.Destination, "the destination of "+routeName(r), r.Location)
	}
	if t.PropagationIncomplete {
		d.add("the gateways propagating routes into "+t.Address+" are not known", t.Loc())
	}
	for _, g := range t.PropagatingVGWs {
		for _, c := range g.Connections {
			w.propagated(g, c, dst, offer, d)
		}
	}
}

// propagated offers the routes that connection c propagates through
// gateway g: its static routes, or, learned by BGP, the outside end as
// given.
func (w *walker) propagated(g *model.VPNGateway, c *model.VPNConnection, dst netip.Prefix, offer consider, d *doubt) {
	via := fmt.Sprintf("propagated route %%s via %s (%s)", g.Address, c.Address)
	switch {
	case !c.StaticRoutesOnly.Known:
		d.add("whether "+c.Address+" learns routes by BGP is not known", c.Loc())
	case c.StaticRoutesOnly.Value:
		for _, r := range c.Routes {
			offer(&candidate{vgw: g, text: fmt.Sprintf(via, prefixText(r.Destination)), maybe: r.MaybeAbsent},
				r.Destination, "the destination of "+r.Address, r.Location)
		}
		if c.RoutesIncomplete {
			d.add("the static routes of "+c.Address+" are not all known", c.Loc())
		}
	case w.outsideAddr(dst):
		offer(&candidate{vgw: g, text: fmt.Sprintf(via, dst) + ", learned by BGP (assumed to cover " + addrText(dst) + ")"},
			model.Prefix{Prefix: dst, Known: true}, c.Address, c.Loc())
	}
}

// outsideAddr reports whether p is the outside end of the query.
func (w *walker) outsideAddr(p netip.Prefix) bool {
	for _, e := range []*end{w.src, w.dst} {
		if e.outside() && e.addr == p {
			return true
		}
	}
	return false
}

// routeText describes a static route: "route 10.20.0.0/16 via
// aws_ec2_transit_gateway.main".
func routeText(r *model.Route) string {
	target := r.Target.Value
	if target == "" {
		target = "an unknown target"
	}
	return fmt.Sprintf("route %s via %s", prefixText(r.Destination), target)
}

// routeName names a route in a message: the aws_route resource, or "a
// route of aws_route_table.x".
func routeName(r *model.Route) string {
	if r.Origin == model.OriginRouteResource || r.Table == nil {
		return r.Address
	}
	return "a route of " + r.Table.Address
}

// prefixText renders a possibly unknown prefix.
func prefixText(p model.Prefix) string {
	if p.IsSet() {
		return p.Prefix.String()
	}
	return "(unknown)"
}

// vpcName names a VPC that may be nil.
func vpcName(v *model.VPC) string {
	if v == nil {
		return "its VPC"
	}
	return v.Address
}

// first returns a when set, else b.
func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// suggestTarget proposes where a missing route should point: the peering
// or transit gateway that connects vpc to the VPC holding dst; for an
// outside network, a NAT gateway of vpc when dst is a public address,
// else vpc's transit gateway or VPN gateway.
func (w *walker) suggestTarget(vpc *model.VPC, dst netip.Prefix) string {
	other, _ := w.vpcHolding(dst)
	if other == nil && !dst.Addr().IsPrivate() {
		for _, n := range w.net.NATGateways {
			if n.Subnet != nil && n.Subnet.VPC == vpc && n.ConnectivityType.Value == "public" {
				return " via " + n.Address
			}
		}
	}
	for _, p := range w.net.Peerings {
		if other != nil && (p.Requester == vpc && p.Accepter == other || p.Accepter == vpc && p.Requester == other) {
			return " via " + p.Address
		}
	}
	for _, a := range w.net.TGWAttachments {
		if a.VPC == vpc && a.TransitGateway != nil {
			return " via " + a.TransitGateway.Address
		}
	}
	for _, g := range w.net.VPNGateways {
		if g.VPC == vpc && other == nil {
			return " via " + g.Address
		}
	}
	return ""
}

// vpcHolding returns the VPC of the model, and its CIDR block, that
// holds p.
func (w *walker) vpcHolding(p netip.Prefix) (*model.VPC, netip.Prefix) {
	for _, v := range w.net.VPCs {
		for _, c := range v.CIDRs {
			if covers(c.Prefix, p) {
				return v, c.Prefix.Prefix
			}
		}
	}
	return nil, netip.Prefix{}
}

// suggestPrefix is what a missing route to p should cover: the CIDR block
// of the model's VPC that holds p, else p itself.
func (w *walker) suggestPrefix(p netip.Prefix) netip.Prefix {
	if v, block := w.vpcHolding(p); v != nil {
		return block
	}
	return p
}
