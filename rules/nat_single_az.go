package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// NATSingleAZ reports subnets whose internet egress goes through a NAT
// gateway in another Availability Zone.
var NATSingleAZ = &lint.Rule{
	ID:               "nat-single-az",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"reliability", "cost"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Private subnets whose default route goes through a NAT gateway in another Availability Zone",
		Why: `A NAT gateway lives in the Availability Zone of its subnet and is redundant only inside that
zone. When private subnets in several zones send their default route (` + "`0.0.0.0/0`" + `) to NAT
gateways that all sit in one zone, an outage of that zone takes away the internet egress of
every zone: instances that are healthy in the other zones can no longer reach package
mirrors, AWS APIs without endpoints or third-party services. AWS's recommendation for zone
independence is one NAT gateway per zone, each zone's subnets routing to the gateway in
their own zone.

The cross-zone path also costs money: traffic between a subnet and a NAT gateway in another
zone is billed as inter-zone transfer, $0.01 per GB in each direction (us-east-1), on top of
the gateway's own $0.045 per GB. A subnet that routes to another zone's gateway although its
own zone has one pays that for nothing, and is reported at the route to change.`,
		Example: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.10.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.11.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_nat_gateway" "a" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public_a.id
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.a.id
  }
}

resource "aws_route_table_association" "private_a" {
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.private.id
}

resource "aws_route_table_association" "private_b" {
  subnet_id      = aws_subnet.private_b.id
  route_table_id = aws_route_table.private.id
}`,
		Fixed: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "public_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "public_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.10.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.11.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_nat_gateway" "a" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = aws_subnet.public_a.id
}

resource "aws_nat_gateway" "b" {
  allocation_id = "eipalloc-0123456789abcdef1"
  subnet_id     = aws_subnet.public_b.id
}

resource "aws_route_table" "private_a" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.a.id
  }
}

resource "aws_route_table" "private_b" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.b.id
  }
}

resource "aws_route_table_association" "private_a" {
  subnet_id      = aws_subnet.private_a.id
  route_table_id = aws_route_table.private_a.id
}

resource "aws_route_table_association" "private_b" {
  subnet_id      = aws_subnet.private_b.id
  route_table_id = aws_route_table.private_b.id
}`,
		HowToFix: `Create a NAT gateway in a public subnet of every zone that has private subnets, give each
zone's private subnets a route table of their own, and point that table's ` + "`0.0.0.0/0`" + ` route
at the gateway of the same zone (terraform-aws-modules/vpc does this with
` + "`one_nat_gateway_per_az = true`" + `). Where a zone already has a gateway, route its subnets to
it. If a single gateway is a deliberate cost decision (a development VPC), disable the rule
for that configuration or suppress the finding with a reason.`,
		Silent: `The rule looks only at subnets whose zone and route table are known and whose route
table's ` + "`0.0.0.0/0`" + ` route names a NAT gateway in the model whose subnet's zone is known. It
stays silent for zones taken from a data source or a variable without a value
(` + "`data.aws_availability_zones.x.names[count.index]`" + `), and when one side gives
` + "`availability_zone`" + ` and the other ` + "`availability_zone_id`" + `: zone names map to zones differently in
each account, so a name and an ID are never compared. Subnets, routes and gateways whose
` + "`count`" + ` or ` + "`for_each`" + ` is unknown are left out. Whether a subnet's own zone has a
gateway decides where the finding goes, so the rule is also silent when that is unknown: a
gateway of the VPC whose zone is unknown, or one in the subnet's zone whose
` + "`connectivity_type`" + `, ` + "`count`" + ` or ` + "`for_each`" + ` is unknown. A regional NAT gateway (provider
v6, no subnet) spans zones and is never reported.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html",
			"https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
			"https://aws.amazon.com/vpc/pricing/",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/nat_gateway",
		},
	},
	Run: runNATSingleAZ,
}

// natSingleAZZone is an Availability Zone as written: a name or an ID.
type natSingleAZZone struct {
	value string
	isID  bool
}

// natSingleAZDep is a subnet whose default route goes to a NAT gateway in
// another zone.
type natSingleAZDep struct {
	subnet *model.Subnet
	zone   natSingleAZZone
	route  *model.Route
	nat    *model.NATGateway
}

func runNATSingleAZ(pass *lint.Pass) error {
	var deps []natSingleAZDep
	for _, s := range pass.Network.Subnets {
		if d, ok := natSingleAZDependency(s); ok {
			deps = append(deps, d)
		}
	}
	// Subnets of zones without a gateway of their own are reported at the
	// gateway they depend on; subnets of zones with one, at the route.
	var byNAT []*model.NATGateway
	withoutOwn := map[*model.NATGateway][]natSingleAZDep{}
	type routeZone struct {
		route *model.Route
		zone  natSingleAZZone
	}
	var byRoute []routeZone
	withOwn := map[routeZone][]natSingleAZDep{}
	local := map[routeZone]*model.NATGateway{}
	natsOf := groupBy(pass.Network.NATGateways, func(m *model.NATGateway) *model.VPC {
		if m.Subnet == nil {
			return nil
		}
		return m.Subnet.VPC
	})
	for _, d := range deps {
		own, ok := natSingleAZOwnGateway(natsOf[d.nat.Subnet.VPC], d)
		switch {
		case !ok:
		case own == nil:
			if withoutOwn[d.nat] == nil {
				byNAT = append(byNAT, d.nat)
			}
			withoutOwn[d.nat] = append(withoutOwn[d.nat], d)
		default:
			k := routeZone{d.route, d.zone}
			if withOwn[k] == nil {
				byRoute = append(byRoute, k)
				local[k] = own
			}
			withOwn[k] = append(withOwn[k], d)
		}
	}
	for _, n := range byNAT {
		natSingleAZReportGateway(pass, n, withoutOwn[n])
	}
	subnetsOf := groupBy(pass.Network.Subnets, subnetRouteTable)
	for _, k := range byRoute {
		natSingleAZReportRoute(pass, withOwn[k], local[k], subnetsOf[k.route.Table])
	}
	return nil
}

// natSingleAZDependency returns the dependency of subnet s on a NAT
// gateway in another zone, when everything about it is certain.
func natSingleAZDependency(s *model.Subnet) (natSingleAZDep, bool) {
	zone, ok := natSingleAZZoneOf(s)
	if !ok || s.MaybeAbsent || s.RouteTable == nil {
		return natSingleAZDep{}, false
	}
	var def []*model.Route
	for _, r := range s.RouteTable.Routes {
		if r.Destination.IsSet() && r.Destination.Prefix == ipv4Default {
			def = append(def, r)
		}
	}
	if len(def) != 1 || def[0].MaybeAbsent || def[0].NATGateway == nil || def[0].NATGateway.MaybeAbsent {
		return natSingleAZDep{}, false
	}
	r := def[0]
	natZone, ok := natSingleAZGatewayZone(r.NATGateway)
	if !ok || natZone.isID != zone.isID || natZone.value == zone.value {
		return natSingleAZDep{}, false
	}
	return natSingleAZDep{subnet: s, zone: zone, route: r, nat: r.NATGateway}, true
}

// natSingleAZZoneOf returns the known zone of a subnet.
func natSingleAZZoneOf(s *model.Subnet) (natSingleAZZone, bool) {
	if s == nil || !s.AvailabilityZone.Known || s.AvailabilityZone.Value == "" {
		return natSingleAZZone{}, false
	}
	return natSingleAZZone{value: s.AvailabilityZone.Value, isID: s.AvailabilityZoneIsID}, true
}

// natSingleAZGatewayZone returns the known zone of a zonal gateway.
func natSingleAZGatewayZone(n *model.NATGateway) (natSingleAZZone, bool) {
	if n.Subnet == nil {
		return natSingleAZZone{}, false
	}
	return natSingleAZZoneOf(n.Subnet)
}

// natSingleAZOwnGateway returns a NAT gateway of the same VPC and kind as
// d.nat in d's own zone, nil when the zone has none; ok is false when
// which case applies is unknown: a gateway of the VPC has an unknown zone,
// or one in d's zone has an unknown kind or may not exist. nats are the
// gateways of d.nat's VPC, none when that VPC is unknown.
func natSingleAZOwnGateway(nats []*model.NATGateway, d natSingleAZDep) (own *model.NATGateway, ok bool) {
	for _, m := range nats {
		zone, known := natSingleAZGatewayZone(m)
		switch {
		case !known:
			return nil, false
		case zone != d.zone:
		case m.MaybeAbsent || !m.ConnectivityType.Known || !d.nat.ConnectivityType.Known:
			return nil, false
		case m.ConnectivityType.Value == d.nat.ConnectivityType.Value && own == nil:
			own = m
		}
	}
	return own, true
}

// natSingleAZReportGateway reports gateway n, on which subnets of zones
// without a gateway of their own depend.
func natSingleAZReportGateway(pass *lint.Pass, n *model.NATGateway, deps []natSingleAZDep) {
	natZone, _ := natSingleAZGatewayZone(n)
	var subnets, zones []string
	seenZone := map[string]bool{}
	for _, d := range deps {
		subnets = append(subnets, fmt.Sprintf("%s (%s)", d.subnet.Address, d.zone.value))
		if !seenZone[d.zone.value] {
			seenZone[d.zone.value] = true
			zones = append(zones, d.zone.value)
		}
	}
	pass.Reportf(n, "NAT gateway %s in %s is the default route (0.0.0.0/0) of %s %s, whose %s no NAT gateway: "+
		"an outage of %s cuts %s internet egress although %s own %s up; add a NAT gateway in %s and route "+
		"each zone's private subnets to the gateway in their own zone (this also saves the $0.01/GB each way of "+
		"cross-zone traffic)",
		n.Address, natZone.value, plural("subnet", "subnets", len(subnets)), joinUpTo(subnets, 4),
		plural("zone has", "zones have", len(zones)), natZone.value, plural("its", "their", len(subnets)),
		plural("its", "their", len(subnets)), plural("zone is", "zones are", len(zones)),
		naclJoin(zones))
}

// natSingleAZReportRoute reports route deps[0].route, which sends subnets
// of a zone that has its own gateway, own, to another zone's gateway;
// users are the subnets that use the route's table.
func natSingleAZReportRoute(pass *lint.Pass, deps []natSingleAZDep, own *model.NATGateway, users []*model.Subnet) {
	d := deps[0]
	natZone, _ := natSingleAZGatewayZone(d.nat)
	subnets := make([]string, len(deps))
	for i, dep := range deps {
		subnets[i] = dep.subnet.Address
	}
	fix := fmt.Sprintf("point it at %s", own.Address)
	if natSingleAZShared(users, d.zone) {
		fix = fmt.Sprintf("give the %s subnets a route table of their own whose 0.0.0.0/0 route goes to %s", d.zone.value, own.Address)
	}
	pass.Reportf(d.route, "%s sends %s %s in %s to NAT gateway %s in %s although %s is in %s: an outage of %s "+
		"cuts %s internet egress, and the cross-zone traffic costs $0.01/GB each way; %s",
		routeText(d.route), plural("subnet", "subnets", len(subnets)), joinUpTo(subnets, 4), d.zone.value,
		d.nat.Address, natZone.value, own.Address, d.zone.value, natZone.value, plural("its", "their", len(subnets)), fix)
}

// natSingleAZShared reports whether some of users, the subnets that use a
// route table, are outside zone z (or of unknown zone), so that the
// table's default route cannot simply be repointed.
func natSingleAZShared(users []*model.Subnet, z natSingleAZZone) bool {
	for _, s := range users {
		if zone, ok := natSingleAZZoneOf(s); !ok || zone != z {
			return true
		}
	}
	return false
}
