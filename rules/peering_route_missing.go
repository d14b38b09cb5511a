package rules

import (
	"net/netip"

	"go4.org/netipx"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// PeeringRouteMissing reports a VPC peering routed on one side only, and
// routes through a peering to addresses outside the peer VPC.
var PeeringRouteMissing = &lint.Rule{
	ID:               "peering-route-missing",
	Severity:         lint.Error,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "VPC peering routed on one side only, or routed to addresses outside the peer VPC",
		Why: `A VPC peering carries nothing until both sides route to it: the requester VPC's route
tables need a route to the accepter's CIDR blocks through the peering, and the accepter
VPC's route tables need the mirror route back to the requester's blocks. With routes on one
side only, packets reach the peer but its replies follow the peer's own route tables, which
have no way back: every connection over the peering times out, which looks like a security
group or NACL problem and is often debugged as one.

A peering also delivers only to the peer VPC's own addresses. It does not forward to
networks beyond the peer (another peering, a VPN, Direct Connect, a NAT or internet gateway):
transitive peering is not supported. A route through the peering to a destination outside
every CIDR block of the peer VPC black-holes that traffic, where another route (a transit
gateway, the default route) might have carried it.

Cost: quadratic in the routes of one table, since each route through a peering is compared
with the table's other routes, and linear in peerings; a table of 1,000 routes takes about
3 ms, and a full mesh of 126 VPCs (7,875 peerings) about 15 ms (BenchmarkRouteTableWorstCase,
BenchmarkPeeringWorstCase).`,
		Example: `resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "app_shared" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id
}`,
		Fixed: `resource "aws_vpc" "app" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "shared" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "app_shared" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true
}

resource "aws_route_table" "app" {
  vpc_id = aws_vpc.app.id

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}

resource "aws_route_table" "shared" {
  vpc_id = aws_vpc.shared.id

  route {
    cidr_block                = "10.0.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.app_shared.id
  }
}`,
		HowToFix: `Add the missing side's routes: in each route table of the other VPC that the subnets talking
over the peering use, a route to the first VPC's CIDR blocks with
` + "`vpc_peering_connection_id`" + ` set to the peering (as inline ` + "`route`" + ` blocks or ` + "`aws_route`" + `
resources, not both). For a route to addresses outside the peer VPC, narrow its destination
to the peer's CIDR blocks; reach networks beyond the peer through a transit gateway or a
peering with the VPC that holds them.`,
		Silent: `The one-side check needs both VPCs of the peering in the configuration: it stays silent
when the requester or accepter VPC is given as an id or a variable (typically because the
accepter side lives in another account's configuration). It is also silent when a route of
the same configuration has a target that cannot be resolved or a route table has routes
that cannot be determined (either may be the missing route), when a route through the
peering sits in a route table whose VPC is unknown, and when the peering's id is exported
through a root module output or handed to a module vpclint did not load (the other side's
routes may live there). A route whose ` + "`count`" + ` or ` + "`for_each`" + ` is unknown counts as present on
the missing side but not as proof of the routed side.

The destination check compares with the peer VPC's blocks when the peer is in the
configuration, and is silent when one of them is unknown (IPAM, Amazon-generated IPv6). When
the peer is not in the configuration, it reports only IPv4 routes that leave the peering more
addresses than any VPC can hold (50 blocks of at most /16, the ceiling of the adjustable
quota), such as ` + "`0.0.0.0/0`" + ` through a peering. Either way it is silent for a route in a
route table that is not in the model, and, when the destination is partly inside the peer
(or the peer is unknown), when other routes of the table that could take the rest are not
all known (prefix lists, unknown destinations, dynamic blocks) or, for a known peer, a block
of the table's own VPC is unknown.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html",
			"https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html",
			"https://docs.aws.amazon.com/vpc/latest/peering/invalid-peering-configurations.html",
			"https://docs.aws.amazon.com/general/latest/gr/vpc-service.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route",
		},
	},
	Run: runPeeringRouteMissing,
}

func runPeeringRouteMissing(pass *lint.Pass) error {
	routes := allRoutes(pass.Network)
	for _, r := range routes {
		if r.Table != nil && r.TargetKind == model.TargetPeering && r.Destination.IsSet() {
			if peer, ok := peeringRouteMissingPeer(r); ok {
				peeringRouteMissingOutside(pass, r, peer)
			} else {
				peeringRouteMissingTooWide(pass, r)
			}
		}
	}
	byPeering := groupBy(routes, routePeering)
	for _, p := range pass.Network.Peerings {
		req, acc := p.Requester, p.Accepter
		if req == nil || acc == nil || req == acc || p.RoutesIncomplete || len(p.ExportedBy) > 0 {
			continue
		}
		peeringRouteMissingSide(pass, p, byPeering[p])
	}
	return nil
}

// peeringRouteMissingPeer returns the VPC at the other end of the peering
// that route r targets, when the peering and both its VPCs are in the
// model and r's table belongs to one of them.
func peeringRouteMissingPeer(r *model.Route) (*model.VPC, bool) {
	p := r.Peering
	if p == nil || p.Requester == nil || p.Accepter == nil || p.Requester == p.Accepter {
		return nil, false
	}
	switch r.Table.VPC {
	case p.Requester:
		return p.Accepter, true
	case p.Accepter:
		return p.Requester, true
	}
	return nil, false
}

// peeringRouteMissingSide reports a peering with certain routes on one
// side and none, not even possible ones, on the other.
func peeringRouteMissingSide(pass *lint.Pass, p *model.Peering, mine []*model.Route) {
	var certain [2][]*model.Route // requester, accepter
	var possible [2]bool
	for _, r := range mine {
		var side int
		switch {
		case r.Table == nil || r.Table.VPC == nil:
			return // a route through the peering on an unknown side
		case r.Table.VPC == p.Requester:
			side = 0
		case r.Table.VPC == p.Accepter:
			side = 1
		default:
			return // a third VPC's table: invalid, and not this rule's concern
		}
		possible[side] = true
		if !r.MaybeAbsent && !r.Table.MaybeAbsent {
			certain[side] = append(certain[side], r)
		}
	}
	vpcs := [2]*model.VPC{p.Requester, p.Accepter}
	names := [2]string{"requester", "accepter"}
	for side := range 2 {
		other := 1 - side
		if len(certain[side]) == 0 || possible[other] {
			continue
		}
		routed := make([]string, len(certain[side]))
		for i, r := range certain[side] {
			routed[i] = routeText(r)
		}
		pass.Reportf(p, "peering %s is routed only from the %s side, %s (%s), and no route table of %s %s "+
			"sends traffic back through it: replies to %s never return, so every connection over the peering "+
			"times out; add a route to %s via %s to the route tables of %s that its subnets use",
			p.Address, names[side], vpcs[side].Address, joinUpTo(routed, 3), names[other], vpcs[other].Address,
			vpcs[side].Address, peeringRouteMissingBlocks(vpcs[side]), p.Address, vpcs[other].Address)
	}
}

// peeringRouteMissingBlocks names vpc's known IPv4 blocks, or its CIDR
// blocks in general when none is known.
func peeringRouteMissingBlocks(vpc *model.VPC) string {
	var blocks []string
	for _, c := range vpc.CIDRs {
		if c.IsSet() && !c.IPv6 {
			blocks = append(blocks, c.Prefix.Prefix.String())
		}
	}
	if len(blocks) == 0 {
		return vpc.Address + "'s CIDR blocks"
	}
	return naclJoin(blocks)
}

// peeringRouteMissingOutside reports route r through a peering to VPC peer
// when part of its destination lies outside every block of peer and no
// other route of its table takes that part.
func peeringRouteMissingOutside(pass *lint.Pass, r *model.Route, peer *model.VPC) {
	dst := r.Destination.Prefix
	own := r.Table.VPC
	ipv6 := dst.Addr().Is6()
	peerSet, known := vpcCIDRSet(peer, ipv6, true)
	if !known {
		return
	}
	var b netipx.IPSetBuilder
	b.AddPrefix(dst)
	b.RemoveSet(peerSet)
	outside, _ := b.IPSet()
	if len(outside.Prefixes()) == 0 {
		return
	}
	ownSet, ownKnown := vpcCIDRSet(own, ipv6, true)
	b.RemoveSet(ownSet)
	others, othersKnown := peeringRouteMissingMoreSpecific(r)
	b.RemoveSet(others)
	dropped, _ := b.IPSet()
	if len(dropped.Prefixes()) == 0 {
		return // other routes take everything outside the peer
	}
	peerText := prefixesText(peerSet, 4)
	if !peerSet.OverlapsPrefix(dst) {
		pass.Reportf(r, "%s sends %s through peering %s, but no address of it is in %s (%s): a peering delivers "+
			"only to the peer VPC's own addresses and never forwards beyond it (no transitive peering, VPN, Direct "+
			"Connect or gateway), so this traffic is dropped; set the destination to %s, or route %s through a "+
			"transit gateway or a peering with the VPC that holds it",
			routeText(r), dst, r.Peering.Address, peer.Address, peerText, peerText, dst)
		return
	}
	if !ownKnown || !othersKnown {
		return // an unknown block or route may take the rest
	}
	pass.Reportf(r, "%s sends %s through peering %s, but %s holds only %s of it: traffic to %s is dropped, "+
		"because a peering never forwards beyond the peer VPC's own addresses; narrow the destination to %s",
		routeText(r), dst, r.Peering.Address, peer.Address, prefixesText(peeringRouteMissingInside(dst, peerSet), 4),
		prefixesText(dropped, 4), peerText)
}

// peeringRouteMissingInside returns the part of dst inside set.
func peeringRouteMissingInside(dst netip.Prefix, set *netipx.IPSet) *netipx.IPSet {
	var b netipx.IPSetBuilder
	b.AddPrefix(dst)
	b.Intersect(set)
	s, _ := b.IPSet()
	return s
}

// peeringRouteMissingMoreSpecific returns the destinations of r's table's
// routes that are more specific than r and of its family, and whether all
// the table's routes that could be are known.
func peeringRouteMissingMoreSpecific(r *model.Route) (*netipx.IPSet, bool) {
	var b netipx.IPSetBuilder
	known := !r.Table.Incomplete
	dst := r.Destination.Prefix
	for _, o := range r.Table.Routes {
		switch {
		case o == r:
		case !o.Destination.IsSet():
			known = false // a prefix list or an unknown destination
		case o.Destination.Prefix.Bits() > dst.Bits() && dst.Overlaps(o.Destination.Prefix):
			b.AddPrefix(o.Destination.Prefix)
		}
	}
	s, _ := b.IPSet()
	return s, known
}

// A VPC has at most 50 IPv4 blocks (the adjustable quota's ceiling), each
// at most a /16: no peer VPC holds more IPv4 addresses than this.
const peeringRouteMissingMaxVPCAddrs = 50 << 16

// peeringRouteMissingTooWide reports an IPv4 route through a peering whose
// peer VPC is not in the model, when more of its destination is left to
// the peering than any VPC could hold (0.0.0.0/0 through a peering).
func peeringRouteMissingTooWide(pass *lint.Pass, r *model.Route) {
	dst := r.Destination.Prefix
	if !dst.Addr().Is4() {
		return
	}
	others, known := peeringRouteMissingMoreSpecific(r)
	if !known {
		return
	}
	var b netipx.IPSetBuilder
	b.AddPrefix(dst)
	b.RemoveSet(others)
	// The table's own VPC keeps its addresses local; when its blocks are
	// not all known, assume it holds as many as a VPC can.
	var ownUnknown uint64
	if own := r.Table.VPC; own != nil {
		ownSet, ownKnown := vpcCIDRSet(own, false, true)
		b.RemoveSet(ownSet)
		if !ownKnown {
			ownUnknown = peeringRouteMissingMaxVPCAddrs
		}
	} else {
		ownUnknown = peeringRouteMissingMaxVPCAddrs
	}
	rest, _ := b.IPSet()
	var n uint64
	for _, rg := range rest.Ranges() {
		n += peeringRouteMissingRangeSize(rg)
	}
	if n <= ownUnknown+peeringRouteMissingMaxVPCAddrs {
		return
	}
	pass.Reportf(r, "%s sends %s through %s, but a VPC holds at most 50 IPv4 blocks of at most /16 "+
		"(3,276,800 addresses), so at least %d of the addresses it sends there lie outside the peer VPC and are "+
		"dropped: a peering never forwards beyond the peer VPC's own addresses (no transitive peering, VPN, Direct "+
		"Connect or gateway); narrow the destination to the peer VPC's CIDR blocks", routeText(r), dst,
		peeringRouteMissingName(r), n-ownUnknown-peeringRouteMissingMaxVPCAddrs)
}

// peeringRouteMissingRangeSize returns the number of addresses of an IPv4
// range.
func peeringRouteMissingRangeSize(rg netipx.IPRange) uint64 {
	from, to := rg.From().As4(), rg.To().As4()
	lo := uint64(from[0])<<24 | uint64(from[1])<<16 | uint64(from[2])<<8 | uint64(from[3])
	hi := uint64(to[0])<<24 | uint64(to[1])<<16 | uint64(to[2])<<8 | uint64(to[3])
	return hi - lo + 1
}

// peeringRouteMissingName names the peering a route targets: "peering
// pcx-…", or "a peering whose id is unknown".
func peeringRouteMissingName(r *model.Route) string {
	if r.Target.Value == "" {
		return "a peering whose id is unknown"
	}
	return "peering " + r.Target.Value
}
