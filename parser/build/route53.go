package build

import (
	"slices"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// linkHostedZone fills an aws_route53_zone: its name and the VPCs of its
// vpc {} blocks (block or attribute form), which make it a private zone.
func (b *builder) linkHostedZone(in *resource.Instance, z *model.HostedZone) {
	f := instanceFields(in)
	z.Name = stringOr(f.get("name"), "")
	it := f.nested("vpc")
	z.Incomplete = z.Incomplete || !it.complete
	for _, item := range it.list {
		b.associateZone(z, item.get("vpc_id"), true)
	}
}

// zoneAssociation applies an aws_route53_zone_association to its zone. An
// association that may not exist, or whose VPC is unknown, makes the zone
// incomplete; one whose zone is unknown makes every zone of the
// configuration incomplete.
func (b *builder) zoneAssociation(in *resource.Instance) {
	f := instanceFields(in)
	id := f.get("zone_id")
	z := b.zoneOf(id)
	if z == nil {
		b.use.unresolvedZone = b.use.unresolvedZone || b.unresolved(id)
		return
	}
	b.associateZone(z, f.get("vpc_id"), !in.MaybeAbsent)
}

// associateZone adds the VPC that vpc_id value v names to z. A VPC outside
// the model (a literal id) is left out; an unresolved one, or an
// association that may not exist, makes z incomplete.
func (b *builder) associateZone(z *model.HostedZone, v cty.Value, certain bool) {
	vpc := b.vpcOf(v)
	switch {
	case vpc == nil:
		z.Incomplete = z.Incomplete || b.unresolved(v)
	case !certain:
		z.Incomplete = true
	case !slices.Contains(z.VPCs, vpc):
		z.VPCs = append(z.VPCs, vpc)
	}
}

// zoneOf returns the hosted zone a zone_id value names (its zone_id or
// id attribute).
func (b *builder) zoneOf(v cty.Value) *model.HostedZone {
	t := b.resolve(v)
	if t.inst == nil || t.inst.Type != "aws_route53_zone" || (t.attr != "zone_id" && t.attr != "id") {
		return nil
	}
	return b.zones[t.inst]
}
