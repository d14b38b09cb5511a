package build

import (
	"net/netip"
	"slices"
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// endpointKind says where a resource type with network interfaces names
// its subnets, security groups and address. Paths are argument names, or
// "block.argument" for an argument of nested blocks.
type endpointKind struct {
	subnets []string
	// subnetGroup is the argument naming a subnet group of type groupType,
	// whose subnet_ids are the endpoint's subnets.
	subnetGroup, groupType string
	groups                 []string
	privateIP              string
	// public reads whether the endpoint has a public address; nil when the
	// model does not work it out for the type.
	public func(f fields, subnets []*model.Subnet) model.Bool
}

// endpointKinds are the resource types that become model.Endpoints.
var endpointKinds = map[string]endpointKind{
	"aws_instance": {subnets: []string{"subnet_id"}, groups: []string{"vpc_security_group_ids", "security_groups"},
		privateIP: "private_ip", public: instancePublicIP},
	"aws_network_interface": {subnets: []string{"subnet_id"}, groups: []string{"security_groups"},
		privateIP: "private_ip", public: noPublicIP},
	"aws_lb":  {subnets: []string{"subnets", "subnet_mapping.subnet_id"}, groups: []string{"security_groups"}, public: lbPublic},
	"aws_alb": {subnets: []string{"subnets", "subnet_mapping.subnet_id"}, groups: []string{"security_groups"}, public: lbPublic},
	"aws_elb": {subnets: []string{"subnets"}, groups: []string{"security_groups"}, public: lbPublic},
	"aws_db_instance": {subnetGroup: "db_subnet_group_name", groupType: "aws_db_subnet_group",
		groups: []string{"vpc_security_group_ids"}},
	"aws_rds_cluster": {subnetGroup: "db_subnet_group_name", groupType: "aws_db_subnet_group",
		groups: []string{"vpc_security_group_ids"}},
	"aws_redshift_cluster": {subnetGroup: "cluster_subnet_group_name", groupType: "aws_redshift_subnet_group",
		groups: []string{"vpc_security_group_ids"}},
	"aws_elasticache_cluster": {subnetGroup: "subnet_group_name", groupType: "aws_elasticache_subnet_group",
		groups: []string{"security_group_ids"}},
	"aws_elasticache_replication_group": {subnetGroup: "subnet_group_name", groupType: "aws_elasticache_subnet_group",
		groups: []string{"security_group_ids"}},
	"aws_lambda_function":  {subnets: []string{"vpc_config.subnet_ids"}, groups: []string{"vpc_config.security_group_ids"}},
	"aws_vpc_endpoint":     {subnets: []string{"subnet_ids"}, groups: []string{"security_group_ids"}},
	"aws_ecs_service":      {subnets: []string{"network_configuration.subnets"}, groups: []string{"network_configuration.security_groups"}},
	"aws_efs_mount_target": {subnets: []string{"subnet_id"}, groups: []string{"security_groups"}, privateIP: "ip_address"},
}

// applies reports whether the instance has network interfaces in subnets:
// every instance of the type but gateway VPC endpoints (the default
// endpoint type), which are route table entries.
func (k endpointKind) applies(in *resource.Instance) bool {
	if in.Type != "aws_vpc_endpoint" {
		return true
	}
	s := stringOr(instanceFields(in).get("vpc_endpoint_type"), "Gateway")
	return !s.Known || s.Value != "Gateway"
}

// fillEndpoint resolves an endpoint's subnets, groups and addresses.
func (b *builder) fillEndpoint(in *resource.Instance, e *model.Endpoint) {
	kind := endpointKinds[in.Type]
	f := instanceFields(in)
	known, set := true, false
	for _, path := range kind.subnets {
		subnets, ok, written := b.subnetPath(f, path)
		e.Subnets = appendNew(e.Subnets, subnets...)
		known, set = known && ok, set || written
	}
	if v := f.get(kind.subnetGroup); kind.subnetGroup != "" && !isUnset(v) {
		subnets, ok := b.subnetGroupSubnets(v, kind.groupType)
		e.Subnets = appendNew(e.Subnets, subnets...)
		known, set = known && ok, true
	}
	e.SubnetsKnown = known && set
	b.endpointGroups(in, f, kind, e)
	if s, ok := asString(f.get(kind.privateIP)); kind.privateIP != "" && ok && s != "" {
		if ip, err := netip.ParseAddr(s); err == nil {
			e.PrivateIP = ip
		}
	}
	switch {
	case b.rs.publicByEIP[in]:
		e.PublicIP = model.Bool{Value: true, Known: true}
	case kind.public != nil:
		e.PublicIP = kind.public(f, e.Subnets)
	}
}

// endpointGroups resolves an endpoint's security groups. One that names
// none gets its VPC's default group, except a Network Load Balancer, which
// then has none.
func (b *builder) endpointGroups(in *resource.Instance, f fields, kind endpointKind, e *model.Endpoint) {
	known, set := true, false
	for _, path := range kind.groups {
		vals, ok, written := refValues(f, path)
		known, set = known && ok, set || written
		for _, v := range vals {
			g := b.sgOf(v)
			if g == nil {
				known = false
				continue
			}
			e.SecurityGroups = appendNew(e.SecurityGroups, g)
		}
	}
	e.GroupsKnown = known
	if set || !known {
		return
	}
	if in.Type == "aws_lb" || in.Type == "aws_alb" {
		switch typ := stringOr(f.get("load_balancer_type"), "application"); {
		case !typ.Known:
			e.GroupsKnown = false
			return
		case typ.Value != "application":
			return // network and gateway load balancers: no group filters them
		}
	}
	var vpc *model.VPC
	if len(e.Subnets) > 0 {
		vpc = e.Subnets[0].VPC
	}
	if g := b.defaultSG[vpc]; vpc != nil && g != nil {
		e.SecurityGroups = []*model.SecurityGroup{g}
		return
	}
	e.GroupsKnown = false
}

// subnetPath resolves the subnets argument path of f names.
func (b *builder) subnetPath(f fields, path string) (subnets []*model.Subnet, known, set bool) {
	vals, known, set := refValues(f, path)
	for _, v := range vals {
		s := b.subnetOf(v)
		if s == nil {
			known = false
			continue
		}
		subnets = appendNew(subnets, s)
	}
	return subnets, known, set
}

// subnetList resolves a list of subnet ids; known is false when some id
// does not resolve or the list is unknown.
func (b *builder) subnetList(f fields, name string) ([]*model.Subnet, bool) {
	subnets, known, _ := b.subnetPath(f, name)
	return subnets, known
}

// subnetGroupSubnets returns the subnets of the subnet group of type typ
// that v names, by reference or by its name.
func (b *builder) subnetGroupSubnets(v cty.Value, typ string) ([]*model.Subnet, bool) {
	t := b.resolve(v)
	g := t.inst
	if g == nil || g.Type != typ {
		g = b.instanceNamed(typ, t.literal)
	}
	if g == nil {
		return nil, false
	}
	return b.subnetList(instanceFields(g), "subnet_ids")
}

// instanceNamed returns the first instance of type typ whose name argument
// is name.
func (b *builder) instanceNamed(typ, name string) *resource.Instance {
	if name == "" {
		return nil
	}
	for _, in := range b.insts {
		if s, ok := asString(instanceFields(in).get("name")); in.Type == typ && ok && s == name {
			return in
		}
	}
	return nil
}

// refValues returns the values of argument path of f (a name, or
// "block.name" for an argument of nested blocks): the elements of a list
// or set, or the value itself. known is false when some value is unknown;
// set is true when some value is written.
func refValues(f fields, path string) (vals []cty.Value, known, set bool) {
	known = true
	items, name := []fields{f}, path
	if blk, arg, nested := strings.Cut(path, "."); nested {
		it := f.nested(blk)
		items, name, known = it.list, arg, it.complete
	}
	add := func(v cty.Value) {
		switch {
		case isUnset(v):
		case !v.IsKnown():
			known, set = false, true
		default:
			vals, set = append(vals, v), true
		}
	}
	for _, item := range items {
		v := item.get(name)
		if !v.IsKnown() || isUnset(v) || v.Type() == cty.String {
			add(v)
			continue
		}
		els, ok := elems(v)
		known = known && ok
		for _, e := range els {
			add(e)
		}
	}
	return vals, known, set
}

// appendNew appends the items of add that list does not hold yet.
func appendNew[T comparable](list []T, add ...T) []T {
	for _, x := range add {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// instancePublicIP reads whether an instance gets a public address:
// associate_public_ip_address, else its subnet's map_public_ip_on_launch.
func instancePublicIP(f fields, subnets []*model.Subnet) model.Bool {
	if v := f.get("associate_public_ip_address"); !isNull(v) {
		return boolOr(v, false)
	}
	if len(subnets) == 1 {
		return subnets[0].MapPublicIPOnLaunch
	}
	return model.Bool{}
}

// noPublicIP is for a network interface, public only with an Elastic IP.
func noPublicIP(fields, []*model.Subnet) model.Bool { return model.Bool{Known: true} }

// lbPublic reads whether a load balancer is internet-facing.
func lbPublic(f fields, _ []*model.Subnet) model.Bool {
	internal := boolOr(f.get("internal"), false)
	return model.Bool{Value: !internal.Value, Known: internal.Known}
}

// elasticIP records the instance or network interface an aws_eip or
// aws_eip_association gives a public address.
func (b *builder) elasticIP(in *resource.Instance) {
	if in.MaybeAbsent {
		return
	}
	f := instanceFields(in)
	for _, name := range []string{"instance", "network_interface", "instance_id", "network_interface_id"} {
		if target := b.resolve(f.get(name)).of("aws_instance", "aws_network_interface"); target != nil {
			b.rs.publicByEIP[target] = true
		}
	}
}
