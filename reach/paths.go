package reach

import (
	"fmt"

	"github.com/vpclint/vpclint/model"
)

// Kinds of component, besides those of the other files.
const (
	whatPeering  = "peering connection"
	whatNAT      = "NAT gateway"
	whatEndpoint = "endpoint"
)

// run walks the query: from a source in a subnet along its route, or,
// from an outside network, along the way the destination's replies take.
func (w *walker) run() {
	if w.src.outside() {
		w.fromOutside()
		return
	}
	w.sgEgress()
	c := w.lookup(w.src.subnet, w.dst.addr)
	if !w.routeHop(c) {
		return
	}
	switch {
	case c.local:
		w.local()
	case c.vgw != nil:
		w.toVGW(c.vgw)
	default:
		w.viaRoute(c.route)
	}
}

// routeHop records a route lookup; it reports whether the walk goes on.
func (w *walker) routeHop(c choice) bool {
	switch c.status {
	case Block:
		w.block(c.at, whatRoute, c.rule, c.fix)
	case Undecided:
		w.unsure(c.at, whatRoute, c.rule, c.unknown, true)
	default:
		w.pass(c.at, whatRoute, c.rule)
	}
	return !w.stopped
}

// viaRoute follows the request along the static route r of the source's
// subnet.
func (w *walker) viaRoute(r *model.Route) {
	switch r.TargetKind {
	case model.TargetPeering:
		w.viaPeering(r)
	case model.TargetTransitGateway:
		w.toTGW(r)
	case model.TargetVPNGateway:
		w.toVGW(r.VPNGateway)
	case model.TargetInternetGateway:
		w.toInternet()
	case model.TargetNATGateway:
		w.viaNAT(r)
	case model.TargetUnknown:
		why := "the target of " + routeName(r) + " is not known before apply"
		w.unsure(r.Location, whatRoute, why, why, true)
	default:
		why := fmt.Sprintf("vpclint does not follow routes to %s", r.Target.Value)
		w.unsure(r.Location, whatRoute, why, why, true)
	}
}

// reqPorts and the helpers below name the traffic of each leg.
func (w *walker) reply() model.PortRange { return w.replyPorts(w.q.Ephemeral) }

// local checks a connection within one VPC, over the local route.
func (w *walker) local() {
	s1, s2 := w.src.subnet, w.dst.subnet
	if s2 == nil || s2.VPC != s1.VPC {
		// The destination's VPC overlaps the source's: the local route
		// keeps the traffic in the source's VPC.
		w.block(w.hops[len(w.hops)-1].Resource, whatRoute,
			fmt.Sprintf("the local route keeps traffic for %s inside %s, whose CIDR blocks overlap its VPC's", addrText(w.dst.addr), vpcName(s1.VPC)),
			"give the two VPCs CIDR blocks that do not overlap")
		return
	}
	if s1 != s2 {
		w.nacl(s1, model.Egress, w.requestPorts(), w.dst.addr)
		w.nacl(s2, model.Ingress, w.requestPorts(), w.src.addr)
	}
	w.sgIngress()
	w.ret = true
	if s1 != s2 {
		w.nacl(s2, model.Egress, w.reply(), w.src.addr)
		w.routeBack(s2, func(c choice) bool { return c.local }, "the local route")
		w.nacl(s1, model.Ingress, w.reply(), w.dst.addr)
	}
}

// routeBack checks that replies from subnet s go back the way the request
// came: ok tells the right route, expected names it.
func (w *walker) routeBack(s *model.Subnet, ok func(choice) bool, expected string) {
	if w.stopped {
		return
	}
	c := w.lookup(s, w.src.addr)
	if c.status != Pass || ok(c) {
		w.routeHop(c)
		return
	}
	w.block(c.at, whatRoute, fmt.Sprintf("replies to %s take %s, not %s", addrText(w.src.addr), c.rule, expected),
		fmt.Sprintf("route %s via %s in the route table of %s", w.src.addr, expected, s.Address))
}

// viaPeering follows the request over a peering connection.
func (w *walker) viaPeering(r *model.Route) {
	p := r.Peering
	s1 := w.src.subnet
	if p == nil {
		why := "the peering connection " + r.Target.Value + " is not in the configuration"
		w.unsure(r.Location, whatPeering, why, why, true)
		return
	}
	var other *model.VPC
	switch s1.VPC {
	case p.Requester:
		other = p.Accepter
	case p.Accepter:
		other = p.Requester
	default:
		w.block(r.Location, whatRoute, fmt.Sprintf("%s targets %s, which does not connect %s", routeText(r), p.Address, vpcName(s1.VPC)),
			"route "+w.dst.addr.String()+" via a peering connection of "+vpcName(s1.VPC))
		return
	}
	switch {
	case other == nil:
		why := "the peer VPC of " + p.Address + " is not known"
		w.unsure(p.Loc(), whatPeering, why, why, true)
		return
	case w.dst.outside() || w.dst.subnet.VPC != other:
		w.block(p.Loc(), whatPeering, fmt.Sprintf("%s leads to %s, which does not hold %s (peering is not transitive)", p.Address, other.Address, w.dst.label),
			fmt.Sprintf("route %s via the connection that leads to it", w.dst.addr))
		return
	}
	w.noRefs = p.PeerRegion.Known && p.PeerRegion.Value != ""
	s2 := w.dst.subnet
	w.nacl(s1, model.Egress, w.requestPorts(), w.dst.addr)
	w.pass(p.Loc(), whatPeering, fmt.Sprintf("connects %s and %s", s1.VPC.Address, other.Address))
	w.nacl(s2, model.Ingress, w.requestPorts(), w.src.addr)
	w.sgIngress()
	w.ret = true
	w.nacl(s2, model.Egress, w.reply(), w.src.addr)
	w.routeBack(s2, func(c choice) bool { return c.route != nil && c.route.Peering == p }, p.Address)
	w.nacl(s1, model.Ingress, w.reply(), w.dst.addr)
}

// toTGW follows the request from the source's VPC into a transit gateway,
// to a VPC attachment or a VPN attachment.
func (w *walker) toTGW(r *model.Route) {
	g, s1 := r.TransitGateway, w.src.subnet
	if g == nil {
		why := "the transit gateway " + r.Target.Value + " is not in the configuration"
		w.unsure(r.Location, whatRoute, why, why, true)
		return
	}
	a1 := w.vpcAttachment(g, s1.VPC)
	if a1 == nil {
		return
	}
	w.nacl(s1, model.Egress, w.requestPorts(), w.dst.addr)
	t1 := w.attachmentSubnet(a1, s1)
	if t1 == nil {
		return
	}
	w.nacl(t1, model.Ingress, w.requestPorts(), w.src.addr)
	var want *model.TGWAttachment
	if !w.dst.outside() {
		want, _ = vpcAttachment(g, w.dst.subnet.VPC)
	}
	a2 := w.tgwHop(w.attachmentTable(a1), w.dst.addr, want)
	if a2 == nil {
		return
	}
	if w.dst.outside() {
		w.tgwToOutside(a1, a2, s1, t1)
		return
	}
	if a2.Kind != model.TGWAttachVPC || a2.VPC != w.dst.subnet.VPC {
		w.block(a2.Loc(), whatTGWAttachment, fmt.Sprintf("%s does not lead to %s", a2.Address, vpcName(w.dst.subnet.VPC)),
			fmt.Sprintf("route %s to the attachment of %s", w.dst.addr, vpcName(w.dst.subnet.VPC)))
		return
	}
	s2 := w.dst.subnet
	t2 := w.attachmentSubnet(a2, s2)
	if t2 == nil {
		return
	}
	if t2 != s2 {
		w.nacl(t2, model.Egress, w.requestPorts(), w.dst.addr)
		w.nacl(s2, model.Ingress, w.requestPorts(), w.src.addr)
	}
	w.sgIngress()
	w.ret = true
	w.nacl(s2, model.Egress, w.reply(), w.src.addr)
	w.routeBack(s2, func(c choice) bool { return c.route != nil && c.route.TransitGateway == g }, g.Address)
	w.nacl(t2, model.Ingress, w.reply(), w.dst.addr)
	w.tgwBack(a2, a1)
	if t1 != s1 {
		w.nacl(t1, model.Egress, w.reply(), w.src.addr)
		w.nacl(s1, model.Ingress, w.reply(), w.dst.addr)
	}
}

// tgwToOutside follows the request from a transit gateway into a VPN
// attachment, and its reply back to attachment a1 of the source's VPC.
func (w *walker) tgwToOutside(a1, a2 *model.TGWAttachment, s1, t1 *model.Subnet) {
	if a2.Kind != model.TGWAttachVPN || a2.VPN == nil {
		w.block(a2.Loc(), whatTGWAttachment, fmt.Sprintf("%s does not lead to %s", a2.Address, w.dst.label),
			fmt.Sprintf("route %s to the VPN attachment that leads there", w.dst.addr))
		return
	}
	w.tunnel(a2.VPN, w.dst.addr, w.src.addr)
	w.ret = true
	w.tgwBack(a2, a1)
	if t1 != s1 {
		w.nacl(t1, model.Egress, w.reply(), w.src.addr)
		w.nacl(s1, model.Ingress, w.reply(), w.dst.addr)
	}
}

// tgwBack checks that the route table of attachment from sends replies
// to the source back to attachment to.
func (w *walker) tgwBack(from, to *model.TGWAttachment) {
	t := w.attachmentTable(from)
	if w.stopped {
		return
	}
	c := w.tgwLookup(t, w.src.addr)
	if c.status == Pass && c.att != to {
		w.block(c.at, whatTGWTable, fmt.Sprintf("replies to %s take %s, not %s", addrText(w.src.addr), c.rule, to.Address),
			fmt.Sprintf("route %s via %s in %s", w.src.addr, to.Address, tgwTableName(t)))
		return
	}
	w.tgwHop(t, w.src.addr, to)
}

// vpcAttachment returns g's attachment for vpc, or records why there is
// none.
func (w *walker) vpcAttachment(g *model.TransitGateway, vpc *model.VPC) *model.TGWAttachment {
	a, ok := vpcAttachment(g, vpc)
	switch {
	case a != nil:
	case !ok:
		why := fmt.Sprintf("whether %s is attached to %s is not known (an attachment's VPC is not known)", vpcName(vpc), g.Address)
		w.unsure(g.Loc(), whatTGWAttachment, why, why, true)
	default:
		w.block(g.Loc(), whatTGWAttachment, fmt.Sprintf("%s has no attachment to %s", vpcName(vpc), g.Address),
			fmt.Sprintf("attach %s to %s (aws_ec2_transit_gateway_vpc_attachment)", vpcName(vpc), g.Address))
	}
	return a
}

// attachmentSubnet returns the subnet of attachment a that serves subnet
// s's Availability Zone, or records why there is none.
func (w *walker) attachmentSubnet(a *model.TGWAttachment, s *model.Subnet) *model.Subnet {
	if w.stopped {
		return nil
	}
	t, unknown := attachmentSubnet(a, s)
	switch {
	case unknown != "":
		w.unsure(a.Loc(), whatTGWAttachment, unknown, unknown, true)
	case t == nil:
		w.block(a.Loc(), whatTGWAttachment, fmt.Sprintf("has no subnet in the Availability Zone of %s (%s)", s.Address, s.AvailabilityZone.Value),
			fmt.Sprintf("add a subnet in %s to the subnet_ids of %s", s.AvailabilityZone.Value, a.Address))
	default:
		w.pass(a.Loc(), whatTGWAttachment, fmt.Sprintf("serves %s through %s (%s)", s.Address, t.Address, s.AvailabilityZone.Value))
	}
	return t
}

// toVGW follows the request from the source's VPC to a virtual private
// gateway and a VPN connection.
func (w *walker) toVGW(g *model.VPNGateway) {
	s1 := w.src.subnet
	switch {
	case g == nil:
		why := "the virtual private gateway of the route is not in the configuration"
		w.unsure(w.hops[len(w.hops)-1].Resource, whatVGW, why, why, true)
		return
	case !w.dst.outside():
		w.block(g.Loc(), whatVGW, fmt.Sprintf("%s leads out of AWS, but %s is in %s", g.Address, w.dst.label, vpcName(w.dst.subnet.VPC)),
			fmt.Sprintf("route %s via the peering or transit gateway that leads to its VPC", w.dst.addr))
		return
	}
	if !w.vgwAttached(g, s1.VPC) {
		return
	}
	w.nacl(s1, model.Egress, w.requestPorts(), w.dst.addr)
	w.vgwCarries(g, w.dst.addr, w.src.addr)
	w.ret = true
	w.nacl(s1, model.Ingress, w.reply(), w.dst.addr)
}

// vgwAttached checks that g is attached to vpc.
func (w *walker) vgwAttached(g *model.VPNGateway, vpc *model.VPC) bool {
	switch g.VPC {
	case vpc:
		return true
	case nil:
		why := "the VPC " + g.Address + " is attached to is not known"
		w.unsure(g.Loc(), whatVGW, why, why, true)
	default:
		w.block(g.Loc(), whatVGW, fmt.Sprintf("%s is attached to %s, not %s", g.Address, g.VPC.Address, vpcName(vpc)),
			fmt.Sprintf("attach a virtual private gateway to %s", vpcName(vpc)))
	}
	return false
}

// toInternet follows the request to an internet gateway.
func (w *walker) toInternet() {
	if w.dst.outside() {
		w.publicAddress(w.src)
		w.nacl(w.src.subnet, model.Egress, w.requestPorts(), w.dst.addr)
		w.ret = true
		w.nacl(w.src.subnet, model.Ingress, w.reply(), w.dst.addr)
		return
	}
	w.block(w.hops[len(w.hops)-1].Resource, whatRoute, fmt.Sprintf("the route leads to the internet, but %s is in %s", w.dst.label, vpcName(w.dst.subnet.VPC)),
		fmt.Sprintf("route %s via the peering or transit gateway that leads to its VPC", w.dst.addr))
}

// publicAddress checks that e has a public IPv4 address, which traffic
// through an internet gateway needs.
func (w *walker) publicAddress(e *end) {
	if !e.addr.Addr().Is4() {
		return // IPv6 addresses are public
	}
	switch {
	case !e.public.Known:
		why := "whether " + e.label + " has a public IP address is not known"
		w.unsure(e.at, whatEndpoint, why, why, false)
	case !e.public.Value:
		w.block(e.at, whatEndpoint, "has no public IP address, so the internet gateway drops its traffic",
			"give "+e.label+" a public or Elastic IP address, or route through a NAT gateway")
	default:
		w.pass(e.at, whatEndpoint, "has a public IP address")
	}
}

// viaNAT follows the request through a NAT gateway to the internet.
func (w *walker) viaNAT(r *model.Route) {
	n, s1 := r.NATGateway, w.src.subnet
	var why string
	switch {
	case n == nil:
		why = "the NAT gateway " + r.Target.Value + " is not in the configuration"
	case !w.dst.outside():
		why = fmt.Sprintf("vpclint follows NAT gateways only to outside networks, and %s is in %s", w.dst.label, vpcName(w.dst.subnet.VPC))
	case !n.ConnectivityType.Known || n.ConnectivityType.Value != "public":
		why = "vpclint follows only public NAT gateways, and " + n.Address + " is private or not known to be public"
	case n.Subnet == nil:
		why = "the subnet of " + n.Address + " is not known"
	}
	if why != "" {
		w.unsure(r.Location, whatNAT, why, why, true)
		return
	}
	ns := n.Subnet
	w.nacl(s1, model.Egress, w.requestPorts(), w.dst.addr)
	if ns != s1 {
		w.nacl(ns, model.Ingress, w.requestPorts(), w.src.addr)
	}
	w.pass(n.Loc(), whatNAT, fmt.Sprintf("in %s: sends the request on from its own address", ns.Address))
	c := w.lookup(ns, w.dst.addr)
	if c.status == Pass && (c.route == nil || c.route.TargetKind != model.TargetInternetGateway) {
		w.block(c.at, whatRoute, fmt.Sprintf("the NAT gateway's subnet %s sends %s along %s, not to an internet gateway", ns.Address, addrText(w.dst.addr), c.rule),
			fmt.Sprintf("route %s via an internet gateway in the route table of %s", w.dst.addr, ns.Address))
		return
	}
	w.routeHop(c)
	w.nacl(ns, model.Egress, w.requestPorts(), w.dst.addr)
	w.ret = true
	w.nacl(ns, model.Ingress, w.replyPorts(natEphemeral), w.dst.addr)
	if ns != s1 {
		w.nacl(ns, model.Egress, w.reply(), w.src.addr)
		w.nacl(s1, model.Ingress, w.reply(), w.dst.addr)
	}
}
