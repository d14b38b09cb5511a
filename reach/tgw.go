package reach

import (
	"fmt"
	"net/netip"

	"github.com/vpclint/vpclint/model"
)

const (
	whatTGWTable      = "transit gateway route table"
	whatTGWAttachment = "transit gateway attachment"
)

// tgwChoice is the outcome of a lookup in a TGW route table.
type tgwChoice struct {
	status  Status
	at      model.Location
	rule    string
	fix     string
	unknown string
	att     *model.TGWAttachment
	// noRoute is true when no route matches.
	noRoute bool
}

// tgwCandidate is a TGW route that matches the destination.
type tgwCandidate struct {
	prefix    netip.Prefix
	static    bool
	att       *model.TGWAttachment
	blackhole bool
	at        model.Location
	text      string
	// unsure, when set, says why the route may not be what it seems.
	unsure string
}

// tgwTableName names a TGW route table, a default one by its gateway.
func tgwTableName(t *model.TGWRouteTable) string {
	if t.Default {
		return "the default route table of " + t.Address
	}
	return t.Address
}

// tgwLookup finds the attachment TGW route table t sends dst to: the
// longest matching prefix among its static routes and the routes its
// propagations bring (a VPC attachment's CIDR blocks; a BGP VPN's routes,
// taken to cover the outside end as given), a static route winning a tie.
func (w *walker) tgwLookup(t *model.TGWRouteTable, dst netip.Prefix) tgwChoice {
	name := tgwTableName(t)
	var cands []*tgwCandidate
	var d doubt
	if t.Incomplete {
		d.add("some routes or propagations of "+name+" are not known", t.Loc())
	}
	offer := func(c *tgwCandidate, p model.Prefix, where string) {
		switch {
		case !p.Known:
			d.add(where+" is not known before apply", c.at)
		case !p.IsSet() || p.Prefix.Addr().Is4() != dst.Addr().Is4() || !p.Prefix.Overlaps(dst):
		case p.Prefix.Bits() > dst.Bits():
			d.add(fmt.Sprintf("%s sends part of %s elsewhere", where, dst), c.at)
		default:
			c.prefix = p.Prefix
			cands = append(cands, c)
		}
	}
	for _, r := range t.Routes {
		c := &tgwCandidate{static: true, att: r.Attachment, at: r.Location, blackhole: r.Blackhole.Known && r.Blackhole.Value}
		switch {
		case !r.Blackhole.Known || !r.AttachmentKnown:
			c.unsure = fmt.Sprintf("the target of %s (%s) is not known before apply", r.Address, prefixText(r.Destination))
		case c.blackhole:
			c.text = fmt.Sprintf("route %s is a blackhole", prefixText(r.Destination))
		default:
			c.text = fmt.Sprintf("route %s via %s", prefixText(r.Destination), r.Attachment.Address)
		}
		if r.MaybeAbsent && c.unsure == "" {
			c.unsure = r.Address + " may not exist (its count or for_each is not known)"
		}
		offer(c, r.Destination, "the destination of "+r.Address)
	}
	for _, p := range t.Propagations {
		w.tgwPropagated(p, dst, offer, &d)
	}
	var best *tgwCandidate
	for _, c := range cands {
		if best == nil || c.prefix.Bits() > best.prefix.Bits() || c.prefix.Bits() == best.prefix.Bits() && c.static && !best.static {
			best = c
		}
	}
	switch {
	case d.why != "":
		return tgwChoice{status: Undecided, at: d.at, rule: fmt.Sprintf("route to %s in %s: %s", addrText(dst), name, d.why), unknown: d.why}
	case best == nil:
		return tgwChoice{status: Block, at: t.Loc(), rule: fmt.Sprintf("no route to %s in %s", addrText(dst), name), noRoute: true,
			fix: fmt.Sprintf("add a route to %s in %s, or propagate the attachment that leads there into it", w.suggestPrefix(dst), name)}
	case best.unsure != "":
		return tgwChoice{status: Undecided, at: best.at, rule: best.unsure, unknown: best.unsure}
	case best.blackhole:
		return tgwChoice{status: Block, at: best.at, rule: best.text,
			fix: fmt.Sprintf("remove the blackhole route %s from %s, or add a longer route to %s", best.prefix, name, dst)}
	}
	return tgwChoice{status: Pass, at: best.at, rule: best.text, att: best.att}
}

// tgwPropagated offers the routes propagation p brings into a table.
func (w *walker) tgwPropagated(p *model.TGWPropagation, dst netip.Prefix, offer func(*tgwCandidate, model.Prefix, string), d *doubt) {
	a := p.Attachment
	text := func(prefix string) string {
		return fmt.Sprintf("propagated route %s via %s", prefix, a.Address)
	}
	switch {
	case a.Kind == model.TGWAttachVPC && a.VPC == nil:
		d.add("the VPC of "+a.Address+" is not known", p.Location)
	case a.Kind == model.TGWAttachVPC:
		for _, c := range a.VPC.CIDRs {
			if c.IPv6 != dst.Addr().Is6() {
				continue
			}
			offer(&tgwCandidate{att: a, at: p.Location, text: text(prefixText(c.Prefix)), unsure: maybeText(p.MaybeAbsent || c.MaybeAbsent, text(prefixText(c.Prefix)))},
				c.Prefix, "a CIDR block of "+a.VPC.Address)
		}
	case a.VPN == nil:
	case !a.VPN.StaticRoutesOnly.Known:
		d.add("whether "+a.VPN.Address+" learns routes by BGP is not known", p.Location)
	case !a.VPN.StaticRoutesOnly.Value && w.outsideAddr(dst):
		bgp := text(dst.String()) + ", learned by BGP (assumed to cover " + addrText(dst) + ")"
		offer(&tgwCandidate{att: a, at: p.Location, text: bgp, unsure: maybeText(p.MaybeAbsent, bgp)},
			model.Prefix{Prefix: dst, Known: true}, a.Address)
	}
}

// vpcAttachment returns the attachment of gateway g for vpc. ok is false
// when an attachment of g has a VPC that is not known, so it might be
// vpc's.
func vpcAttachment(g *model.TransitGateway, vpc *model.VPC) (a *model.TGWAttachment, ok bool) {
	ok = true
	for _, x := range g.Attachments {
		switch {
		case x.Kind != model.TGWAttachVPC:
		case x.VPC == vpc:
			return x, true
		case x.VPC == nil:
			ok = false
		}
	}
	return nil, ok
}

// attachmentSubnet returns the subnet of VPC attachment a in subnet s's
// Availability Zone: where traffic between s and the gateway goes through.
// unknown is set when the zones or the attachment's subnets are not known.
func attachmentSubnet(a *model.TGWAttachment, s *model.Subnet) (t *model.Subnet, unknown string) {
	for _, x := range a.Subnets {
		if x == s {
			return s, ""
		}
	}
	if !a.SubnetsKnown {
		return nil, "the subnets of " + a.Address + " are not known"
	}
	if !s.AvailabilityZone.Known {
		return nil, "the Availability Zone of " + s.Address + " is not known"
	}
	for _, x := range a.Subnets {
		switch {
		case !x.AvailabilityZone.Known || x.AvailabilityZoneIsID != s.AvailabilityZoneIsID:
			return nil, "the Availability Zone of " + x.Address + " is not known"
		case x.AvailabilityZone.Value == s.AvailabilityZone.Value:
			return x, ""
		}
	}
	return nil, ""
}

// attachmentTable returns the TGW route table a is associated with, or
// records the hop that keeps the walk from going on.
func (w *walker) attachmentTable(a *model.TGWAttachment) *model.TGWRouteTable {
	switch {
	case !a.RouteTableKnown:
		why := "the route table " + a.Address + " is associated with is not known"
		w.unsure(a.Loc(), whatTGWAttachment, why, why, true)
	case a.RouteTable == nil:
		w.block(a.Loc(), whatTGWAttachment, a.Address+" is associated with no transit gateway route table",
			"associate "+a.Address+" with a transit gateway route table")
	}
	return a.RouteTable
}

// tgwHop records a TGW route table lookup, and returns the attachment it
// leads to (nil when the walk stops). want, when known, is the attachment
// the route should lead to, for the fix.
func (w *walker) tgwHop(t *model.TGWRouteTable, dst netip.Prefix, want *model.TGWAttachment) *model.TGWAttachment {
	if w.stopped {
		return nil
	}
	c := w.tgwLookup(t, dst)
	if c.noRoute && want != nil {
		c.fix = fmt.Sprintf("add a route to %s via %s in %s", w.suggestPrefix(dst), want.Address, tgwTableName(t))
	}
	switch c.status {
	case Block:
		w.block(c.at, whatTGWTable, c.rule, c.fix)
	case Undecided:
		w.unsure(c.at, whatTGWTable, c.rule, c.unknown, true)
	default:
		w.pass(c.at, whatTGWTable, c.rule)
	}
	if w.stopped {
		return nil
	}
	return c.att
}

// maybeText says that the route described by text may not exist, when
// maybe; "" otherwise.
func maybeText(maybe bool, text string) string {
	if !maybe {
		return ""
	}
	return text + " may not exist (a count or for_each is not known)"
}
