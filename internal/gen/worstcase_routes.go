package gen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net/netip"
)

// worstCaseRoute is one inline route of a generated route table.
type worstCaseRoute struct {
	// CIDR is the destination, a quoted literal.
	CIDR string
	// Target is the target argument and Value its HCL expression:
	// "transit_gateway_id" and `"tgw-…"`, or "nat_gateway_id" and a
	// reference.
	Target, Value string
}

// worstCaseRouteTargets are the targets of the drawn routes: a transit
// gateway, a virtual private gateway, a network interface (an appliance)
// and a peering connection the configuration does not manage.
var worstCaseRouteTargets = []worstCaseRoute{
	{Target: "transit_gateway_id", Value: `"tgw-0123456789abcdef0"`},
	{Target: "gateway_id", Value: `"vgw-0123456789abcdef0"`},
	{Target: "network_interface_id", Value: `"eni-0123456789abcdef0"`},
	{Target: "vpc_peering_connection_id", Value: `"pcx-0123456789abcdef0"`},
}

// WorstCaseRouteTable returns the main.tf of a root module with one route
// table of n routes (n at least 8; AWS allows at most 1,000 per table),
// used by three private subnets in three zones. Besides the default route
// to a NAT gateway in the first zone and a route to a peered VPC of the
// configuration, the routes are distinct IPv4 blocks, /12 to /28, drawn
// from 172.16.0.0/12, 192.168.0.0/16 and 100.64.0.0/10 so that many nest
// inside others, with a transit gateway, a virtual private gateway, a
// network interface or an unmanaged peering connection as target. Three
// routes make rules fire: a /23 that two /24s cover (route-shadowed), a
// /10 through the unmanaged peering (peering-route-missing), and the
// default route, which sends two zones to the first zone's NAT gateway
// (nat-single-az). The same n gives the same bytes.
func WorstCaseRouteTable(n int) ([]byte, error) {
	const fixed = 6 // the default route, the peer route, the /23 and its two /24s, the /10
	if n < fixed+2 {
		return nil, fmt.Errorf("gen: WorstCaseRouteTable needs at least %d routes, not %d", fixed+2, n)
	}
	rng := rand.New(rand.NewPCG(DefaultSeed, uint64(n)))
	routes := []worstCaseRoute{
		{CIDR: quote("0.0.0.0/0"), Target: "nat_gateway_id", Value: "aws_nat_gateway.a.id"},
		{CIDR: quote("10.1.0.0/16"), Target: "vpc_peering_connection_id", Value: "aws_vpc_peering_connection.peer.id"},
	}
	seen := map[string]bool{}
	pools := []netip.Prefix{
		netip.MustParsePrefix("172.16.0.0/12"),
		netip.MustParsePrefix("192.168.0.0/17"), // 192.168.254.0/23 stays free for the shadowed route
		netip.MustParsePrefix("100.64.0.0/10"),
	}
	for len(routes) < n-(fixed-2) {
		p := randomPrefixIn(rng, pick(rng, pools), 28)
		if seen[p.String()] {
			continue
		}
		seen[p.String()] = true
		r := pick(rng, worstCaseRouteTargets)
		r.CIDR = quote(p.String())
		routes = append(routes, r)
	}
	tgw, eni, pcx := worstCaseRouteTargets[0], worstCaseRouteTargets[2], worstCaseRouteTargets[3]
	tgw.CIDR, pcx.CIDR = quote("192.168.254.0/23"), quote("10.64.0.0/10")
	low, high := eni, eni
	low.CIDR, high.CIDR = quote("192.168.254.0/24"), quote("192.168.255.0/24")
	routes = append(routes, tgw, low, high, pcx)
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, "worst-case-routes.tf.tmpl", routes); err != nil {
		return nil, fmt.Errorf("gen: rendering the worst-case route table: %w", err)
	}
	return buf.Bytes(), nil
}

// randomPrefixIn returns a random block inside pool, from pool's length
// to maxBits.
func randomPrefixIn(rng *rand.Rand, pool netip.Prefix, maxBits int) netip.Prefix {
	a := pool.Addr().As4()
	v := uint32(a[0])<<24 | uint32(a[1])<<16 | uint32(a[2])<<8 | uint32(a[3])
	v |= rng.Uint32() >> pool.Bits()
	addr := netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)})
	return netip.PrefixFrom(addr, pool.Bits()+rng.IntN(maxBits-pool.Bits()+1)).Masked()
}
