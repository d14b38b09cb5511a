package rules

import (
	"fmt"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// PeeringCIDROverlap reports a VPC peering between VPCs whose CIDR blocks
// overlap.
var PeeringCIDROverlap = &lint.Rule{
	ID:               "peering-cidr-overlap",
	Severity:         lint.Error,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "VPC peering between VPCs whose CIDR blocks overlap",
		Why: `AWS refuses to peer two VPCs when any IPv4 block of one overlaps any IPv4 block of the other,
primary or secondary, and likewise for IPv6 blocks: the peering request goes straight to
` + "`failed`" + `, even if only the non-overlapping blocks were meant to be routed. When the
overlapping block is a secondary one added later to a VPC that is already peered, the
association is refused instead. Either way the apply fails, and the fix is a renumbering,
which is cheap before the VPCs hold workloads and expensive after.

A check of the primary blocks alone misses the secondary case, so every
` + "`aws_vpc_ipv4_cidr_block_association`" + ` and ` + "`aws_vpc_ipv6_cidr_block_association`" + ` of either
VPC counts.`,
		Example: `resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "b_extra" {
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.0.128.0/17"
}

resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
  auto_accept = true
}`,
		Fixed: `resource "aws_vpc" "a" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "b" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_vpc_ipv4_cidr_block_association" "b_extra" {
  vpc_id     = aws_vpc.b.id
  cidr_block = "10.2.0.0/17"
}

resource "aws_vpc_peering_connection" "ab" {
  vpc_id      = aws_vpc.a.id
  peer_vpc_id = aws_vpc.b.id
  auto_accept = true
}`,
		HowToFix: `Give the VPCs disjoint address space: move the overlapping block of one VPC to an unused
range (plan VPC ranges from an IPAM pool or an address plan so that peers never collide).
If the VPCs must keep their ranges, they cannot be peered; connect them through a Transit
Gateway with NAT, or expose the service with AWS PrivateLink instead.`,
		Silent: `The rule stays silent for a pair of blocks when either block is unknown: allocated from an
IPAM pool, Amazon-generated IPv6 (unique, so never overlapping), or from a variable without
a value. A secondary block whose association resource has an unknown ` + "`count`" + ` or
` + "`for_each`" + ` may not exist and is skipped. It is silent for a peering whose requester or accepter VPC is not in the
configuration (given as an ID, or from a data source). IPv4 blocks are compared only with
IPv4 blocks and IPv6 with IPv6.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html",
			"https://docs.aws.amazon.com/vpc/latest/peering/invalid-peering-configurations.html",
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_peering_connection",
		},
	},
	Run: runPeeringCIDROverlap,
}

// peeringCIDROverlapPair is one overlapping pair of CIDR blocks.
type peeringCIDROverlapPair struct {
	requester, accepter model.VPCCIDR
}

func runPeeringCIDROverlap(pass *lint.Pass) error {
	for _, p := range pass.Network.Peerings {
		req, acc := p.Requester, p.Accepter
		if req == nil || acc == nil {
			continue
		}
		if req == acc {
			pass.Reportf(p, "peering %s connects %s with itself: AWS refuses to peer a VPC with itself; set peer_vpc_id "+
				"to the other VPC", p.Address, req.Address)
			continue
		}
		overlaps := peeringCIDROverlapPairs(req, acc)
		if len(overlaps) == 0 {
			continue
		}
		related := make([]lint.Related, 0, 2*len(overlaps))
		for _, o := range overlaps {
			related = append(related,
				lint.Related{Message: "requester block " + o.requester.Prefix.Prefix.String(), Range: o.requester.Source.Range},
				lint.Related{Message: "accepter block " + o.accepter.Prefix.Prefix.String(), Range: o.accepter.Source.Range})
		}
		pass.ReportRelatedf(p, related, "%s: AWS refuses peering %s (and any new block of a peered VPC) when an IPv4 "+
			"or IPv6 block of one VPC overlaps a block of the other; move one VPC's overlapping block to an unused range",
			peeringCIDROverlapText(req, acc, overlaps), p.Address)
	}
	return nil
}

// peeringCIDROverlapPairs returns every overlapping pair of known blocks
// of the same address family that certainly exist.
func peeringCIDROverlapPairs(req, acc *model.VPC) []peeringCIDROverlapPair {
	var out []peeringCIDROverlapPair
	for _, a := range req.CIDRs {
		for _, b := range acc.CIDRs {
			if !a.IsSet() || !b.IsSet() || a.MaybeAbsent || b.MaybeAbsent ||
				a.Prefix.Prefix.Addr().Is4() != b.Prefix.Prefix.Addr().Is4() {
				continue
			}
			if a.Prefix.Prefix.Overlaps(b.Prefix.Prefix) {
				out = append(out, peeringCIDROverlapPair{requester: a, accepter: b})
			}
		}
	}
	return out
}

// peeringCIDROverlapText names the VPCs and the overlapping blocks.
func peeringCIDROverlapText(req, acc *model.VPC, overlaps []peeringCIDROverlapPair) string {
	if len(overlaps) == 1 {
		o := overlaps[0]
		return fmt.Sprintf("VPCs %s (%s, %s) and %s (%s, %s) overlap", req.Address, o.requester.Prefix.Prefix,
			peeringCIDROverlapOrigin(o.requester), acc.Address, o.accepter.Prefix.Prefix, peeringCIDROverlapOrigin(o.accepter))
	}
	pairs := make([]string, len(overlaps))
	for i, o := range overlaps {
		pairs[i] = fmt.Sprintf("%s (%s) with %s (%s)", o.requester.Prefix.Prefix, peeringCIDROverlapOrigin(o.requester),
			o.accepter.Prefix.Prefix, peeringCIDROverlapOrigin(o.accepter))
	}
	return fmt.Sprintf("VPCs %s and %s overlap in %d pairs of blocks: %s", req.Address, acc.Address,
		len(overlaps), strings.Join(pairs, "; "))
}

// peeringCIDROverlapOrigin says where a block comes from: "primary" or "secondary
// from aws_vpc_ipv4_cidr_block_association.b2".
func peeringCIDROverlapOrigin(c model.VPCCIDR) string {
	if c.Primary {
		return "primary"
	}
	return "secondary from " + c.Source.Address
}
