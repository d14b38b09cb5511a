package rules

import (
	"fmt"

	"go4.org/netipx"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// RouteShadowed reports a route whose every address more specific routes
// of the same table take.
var RouteShadowed = &lint.Rule{
	ID:               "route-shadowed",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"correctness"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Route that more specific routes of its table completely cover",
		Why: `A route table sends each packet by the most specific route whose destination contains the
packet's address (longest prefix match). A route whose every address is also inside more
specific routes of the same table, or inside the VPC's own CIDR blocks (each of which has an
implicit ` + "`local`" + ` route that cannot be removed), never carries a packet: the traffic its author
meant to send to its target goes elsewhere. Typical causes are a summary route written after
the detailed ones were split out, a route to a peer or on-premises range that a secondary
VPC block has since absorbed, or a copy of another VPC's table.

Overlap alone is normal routing design and is not reported: a default route to a NAT gateway
next to a more specific peering route is exactly how traffic is split. Only a route that the
more specific routes cover entirely is reported, and the message names the routes that win.

Cost: quadratic in the routes of one table, since each route is compared with every other
route of the table; 1,000 routes, the most AWS allows, take about 15 ms
(BenchmarkRouteTableWorstCase).`,
		Example: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block         = "172.16.0.0/16"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }

  route {
    cidr_block                = "172.16.0.0/17"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }

  route {
    cidr_block                = "172.16.128.0/17"
    vpc_peering_connection_id = "pcx-0123456789abcdef1"
  }
}`,
		Fixed: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block         = "172.16.0.0/16"
    transit_gateway_id = "tgw-0123456789abcdef0"
  }

  route {
    cidr_block                = "172.16.0.0/17"
    vpc_peering_connection_id = "pcx-0123456789abcdef0"
  }
}`,
		HowToFix: `Delete the route if the more specific routes are meant to carry its traffic. If the route
should carry part of it, narrow or remove the more specific routes that take that part; a
range inside the VPC's own CIDR blocks always stays local (only an exact subnet CIDR can be
routed to a NAT gateway, network interface or Gateway Load Balancer endpoint instead).`,
		Silent: `Only routes and VPC blocks that are known count as winners: a route with an unknown
destination, a prefix-list route, a route whose ` + "`count`" + ` or ` + "`for_each`" + ` is unknown, and an
unknown or possibly absent VPC block never make another route shadowed. Routes propagated
from a virtual private gateway are not in the configuration and are ignored. Routes with the
same destination as a winner are not reported (AWS rejects the duplicate, and a route equal
to a VPC block is invalid); nor is a route more specific than a VPC block, which wins over
the local route. IPv4 and IPv6 routes never cover each other.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html",
			"https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table",
		},
	},
	Run: runRouteShadowed,
}

func runRouteShadowed(pass *lint.Pass) error {
	for _, t := range pass.Network.RouteTables {
		for _, r := range t.Routes {
			if !r.Destination.IsSet() {
				continue
			}
			if winners, ok := routeShadowedWinners(t, r); ok {
				pass.Reportf(r, "%s can never carry traffic: %s %s every address of %s and, as the longest prefix "+
					"wins, %s all of it; delete it, or narrow or remove the more specific routes if %s should "+
					"carry that traffic", routeText(r), joinUpTo(winners, 5), plural("covers", "cover", len(winners)),
					r.Destination.Prefix, plural("takes", "take", len(winners)), routeTarget(r))
			}
		}
	}
	return nil
}

// routeShadowedWinners names the certain routes and VPC blocks of t that
// are more specific than r and overlap it, when together they cover all
// of r's destination.
func routeShadowedWinners(t *model.RouteTable, r *model.Route) ([]string, bool) {
	dst := r.Destination.Prefix
	inside := func(p model.Prefix) bool {
		return p.IsSet() && p.Prefix.Addr().Is4() == dst.Addr().Is4() && p.Prefix.Bits() > dst.Bits() && dst.Overlaps(p.Prefix)
	}
	var b netipx.IPSetBuilder
	var names []string
	if t.VPC != nil {
		for _, c := range t.VPC.CIDRs {
			if !c.MaybeAbsent && inside(c.Prefix) {
				b.AddPrefix(c.Prefix.Prefix)
				names = append(names, fmt.Sprintf("the local route %s (%s)", c.Prefix.Prefix, c.Source.Address))
			}
		}
	}
	for _, o := range t.Routes {
		if o != r && !o.MaybeAbsent && inside(o.Destination) {
			b.AddPrefix(o.Destination.Prefix)
			names = append(names, routeLabel(o, false))
		}
	}
	set, _ := b.IPSet()
	if len(names) == 0 || !set.ContainsPrefix(dst) {
		return nil, false
	}
	return names, true
}
