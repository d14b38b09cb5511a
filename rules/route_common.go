package rules

import (
	"fmt"
	"net/netip"

	"go4.org/netipx"

	"github.com/vpclint/vpclint/model"
)

// Helpers shared by the route, NAT gateway and peering rules.

// allRoutes returns every route of the network: each table's routes, then
// the aws_route resources whose table is not in the model.
func allRoutes(n *model.Network) []*model.Route {
	var out []*model.Route
	for _, t := range n.RouteTables {
		out = append(out, t.Routes...)
	}
	return append(out, n.UnattachedRoutes...)
}

// routeDest is a route's destination as written: "10.1.0.0/16", the
// prefix list, or "an unknown destination".
func routeDest(r *model.Route) string {
	switch {
	case r.Destination.IsSet():
		return r.Destination.Prefix.String()
	case r.PrefixList.Value != "":
		return "prefix list " + r.PrefixList.Value
	}
	return "an unknown destination"
}

// routeTarget names a route's target: the address or id as written, or
// "an unknown peering", "an unknown NAT gateway", "an unknown target".
func routeTarget(r *model.Route) string {
	switch {
	case r.Target.Value != "":
		return r.Target.Value
	case r.TargetKind == model.TargetPeering:
		return "an unknown peering"
	case r.TargetKind == model.TargetNATGateway:
		return "an unknown NAT gateway"
	}
	return "an unknown target"
}

// routeText names a route for a message: "aws_route.to_b (10.1.0.0/16 via
// aws_vpc_peering_connection.ab in aws_route_table.private)" for a route
// resource, "route 10.1.0.0/16 via … in aws_route_table.private" for an
// inline one.
func routeText(r *model.Route) string { return routeLabel(r, true) }

// routeLabel is routeText, without the table when withTable is false (for
// routes named next to another route of the same table).
func routeLabel(r *model.Route, withTable bool) string {
	what := routeDest(r) + " via " + routeTarget(r)
	if withTable && r.Table != nil {
		what += " in " + r.Table.Address
	}
	if r.Origin == model.OriginRouteResource {
		return fmt.Sprintf("%s (%s)", r.Address, what)
	}
	return "route " + what
}

// vpcCIDRSet returns the union of vpc's blocks of one address family and
// whether every such block is known. Blocks that may not exist are
// included when include is true, left out otherwise.
func vpcCIDRSet(vpc *model.VPC, ipv6, includeMaybe bool) (*netipx.IPSet, bool) {
	var b netipx.IPSetBuilder
	known := true
	for _, c := range vpc.CIDRs {
		switch {
		case c.IPv6 != ipv6:
		case !c.Known:
			known = false
		case !c.IsSet() || (c.MaybeAbsent && !includeMaybe):
		default:
			b.AddPrefix(c.Prefix.Prefix)
		}
	}
	s, _ := b.IPSet()
	return s, known
}

// prefixesText renders the prefixes of s, at most limit of them: "10.2.0.0/15
// and 10.4.0.0/14".
func prefixesText(s *netipx.IPSet, limit int) string {
	ps := s.Prefixes()
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.String()
	}
	return joinUpTo(names, limit)
}

// ipv4Default is 0.0.0.0/0.
var ipv4Default = netip.MustParsePrefix("0.0.0.0/0")
