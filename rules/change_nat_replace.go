package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// ChangeNATReplace reports a plan that destroys or replaces a NAT gateway
// that routes send traffic to.
var ChangeNATReplace = &lint.Rule{
	ID:               "change-nat-replace",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Planned change destroys or replaces a NAT gateway that routes use",
		Why: `A NAT gateway keeps the translation state of every connection from the private subnets
behind it. Destroying it (to delete it, or to replace it because its subnet or Elastic IP
changed) breaks all of those connections at once, and with Terraform's default
destroy-then-create order, traffic to the routes' destinations is dropped until the new
gateway is available, which takes minutes. When the replacement gets a new Elastic IP, the
private subnets also reach the internet from a new public address: partners, SaaS APIs and
databases that allow-listed the old address refuse the traffic, and the old address cannot
be recovered once released.

The rule reports a NAT gateway that the plan deletes or replaces while a route of the prior
state sends traffic to it, naming the routes and, when the Elastic IP changes, the address
that is lost. A create-before-destroy replacement that keeps the address cannot exist (an
Elastic IP is on one gateway at a time), so one with a new address is reported too; a
private gateway replaced create-before-destroy is not.`,
		Example: changeNATReplaceExample,
		Fixed:   changeNATReplaceFixed,
		HowToFix: `Build a second NAT gateway first (a warm standby), keep the Elastic IP (move the allocation
to the new gateway or, when peers can be told in advance, add the new address to their
allow-lists first), move the routes to the new gateway in a change of its own at a quiet
time, and only then remove the old gateway.`,
		Silent: `The rule needs a plan with a prior state; on configuration alone it has nothing to compare.
It stays silent about a gateway that no route of the prior state targets (an idle gateway),
about a private gateway or one whose Elastic IP does not change that is replaced
create-before-destroy, and it leaves out the address clause when the planned Elastic IP is
not known.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
			"https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-working-with.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/nat_gateway",
		},
	},
	Run: runChangeNATReplace,
}

// The doc example is the configuration of the fixtures
// testdata/rules/change-nat-replace/{fires,silent}_doc_example, whose
// plans were made against a state where the gateway sits in subnet a with
// the Elastic IP aws_eip.nat and the private table's default route uses
// it.
const (
	changeNATReplaceExample = `# In the current state, the gateway sits in subnet-0aaa… with the
# Elastic IP aws_eip.nat, and the private subnets' default route uses it.
# This change moves it to another subnet with a new Elastic IP, which
# replaces it.
resource "aws_eip" "nat_b" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat_b.id
  subnet_id     = "subnet-0bbbbbbbbbbbbbbbb"
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}`
	changeNATReplaceFixed = `# Step one of the safe way: a second gateway next to the first one. The
# routes move to it in a later change, and the old gateway goes last.
resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = "subnet-0aaaaaaaaaaaaaaaa"
}

resource "aws_eip" "nat_b" {
  domain = "vpc"
}

resource "aws_nat_gateway" "standby" {
  allocation_id = aws_eip.nat_b.id
  subnet_id     = "subnet-0bbbbbbbbbbbbbbbb"
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}`
)

func runChangeNATReplace(pass *lint.Pass) error {
	for _, p := range changePlans(pass.Network) {
		after := changeByAddress(p.after.NATGateways, func(g *model.NATGateway) string { return g.Address })
		byGateway := groupBy(allRoutes(p.before), changeNATRouteGateway)
		for _, g := range p.before.NATGateways {
			act := p.action(g.Address)
			routes := byGateway[g]
			if !act.Deletes() || g.MaybeAbsent || len(routes) == 0 {
				continue
			}
			lostIP := changeNATLostAddress(g, after[g.Address])
			if act == model.ChangeCreateBeforeDestroy && lostIP == "" {
				continue
			}
			what := "every connection through it breaks"
			switch act {
			case model.ChangeReplace:
				what += ", and traffic to those destinations is dropped until the new gateway is available (minutes)"
			case model.ChangeDelete:
				what += ", and a route left pointing at it becomes a black hole"
			}
			if lostIP != "" {
				what += fmt.Sprintf("; its public address changes from %s, so peers that allow-listed it refuse the traffic", lostIP)
			}
			pass.Reportf(p.at(g.Address, g), "NAT gateway %s %s while routes send traffic to it (%s): %s. "+
				"Build a second gateway first (warm standby), keep the Elastic IP, move the routes to it, then remove the old one",
				g.Address, changeVerb(act), changeNATRouteNames(routes), what)
		}
	}
	return nil
}

// changeNATRouteGateway is the NAT gateway that route r of the prior
// state certainly targets, or nil.
func changeNATRouteGateway(r *model.Route) *model.NATGateway {
	if r.MaybeAbsent {
		return nil
	}
	return r.NATGateway
}

// changeNATRouteNames names routes as "0.0.0.0/0 in aws_route_table.a".
func changeNATRouteNames(routes []*model.Route) string {
	names := make([]string, 0, len(routes))
	for _, r := range routes {
		dest, _ := changeRouteDestination(r)
		table := "an unresolved route table"
		if r.Table != nil {
			table = r.Table.Address
		}
		names = append(names, dest+" in "+table)
	}
	return changeNames(names)
}

// changeNATLostAddress returns the public address (else the allocation
// id) that public gateway g loses when a, its planned successor, gets
// another Elastic IP; "" when it keeps it, is deleted, or the planned
// allocation is unknown.
func changeNATLostAddress(g, a *model.NATGateway) string {
	switch {
	case a == nil, !g.AllocationID.Known, g.AllocationID.Value == "", !a.AllocationID.Known,
		a.AllocationID.Value == g.AllocationID.Value:
		return ""
	case g.PublicIP.Known && g.PublicIP.Value != "":
		return g.PublicIP.Value
	}
	return g.AllocationID.Value
}
