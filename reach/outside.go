package reach

import (
	"fmt"

	"github.com/vpclint/vpclint/model"
)

// fromOutside walks a query from an outside network to a destination in
// a subnet. Where the outside network comes in is read from the route the
// destination's replies take (the outside side is assumed to send its
// traffic the same way).
func (w *walker) fromOutside() {
	s2 := w.dst.subnet
	c := w.lookup(s2, w.src.addr)
	var r *model.Route
	if c.status == Pass {
		r = c.route
	}
	switch {
	case c.status != Pass || c.local:
		w.arrive(s2)
		w.ret = true
		w.nacl(s2, model.Egress, w.reply(), w.src.addr)
		w.routeHop(c)
	case c.vgw != nil:
		w.fromVGW(c, c.vgw)
	case r.TargetKind == model.TargetVPNGateway:
		w.fromVGW(c, r.VPNGateway)
	case r.TargetKind == model.TargetTransitGateway:
		w.fromTGW(c, r.TransitGateway)
	case r.TargetKind == model.TargetInternetGateway:
		w.publicAddress(w.dst)
		w.arrive(s2)
		w.ret = true
		w.nacl(s2, model.Egress, w.reply(), w.src.addr)
		w.routeHop(c)
	default:
		w.arrive(s2)
		w.ret = true
		w.nacl(s2, model.Egress, w.reply(), w.src.addr)
		w.routeHop(c)
		if r.TargetKind == model.TargetNATGateway {
			w.block(c.at, whatRoute, fmt.Sprintf("replies to %s leave through %s, which does not accept connections from outside", addrText(w.src.addr), r.Target.Value),
				fmt.Sprintf("route %s via the internet gateway, VPN or transit gateway it comes in through", w.src.addr))
			return
		}
		why := fmt.Sprintf("replies to %s are routed to %s; vpclint follows outside networks only through VPN, transit and internet gateways", addrText(w.src.addr), r.Target.Value)
		w.unsure(c.at, whatRoute, why, why, true)
	}
}

// arrive checks the request entering the destination's subnet s from an
// outside network: its network ACL and the destination's groups.
func (w *walker) arrive(s *model.Subnet) {
	w.nacl(s, model.Ingress, w.requestPorts(), w.src.addr)
	w.sgIngress()
}

// fromVGW walks a connection from an outside network that comes in
// through virtual private gateway g (the route c of the destination's
// replies leads there).
func (w *walker) fromVGW(c choice, g *model.VPNGateway) {
	s2 := w.dst.subnet
	if g == nil {
		why := "the virtual private gateway of " + c.rule + " is not in the configuration"
		w.unsure(c.at, whatVGW, why, why, true)
		return
	}
	if !w.vgwAttached(g, s2.VPC) {
		return
	}
	w.pass(g.Loc(), whatVGW, fmt.Sprintf("%s comes in through it", addrText(w.src.addr)))
	w.arrive(s2)
	w.ret = true
	w.nacl(s2, model.Egress, w.reply(), w.src.addr)
	w.routeHop(c)
	w.vgwCarries(g, w.src.addr, w.dst.addr)
}

// fromTGW walks a connection from an outside network that comes in
// through a VPN attachment of transit gateway g (the route c of the
// destination's replies leads to g). The attachment is the one the
// destination attachment's route table sends replies to; when that table
// has no usable route, the gateway's first VPN attachment, so that the
// request is still checked before the reply's route blocks.
func (w *walker) fromTGW(c choice, g *model.TransitGateway) {
	s2 := w.dst.subnet
	if g == nil {
		why := "the transit gateway of " + c.rule + " is not in the configuration"
		w.unsure(c.at, whatRoute, why, why, true)
		return
	}
	a2 := w.vpcAttachment(g, s2.VPC)
	if a2 == nil {
		return
	}
	entry := w.entryAttachment(g, a2)
	if entry == nil {
		why := fmt.Sprintf("no VPN attachment of %s in the configuration carries %s", g.Address, addrText(w.src.addr))
		w.unsure(g.Loc(), whatTGWAttachment, why, why, true)
		return
	}
	w.tunnel(entry.VPN, w.src.addr, w.dst.addr)
	if to := w.tgwHop(w.attachmentTable(entry), w.dst.addr, a2); to != nil && to != a2 {
		w.block(to.Loc(), whatTGWAttachment, fmt.Sprintf("%s does not lead to %s", to.Address, vpcName(s2.VPC)),
			fmt.Sprintf("route %s to %s in the route table of %s", w.dst.addr, a2.Address, entry.Address))
	}
	t2 := w.attachmentSubnet(a2, s2)
	if t2 == nil {
		return
	}
	// From the gateway to its own attachment subnet, no network ACL applies.
	if t2 != s2 {
		w.nacl(t2, model.Egress, w.requestPorts(), w.dst.addr)
		w.nacl(s2, model.Ingress, w.requestPorts(), w.src.addr)
	}
	w.sgIngress()
	w.ret = true
	w.nacl(s2, model.Egress, w.reply(), w.src.addr)
	w.routeHop(c)
	w.nacl(t2, model.Ingress, w.reply(), w.dst.addr)
	w.tgwBack(a2, entry)
}

// entryAttachment is the VPN attachment an outside network comes into g
// through: where a2's route table sends the replies, else g's first VPN
// attachment.
func (w *walker) entryAttachment(g *model.TransitGateway, a2 *model.TGWAttachment) *model.TGWAttachment {
	if a2.RouteTableKnown && a2.RouteTable != nil {
		if c := w.tgwLookup(a2.RouteTable, w.src.addr); c.status == Pass && c.att != nil && c.att.VPN != nil {
			return c.att
		}
	}
	for _, a := range g.Attachments {
		if a.Kind == model.TGWAttachVPN && a.VPN != nil {
			return a
		}
	}
	return nil
}
