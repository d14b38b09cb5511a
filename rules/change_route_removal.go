package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// ChangeRouteRemoval reports a plan that removes or re-targets a route that
// subnets use now.
var ChangeRouteRemoval = &lint.Rule{
	ID:               "change-route-removal",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Planned change removes or re-targets a route that subnets use",
		Why: `Routes are followed packet by packet. When the plan deletes a route from a table that
subnets use, their traffic to that destination falls back to a less specific route (to
another target, which may not accept it) or, with none, is dropped; when it changes the
route's target or destroys the target, every connection through the old target breaks at
that moment, since the new path has no state for them (a NAT gateway or firewall on the new
path drops packets of flows it did not see open). The default route (0.0.0.0/0 or ::/0) is
the usual victim: removing it cuts a private subnet off from the internet, AWS APIs included.

The rule compares each route table that subnets use (explicitly associated, or the VPC's main
table) before and after the plan, by destination, and names the traffic that loses its route,
where it falls back to, and the subnets that send it. A NAT gateway destroyed under its
routes is reported by change-nat-replace instead.

Cost: linear in the routes of one table, plus, for each route the plan removes, a pass over
the table's planned routes for the one that takes its traffic (quadratic when a plan removes
most of a large table); 1,000 routes take about 2 ms (BenchmarkPlanWorstCase).`,
		Example: changeRouteRemovalExample,
		Fixed:   changeRouteRemovalFixed,
		HowToFix: `Add the new route (or bring up the new target) first and apply; switch the route in a
change of its own, at a time when connections through the old path may break, after checking
that the new path is allowed end to end (routes on the far side, security groups, network
ACLs); then remove the old target. When the route is meant to go, say so with
` + "`# vpclint:ignore change-route-removal <reason>`" + ` above the block.`,
		Silent: `The rule needs a plan with a prior state; on configuration alone it has nothing to compare.
It only looks at tables that subnets of the prior state use (or that are main tables or
associated), and stays silent about a table whose planned routes are not all known (a route
with an unknown destination or target, an aws_route whose table cannot be resolved), about a
route that falls back to a route with the same target, about a table the plan destroys
without a successor at the same address, and about the brief gap while an inline route is
deleted and re-created by the provider.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
			"https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route_table",
		},
	},
	Run: runChangeRouteRemoval,
}

// The doc example is the configuration of the fixtures
// testdata/rules/change-route-removal/{fires,silent}_doc_example, whose
// plans were made against a state where the table's default route goes to
// an internet gateway and 10.1.0.0/16 to a peering connection.
const (
	changeRouteRemovalExample = `# In the current state, the table also routes 10.1.0.0/16 to the
# shared-services VPC through a peering connection. This change drops it.
resource "aws_route_table" "app" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = "igw-0a1b2c3d4e5f60789"
  }
}

resource "aws_subnet" "app" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.2.0/24"
}

resource "aws_route_table_association" "app" {
  subnet_id      = aws_subnet.app.id
  route_table_id = aws_route_table.app.id
}`
	changeRouteRemovalFixed = `# The peering route stays until the shared services are reachable
# another way; remove it in a later change.
resource "aws_route_table" "app" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = "igw-0a1b2c3d4e5f60789"
  }

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = "pcx-0a1b2c3d4e5f60789"
  }
}

resource "aws_subnet" "app" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.2.0/24"
}

resource "aws_route_table_association" "app" {
  subnet_id      = aws_subnet.app.id
  route_table_id = aws_route_table.app.id
}`
)

func runChangeRouteRemoval(pass *lint.Pass) error {
	for _, p := range changePlans(pass.Network) {
		after := changeByAddress(p.after.RouteTables, func(t *model.RouteTable) string { return t.Address })
		subnetsOf := groupBy(p.before.Subnets, subnetRouteTable)
		for _, t := range p.before.RouteTables {
			a := after[t.Address]
			use := changeTableUse(t, subnetsOf[t])
			if a == nil || t.MaybeAbsent || use == "" || !changeRoutesKnown(p, t, a) {
				continue
			}
			planned := changeRoutesByDestination(a)
			for _, r := range t.Routes {
				changeRouteRemovalCheck(pass, p, r, a, planned, use)
			}
		}
	}
	return nil
}

// changeRoutesByDestination indexes the routes of table a by destination
// as written (changeRouteDestination), the first route of each.
func changeRoutesByDestination(a *model.RouteTable) map[string]*model.Route {
	out := make(map[string]*model.Route, len(a.Routes))
	for _, o := range a.Routes {
		if d, ok := changeRouteDestination(o); ok && out[d] == nil {
			out[d] = o
		}
	}
	return out
}

// changeRouteRemovalCheck reports route r of the current table if its
// planned successor table a (its routes by destination: byDest) loses
// it, re-targets it, or keeps it while its target is destroyed. use says
// who uses the table.
func changeRouteRemovalCheck(pass *lint.Pass, p changePlan, r *model.Route, a *model.RouteTable, byDest map[string]*model.Route, use string) {
	dest, ok := changeRouteDestination(r)
	if !ok || r.MaybeAbsent || !r.Target.Known || r.NATGateway != nil && p.action(r.NATGateway.Address).Deletes() {
		// A NAT gateway destroyed under its routes is change-nat-replace's.
		return
	}
	t := r.Table
	target := changeRouteTarget(r)
	now := fmt.Sprintf("route %s via %s", dest, target)
	planned := byDest[dest]
	const breaks = "connections in progress break"
	switch {
	case planned == nil:
		fallback := changeRouteFallback(r, a)
		if fallback != nil && changeRouteTarget(fallback) == target {
			return
		}
		outcome := "has no route and is dropped"
		if fallback != nil {
			d, _ := changeRouteDestination(fallback)
			outcome = fmt.Sprintf("falls back to route %s via %s", d, changeRouteTarget(fallback))
		} else if !r.Destination.IsSet() {
			outcome = "falls back to a less specific route, if any"
		}
		pass.Reportf(changeRouteAt(p, r), "%s is removed from %s, %s: traffic to %s %s, and %s. "+
			"Add the new route first, apply, then remove the old one", now, t.Address, use, changeRouteDestText(r), outcome, breaks)
	case !planned.Target.Known:
	case changeRouteTarget(planned) != target:
		pass.Reportf(changeRouteAt(p, planned), "%s in %s, %s, moves to %s: %s through %s. "+
			"Bring the new path up first, then switch the route in a change of its own when the traffic may be interrupted",
			now, t.Address, use, changeRouteTarget(planned), breaks, target)
	case p.action(target).Deletes():
		pass.Reportf(p.at(target, changeRouteAt(p, planned)), "%s in %s, %s: the target %s, so %s and "+
			"traffic to %s is dropped until the new one exists. Create the new target first (lifecycle create_before_destroy), "+
			"then switch the route", now, t.Address, use, changeVerb(p.action(target)), breaks, changeRouteDestText(r))
	}
}

// changeRouteTarget names the route's target: the address of a NAT
// gateway or peering connection of the model (so that a target keeps its
// name when the plan replaces it and its id is not known yet), else the
// target as the model has it (an address or an id).
func changeRouteTarget(r *model.Route) string {
	switch {
	case r.NATGateway != nil:
		return r.NATGateway.Address
	case r.Peering != nil:
		return r.Peering.Address
	}
	return r.Target.Value
}

// changeRouteDestination returns the route's destination as written (a
// CIDR or a prefix list id); ok is false when it is unknown.
func changeRouteDestination(r *model.Route) (string, bool) {
	switch {
	case r.Destination.IsSet():
		return r.Destination.Prefix.String(), true
	case r.PrefixList.Known && r.PrefixList.Value != "":
		return r.PrefixList.Value, true
	}
	return "", false
}

// changeRouteDestText describes a route's destination for a message,
// calling out the default route.
func changeRouteDestText(r *model.Route) string {
	d, _ := changeRouteDestination(r)
	if r.Destination.IsSet() && r.Destination.Prefix.Bits() == 0 {
		return d + " (the default route)"
	}
	return d
}

// changeRouteFallback returns the most specific route of table a, other
// than one for r's own destination, whose destination CIDR holds all of
// r's; nil when there is none (or r's destination is a prefix list).
func changeRouteFallback(r *model.Route, a *model.RouteTable) *model.Route {
	if !r.Destination.IsSet() {
		return nil
	}
	var best *model.Route
	for _, o := range a.Routes {
		d := o.Destination
		if !d.IsSet() || !o.Target.Known || d.Prefix.Bits() >= r.Destination.Prefix.Bits() ||
			!d.Prefix.Contains(r.Destination.Prefix.Addr()) {
			continue
		}
		if best == nil || d.Prefix.Bits() > best.Destination.Prefix.Bits() {
			best = o
		}
	}
	return best
}

// changeRouteAt returns where to report about route r: the change of its
// aws_route resource, or of its table for an inline route.
func changeRouteAt(p changePlan, r *model.Route) model.Locatable {
	if r.Origin == model.OriginRouteResource {
		return p.at(r.Address, r)
	}
	return p.at(r.Table.Address, r)
}

// changeTableUse says who uses route table t of the prior state (subnets
// are the subnets associated with it), as a phrase after the table's
// address, or "" when nothing does.
func changeTableUse(t *model.RouteTable, subnets []*model.Subnet) string {
	switch {
	case len(subnets) > 0:
		return "which " + changeSubnetNames(subnets) + " " + changePlural("uses", "use", len(subnets))
	case t.Main:
		return "the main route table of its VPC"
	case t.InUse.Known && t.InUse.Value:
		return "which is associated with subnets or gateways"
	}
	return ""
}

// changeRoutesKnown reports whether the routes of the current table t and
// of its planned successor a are known, so that a missing route is really
// missing. A table whose routes are incomplete only because aws_route
// resources may be copied into its inline routes, on both sides of the
// plan, holds exactly its aws_route resources (see changeMirrorOnly).
func changeRoutesKnown(p changePlan, t, a *model.RouteTable) bool {
	for _, r := range a.Routes {
		if _, ok := changeRouteDestination(r); !ok {
			return false
		}
	}
	return !a.Incomplete || changeTableMirrorOnly(p.before, t) && changeTableMirrorOnly(p.after, a)
}

// changeTableMirrorOnly reports whether table t of net is incomplete only
// because its aws_route resources may be copied into its inline routes.
func changeTableMirrorOnly(net *model.Network, t *model.RouteTable) bool {
	inline := false
	for _, r := range t.Routes {
		inline = inline || r.Origin == model.OriginInline
	}
	return changeMirrorOnly(t.Incomplete, inline, len(net.UnattachedRoutes) > 0)
}
