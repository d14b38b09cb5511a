package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// NATUnused reports a NAT gateway that no route sends traffic to.
var NATUnused = &lint.Rule{
	ID:               "nat-unused",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"cost"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "NAT gateway that no route sends traffic to",
		Why: `A NAT gateway is billed for every hour it exists, whether or not anything uses it: in
us-east-1 that is $0.045 an hour, about $32.85 for a 730-hour month, plus $0.005 an hour
(about $3.65 a month) for the public IPv4 address of a public gateway. Traffic reaches a NAT
gateway only through a route table route whose target is the gateway, so a gateway that no
route targets carries nothing and is pure cost. This happens when the private route tables
were refactored, or a route was written with another gateway's id.

A route that names the gateway in ` + "`gateway_id`" + ` instead of ` + "`nat_gateway_id`" + ` still uses it
(AWS accepts a NAT gateway id there). A gateway targeted only by route tables that no subnet
uses (not associated with any subnet or gateway, and not the VPC's main table) carries nothing
either, and is reported too.

The prices are the us-east-1 rates published on the Amazon VPC pricing page
(https://aws.amazon.com/vpc/pricing/), as quoted in 2026 by cloudburn.io ("AWS NAT Gateway
Pricing", 2026-02-24) and usage.ai ("US East (N. Virginia), May 2026"); other Regions cost
more or less.`,
		Example: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.0.0/24"
}

resource "aws_nat_gateway" "egress" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}`,
		Fixed: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.0.0/24"
}

resource "aws_nat_gateway" "egress" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.egress.id
  }
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.10.0/24"
}

resource "aws_route_table_association" "private" {
  subnet_id      = aws_subnet.private.id
  route_table_id = aws_route_table.private.id
}`,
		HowToFix: `If nothing needs the gateway, delete it (and release its Elastic IP). If the private
subnets should use it, add a ` + "`0.0.0.0/0`" + ` route with ` + "`nat_gateway_id`" + ` set to the gateway to the
route tables those subnets use, and associate those tables with the subnets
(` + "`aws_route_table_association`" + `).`,
		Silent: `The rule stays silent for a gateway when a route of the same configuration has a target
that cannot be resolved (an unknown value, a data source, several target arguments that may
be set) or a route table has routes that cannot be determined (a dynamic block over an
unknown collection): that route may be the one that uses the gateway. Routes whose
` + "`count`" + ` or ` + "`for_each`" + ` is unknown count as uses, and so do ` + "`aws_route`" + `
resources whose route table is not in the model. It is silent for a gateway whose id is
exported through a root module output or handed to a module vpclint did not load: routes
elsewhere may use it. Routes in another configuration that find the gateway through a data
source cannot be seen; suppress the finding with a reason that names them. A gateway targeted only from route tables that no subnet uses is
reported only when every association of the configuration is resolved; an association with
an unknown route table, or one that may not exist, keeps it silent.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
			"https://aws.amazon.com/vpc/pricing/",
			"https://cloudburn.io/blog/aws-nat-gateway-pricing",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route",
		},
	},
	Run: runNATUnused,
}

func runNATUnused(pass *lint.Pass) error {
	usesOf := groupBy(allRoutes(pass.Network), func(r *model.Route) *model.NATGateway { return r.NATGateway })
	for _, n := range pass.Network.NATGateways {
		if n.RoutesIncomplete || len(n.ExportedBy) > 0 {
			continue
		}
		uses := usesOf[n]
		if len(uses) == 0 {
			pass.Reportf(n, "NAT gateway %s is the target of no route (nat_gateway_id or gateway_id) in any route "+
				"table, so no traffic goes through it, yet it bills %s; delete it, or point the private route "+
				"tables' 0.0.0.0/0 route at it with nat_gateway_id", n.Address, natUnusedCost(n))
			continue
		}
		if tables, ok := natUnusedIdleTables(uses); ok {
			pass.Reportf(n, "NAT gateway %s is targeted only from %s %s, which no subnet uses (no "+
				"aws_route_table_association names %s and %s not the main table), so no traffic goes through "+
				"it, yet it bills %s; associate %s with the private subnets, or delete the gateway",
				n.Address, plural("route table", "route tables", len(tables)), naclJoin(tables),
				plural("it", "them", len(tables)), plural("it is", "none is", len(tables)), natUnusedCost(n),
				plural("the table", "the tables", len(tables)))
		}
	}
	return nil
}

// natUnusedIdleTables returns the tables of the routes uses when each is
// certainly used by nothing.
func natUnusedIdleTables(uses []*model.Route) ([]string, bool) {
	var tables []string
	seen := map[*model.RouteTable]bool{}
	for _, r := range uses {
		t := r.Table
		if t == nil || !t.InUse.Known || t.InUse.Value {
			return nil, false
		}
		if !seen[t] {
			seen[t] = true
			tables = append(tables, t.Address)
		}
	}
	return tables, true
}

// natUnusedCost is the monthly cost of the gateway at us-east-1 prices:
// the hourly charge, and the public IPv4 address unless the gateway is
// known to be private.
func natUnusedCost(n *model.NATGateway) string {
	hourly := "about $32.85 a month in us-east-1 ($0.045 an hour × 730 hours)"
	if n.ConnectivityType.Known && n.ConnectivityType.Value == "private" {
		return hourly
	}
	return fmt.Sprintf("%s plus $3.65 a month for its public IPv4 address", hourly)
}
