package build

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// target is what a reference-valued argument (vpc_id, subnet_id, …) names.
type target struct {
	// inst is the managed instance named, nil when the value names nothing
	// in the build (a data source, an unknown value, a foreign id).
	inst *resource.Instance
	// attr is the attribute of inst that the value is: "id", or one of the
	// VPC's default_*_id attributes.
	attr string
	// address is the address in a reference string, even when no instance
	// has it.
	address string
	// literal is a literal id as written ("vpc-0abc"), "" otherwise.
	literal string
	// known is false when the value is unknown or not a string.
	known bool
}

// vpcDefaultIDs are the VPC attributes naming the VPC's default objects.
var vpcDefaultIDs = []string{"default_network_acl_id", "default_route_table_id", "main_route_table_id", "default_security_group_id"}

// index finds instances by address and by literal id.
type index struct {
	byAddress map[string]*resource.Instance
	// maybe maps an address without instance keys to the MaybeAbsent
	// instances with that base address: a reference may carry a key the
	// unexpanded instance lacks, or the other way round.
	maybe map[string][]*resource.Instance
	// byBase maps an address without instance keys to every instance with
	// that base address.
	byBase map[string][]*resource.Instance
	// byID maps literal ids (known `id` values in plan mode, and the VPC
	// default_*_id attributes) to their instance and attribute.
	byID map[string]target
}

func newIndex(insts []*resource.Instance) index {
	ix := index{
		byAddress: map[string]*resource.Instance{},
		maybe:     map[string][]*resource.Instance{},
		byBase:    map[string][]*resource.Instance{},
		byID:      map[string]target{},
	}
	// A VPC's default_*_id attributes are indexed first: in plan mode the
	// aws_default_* resource that manages that object has the same id, and
	// the VPC's attribute is what tells the builder it is the VPC's default.
	for _, in := range insts {
		if in.Type == "aws_vpc" || in.Type == "aws_default_vpc" {
			for _, attr := range vpcDefaultIDs {
				ix.addID(in, attr)
			}
		}
	}
	for _, in := range insts {
		ix.byAddress[in.Address] = in
		base := stripIndexes(in.Address)
		ix.byBase[base] = append(ix.byBase[base], in)
		if in.MaybeAbsent {
			ix.maybe[base] = append(ix.maybe[base], in)
		}
		ix.addID(in, "id")
	}
	return ix
}

// addID indexes the literal value of in's attribute attr, first come first
// served.
func (ix index) addID(in *resource.Instance, attr string) {
	a, ok := in.Attrs[attr]
	if !ok {
		return
	}
	s, ok := asString(a.Value)
	if !ok || s == "" || resource.IsRef(s) {
		return
	}
	if _, dup := ix.byID[s]; !dup {
		ix.byID[s] = target{inst: in, attr: attr, literal: s, known: true}
	}
}

// instance returns the instance at address, falling back to the one
// MaybeAbsent instance with the same base address.
func (ix index) instance(address string) *resource.Instance {
	if in, ok := ix.byAddress[address]; ok {
		return in
	}
	if c := ix.maybe[stripIndexes(address)]; len(c) == 1 {
		return c[0]
	}
	return nil
}

// resolve interprets a reference-valued argument.
func (b *builder) resolve(v cty.Value) target {
	s, ok := asString(v)
	if !ok {
		return target{}
	}
	return b.resolveString(s)
}

// resolveString is resolve for a known string.
func (b *builder) resolveString(s string) target {
	if s == "" {
		return target{known: true}
	}
	if address, attr, isRef := resource.ParseRef(s); isRef {
		return target{inst: b.refs.instance(address), attr: attr, address: address, known: true}
	}
	if t, found := b.refs.byID[s]; found {
		return t
	}
	return target{literal: s, known: true}
}

// of returns inst when t names attribute "id" of an instance of one of the
// given types.
func (t target) of(types ...string) *resource.Instance {
	if t.inst == nil || t.attr != "id" {
		return nil
	}
	for _, ty := range types {
		if t.inst.Type == ty {
			return t.inst
		}
	}
	return nil
}

// vpcAttr returns the VPC whose attribute attr t names, for the VPC's
// default_*_id attributes.
func (b *builder) vpcAttr(t target, attrs ...string) *model.VPC {
	if t.inst == nil {
		return nil
	}
	for _, a := range attrs {
		if t.attr == a {
			return b.vpcs[t.inst]
		}
	}
	return nil
}

// vpcOf returns the VPC a vpc_id value names.
func (b *builder) vpcOf(v cty.Value) *model.VPC {
	return b.vpcs[b.resolve(v).of("aws_vpc", "aws_default_vpc")]
}

// subnetOf returns the subnet a subnet_id value names.
func (b *builder) subnetOf(v cty.Value) *model.Subnet {
	return b.subnets[b.resolve(v).of("aws_subnet", "aws_default_subnet")]
}

// natOf returns the NAT gateway a nat_gateway_id value names.
func (b *builder) natOf(v cty.Value) *model.NATGateway {
	return b.nats[b.resolve(v).of("aws_nat_gateway")]
}

// sgOf returns the security group an id names: a group's id, or a VPC's
// default_security_group_id when aws_default_security_group manages it.
func (b *builder) sgOf(v cty.Value) *model.SecurityGroup {
	return b.sgAt(b.resolve(v))
}

// sgAt is sgOf for a resolved value.
func (b *builder) sgAt(t target) *model.SecurityGroup {
	if in := t.of("aws_security_group", "aws_default_security_group"); in != nil {
		return b.sgs[in]
	}
	if vpc := b.vpcAttr(t, "default_security_group_id"); vpc != nil {
		return b.defaultSG[vpc]
	}
	return nil
}

// naclOf returns the network ACL an id names (see sgOf).
func (b *builder) naclOf(v cty.Value) *model.NACL {
	t := b.resolve(v)
	if in := t.of("aws_network_acl", "aws_default_network_acl"); in != nil {
		return b.nacls[in]
	}
	if vpc := b.vpcAttr(t, "default_network_acl_id"); vpc != nil {
		return b.defaultNACL[vpc]
	}
	return nil
}

// tableOf returns the route table an id names (see sgOf).
func (b *builder) tableOf(v cty.Value) *model.RouteTable {
	t := b.resolve(v)
	if in := t.of("aws_route_table", "aws_default_route_table"); in != nil {
		return b.tables[in]
	}
	if vpc := b.vpcAttr(t, "default_route_table_id", "main_route_table_id"); vpc != nil {
		return b.defaultRT[vpc]
	}
	return nil
}

// peeringOf returns the peering connection an id names, also through an
// aws_vpc_peering_connection_accepter (whose id is the connection's).
func (b *builder) peeringOf(v cty.Value) *model.Peering {
	t := b.resolve(v)
	if in := t.of("aws_vpc_peering_connection"); in != nil {
		return b.peerings[in]
	}
	if in := t.of("aws_vpc_peering_connection_accepter"); in != nil {
		inner := b.resolve(instanceFields(in).get("vpc_peering_connection_id"))
		return b.peerings[inner.of("aws_vpc_peering_connection")]
	}
	return nil
}

// idString returns how a reference-valued argument reads in a message: the
// literal id, or the address of the instance a reference string names
// (with the attribute when it is not id, as Terraform writes it:
// aws_vpc_endpoint.s3.prefix_list_id). It is known for literals and managed
// instances in the build; a reference to anything else (a data source)
// keeps its text but is not known.
func (b *builder) idString(v cty.Value) model.String {
	t := b.resolve(v)
	if t.literal != "" {
		return model.String{Value: t.literal, Known: true}
	}
	s := t.address
	if s != "" && t.attr != "id" {
		s += "." + t.attr
	}
	return model.String{Value: s, Known: t.inst != nil}
}
