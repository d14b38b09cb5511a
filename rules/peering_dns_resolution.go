package rules

import (
	"fmt"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// PeeringDNSResolution reports a used VPC peering across which DNS names
// do not resolve to private addresses, or a private hosted zone that only
// one side of a used peering can resolve.
var PeeringDNSResolution = &lint.Rule{
	ID:               "peering-dns-resolution",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "VPC peering whose peers cannot resolve each other's private DNS names",
		Why: `Instances with public addresses get public DNS hostnames (` + "`ec2-…compute-1.amazonaws.com`" + `), and
services often reach each other through such names or records that point at them. Inside
the VPC the Amazon resolver answers them with the private address; from a peer VPC it answers
with the public address, unless the peering's ` + "`allow_remote_vpc_dns_resolution`" + ` option is on
for the side that owns the instance (the ` + "`requester`" + ` block for names in the requester VPC,
looked up from the accepter VPC, and the other way round). Without it, traffic between two
VPCs that are peered and routed leaves through internet or NAT gateways (paying NAT
processing and data transfer, and meeting security groups that only admit the peer's private
range) or fails, instead of crossing the peering. The rule reports it when both VPCs have DNS
support and DNS hostnames on, the precondition for the option, and the peering is routed on
both sides.

Route 53 private hosted zones are not shared by a peering at all: a VPC resolves a private
zone only when the zone is associated with it. A private zone associated with one VPC of a
routed peering but not the other leaves the other side unable to resolve its names (the
peering option does not help), so services registered there are unreachable by name from the
peer.`,
		Example: `resource "aws_vpc" "app" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc" "shared" {
  cidr_block           = "10.1.0.0/16"
  enable_dns_hostnames = true
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
		Fixed: `resource "aws_vpc" "app" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc" "shared" {
  cidr_block           = "10.1.0.0/16"
  enable_dns_hostnames = true
}

resource "aws_vpc_peering_connection" "app_shared" {
  vpc_id      = aws_vpc.app.id
  peer_vpc_id = aws_vpc.shared.id
  auto_accept = true

  requester {
    allow_remote_vpc_dns_resolution = true
  }

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
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
		HowToFix: `Set ` + "`allow_remote_vpc_dns_resolution = true`" + ` in the ` + "`requester`" + ` and ` + "`accepter`" + ` blocks: on
the ` + "`aws_vpc_peering_connection`" + ` itself when it is accepted in the same apply (same
account and Region, ` + "`auto_accept = true`" + `), else on the
` + "`aws_vpc_peering_connection_accepter`" + ` or an ` + "`aws_vpc_peering_connection_options`" + ` resource
of each side's account. For a private hosted zone, associate it with the other VPC too: a
` + "`vpc`" + ` block on the ` + "`aws_route53_zone`" + ` or an ` + "`aws_route53_zone_association`" + ` (with
` + "`aws_route53_vpc_association_authorization`" + ` across accounts).`,
		Silent: `The rule looks only at peerings whose two VPCs are in the configuration and that are certainly
routed on both sides (routes whose ` + "`count`" + ` or ` + "`for_each`" + ` is unknown do not count). For the
peering option it stays silent when DNS support or DNS hostnames of either VPC is unknown or
off, and for a side whose option is unknown (a dynamic block, an options resource that may
not exist). For hosted zones it stays silent for a zone whose ` + "`count`" + ` or ` + "`for_each`" + ` is
unknown and for a zone whose associations are not all known: a ` + "`vpc`" + ` block or
` + "`aws_route53_zone_association`" + ` with an unknown VPC, a dynamic ` + "`vpc`" + ` block over an unknown
collection, an association that may not exist, or an association of the configuration
whose zone cannot be resolved. Associations made in another configuration cannot be seen.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-dns.html",
			"https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/hosted-zone-private-associate-vpcs.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_peering_connection",
		},
	},
	Run: runPeeringDNSResolution,
}

func runPeeringDNSResolution(pass *lint.Pass) error {
	byPeering := groupBy(allRoutes(pass.Network), routePeering)
	var used []*model.Peering
	for _, p := range pass.Network.Peerings {
		if p.MaybeAbsent || p.Requester == nil || p.Accepter == nil || p.Requester == p.Accepter ||
			!peeringDNSResolutionRouted(p, byPeering[p]) {
			continue
		}
		used = append(used, p)
		peeringDNSResolutionOption(pass, p)
	}
	for _, z := range pass.Network.HostedZones {
		if !z.MaybeAbsent && !z.Incomplete && len(z.VPCs) > 0 {
			peeringDNSResolutionZone(pass, z, used)
		}
	}
	return nil
}

// peeringDNSResolutionRouted reports whether both sides of p certainly
// route to it; routes are the routes that target p.
func peeringDNSResolutionRouted(p *model.Peering, routes []*model.Route) bool {
	var req, acc bool
	for _, r := range routes {
		if r.MaybeAbsent || r.Table == nil || r.Table.MaybeAbsent {
			continue
		}
		req = req || r.Table.VPC == p.Requester
		acc = acc || r.Table.VPC == p.Accepter
	}
	return req && acc
}

// peeringDNSResolutionOption reports the sides of a routed peering between
// VPCs with private DNS whose allow_remote_vpc_dns_resolution is off.
func peeringDNSResolutionOption(pass *lint.Pass, p *model.Peering) {
	on := func(b model.Bool) bool { return b.Known && b.Value }
	for _, v := range []*model.VPC{p.Requester, p.Accepter} {
		if !on(v.EnableDNSSupport) || !on(v.EnableDNSHostnames) {
			return
		}
	}
	off := func(b model.Bool) bool { return b.Known && !b.Value }
	var sides, effects []string
	if off(p.RequesterAllowRemoteDNS) {
		sides = append(sides, "requester")
		effects = append(effects, fmt.Sprintf("instances in %s that look up the public DNS names of instances in %s",
			p.Accepter.Address, p.Requester.Address))
	}
	if off(p.AccepterAllowRemoteDNS) {
		sides = append(sides, "accepter")
		effects = append(effects, fmt.Sprintf("instances in %s that look up the public DNS names of instances in %s",
			p.Requester.Address, p.Accepter.Address))
	}
	if len(sides) == 0 {
		return
	}
	where := "on its " + sides[0] + " side"
	if len(sides) == 2 {
		where = "on both sides"
	}
	pass.Reportf(p, "peering %s is routed both ways between %s and %s, both with DNS hostnames on, but "+
		"allow_remote_vpc_dns_resolution is off %s: %s (ec2-…amazonaws.com, or records pointing at them) get public "+
		"addresses, so that traffic goes through internet or NAT gateways, or fails, instead of crossing the peering; "+
		"set allow_remote_vpc_dns_resolution = true in the %s %s of the peering (or of its accepter or options resource)",
		p.Address, p.Requester.Address, p.Accepter.Address, where, strings.Join(effects, ", and "),
		strings.Join(sides, " and "), plural("block", "blocks", len(sides)))
}

// peeringDNSResolutionZone reports a private zone associated with one VPC
// of a routed peering but not with the other.
func peeringDNSResolutionZone(pass *lint.Pass, z *model.HostedZone, used []*model.Peering) {
	zoneVPCs := make(map[*model.VPC]bool, len(z.VPCs))
	for _, v := range z.VPCs {
		zoneVPCs[v] = true
	}
	var missing []string
	var hasVPC []string
	seen := map[*model.VPC]bool{}
	for _, p := range used {
		req, acc := zoneVPCs[p.Requester], zoneVPCs[p.Accepter]
		if req == acc {
			continue
		}
		with, without := p.Requester, p.Accepter
		if acc {
			with, without = without, with
		}
		if seen[without] {
			continue
		}
		seen[without] = true
		missing = append(missing, fmt.Sprintf("%s (peered with %s through %s)", without.Address, with.Address, p.Address))
		hasVPC = append(hasVPC, without.Address)
	}
	if len(missing) == 0 {
		return
	}
	name := z.Name.Value
	if !z.Name.Known || name == "" {
		name = "the zone"
	}
	pass.Reportf(z, "private hosted zone %s (%s) is not associated with %s, so instances there cannot resolve names "+
		"in %s: a peering never shares private hosted zones, whatever allow_remote_vpc_dns_resolution says; add a "+
		"vpc block for %s to the zone or an aws_route53_zone_association",
		z.Address, name, joinUpTo(missing, 3), name, naclJoin(hasVPC))
}
