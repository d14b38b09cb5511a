package build

import (
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// linkVPC fills an aws_vpc or aws_default_vpc (semantics §3.1).
func (b *builder) linkVPC(in *resource.Instance, v *model.VPC) {
	f := instanceFields(in)
	cidrs := b.cidrs(in)
	src := f.loc()

	// The primary IPv4 block is always there: written, or from IPAM, or
	// (default VPC) computed.
	v.CIDRs = append(v.CIDRs, model.VPCCIDR{Prefix: required(cidrs.one(f, "cidr_block")), Primary: true, Source: src})

	// IPv6: a written block, else one Amazon or IPAM will assign.
	if p := cidrs.ipv6(f, "ipv6_cidr_block"); p.IsSet() || !p.Known {
		v.CIDRs = append(v.CIDRs, model.VPCCIDR{Prefix: p, Primary: true, Source: src, IPv6: true})
	} else if generated, ok := asBool(f.get("assign_generated_ipv6_cidr_block")); generated || !ok || !isUnset(f.get("ipv6_ipam_pool_id")) {
		v.CIDRs = append(v.CIDRs, model.VPCCIDR{Primary: true, Source: src, IPv6: true})
	}

	v.EnableDNSSupport = boolOr(f.get("enable_dns_support"), true)
	// aws_default_vpc defaults DNS hostnames to true, aws_vpc to false.
	v.EnableDNSHostnames = boolOr(f.get("enable_dns_hostnames"), v.Default)
	v.Tags = tags(in)
}

// cidrAssociation adds a secondary block of an
// aws_vpc_ipv4_cidr_block_association or aws_vpc_ipv6_cidr_block_association
// to its VPC. A block from an IPAM pool or Amazon's pool is unknown.
func (b *builder) cidrAssociation(in *resource.Instance) {
	f := instanceFields(in)
	vpc := b.vpcOf(f.get("vpc_id"))
	if vpc == nil {
		return
	}
	name, ipv6 := "cidr_block", in.Type == "aws_vpc_ipv6_cidr_block_association"
	if ipv6 {
		name = "ipv6_cidr_block"
	}
	p := required(b.cidrs(in).one(f, name))
	vpc.CIDRs = append(vpc.CIDRs, model.VPCCIDR{Prefix: p, Source: f.loc(), MaybeAbsent: in.MaybeAbsent, IPv6: ipv6})
}

// required returns p, or unknown when p is unset: for a block that exists
// but comes from a pool or is computed by AWS.
func required(p model.Prefix) model.Prefix {
	if p.Known && !p.IsSet() {
		return model.Prefix{}
	}
	return p
}

// ipv6 parses an IPv6 block attribute that plan values may leave unknown
// when no block is wanted: an unknown value there counts as unset, and the
// caller decides from the other arguments whether a block is coming.
func (c cidrChecker) ipv6(f fields, name string) model.Prefix {
	p := c.one(f, name)
	if !p.Known && !f.get(name).IsKnown() {
		return model.Prefix{Known: true}
	}
	return p
}

// linkSubnet fills an aws_subnet or aws_default_subnet. A default subnet
// lives in its provider configuration's default VPC.
func (b *builder) linkSubnet(in *resource.Instance, s *model.Subnet) {
	f := instanceFields(in)
	def := in.Type == "aws_default_subnet"
	s.VPC = b.vpcOf(f.get("vpc_id"))
	if s.VPC == nil && def {
		s.VPC = b.defaultVPC[providerKey(in)]
	}
	cidrs := b.cidrs(in)
	s.CIDR = cidrs.one(f, "cidr_block")
	if def {
		s.CIDR = required(s.CIDR) // computed by AWS when not in plan values
	}
	s.IPv6CIDR = cidrs.one(f, "ipv6_cidr_block")
	s.AvailabilityZone = availabilityZone(f)
	s.AvailabilityZoneIsID = isUnset(f.get("availability_zone")) && !isUnset(f.get("availability_zone_id"))
	// Default subnets map public IPs unless told otherwise.
	s.MapPublicIPOnLaunch = boolOr(f.get("map_public_ip_on_launch"), def)
	s.Tags = tags(in)
}

// availabilityZone returns availability_zone or availability_zone_id,
// whichever is set; unknown when neither is (AWS picks one).
func availabilityZone(f fields) model.String {
	for _, name := range []string{"availability_zone", "availability_zone_id"} {
		if v := f.get(name); !isUnset(v) {
			s, ok := asString(v)
			return model.String{Value: s, Known: ok}
		}
	}
	return model.String{}
}
