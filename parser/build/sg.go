package build

import (
	"fmt"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// directions are the nested-block names of the two rule directions.
var directions = []struct {
	name string
	dir  model.Direction
}{{"ingress", model.Ingress}, {"egress", model.Egress}}

// linkSG fills an aws_security_group or aws_default_security_group. A
// group without vpc_id lives in its provider configuration's default VPC.
func (b *builder) linkSG(in *resource.Instance, g *model.SecurityGroup) {
	f := instanceFields(in)
	g.VPC = b.vpcOf(f.get("vpc_id"))
	if g.VPC == nil && isNull(f.get("vpc_id")) {
		g.VPC = b.defaultVPC[providerKey(in)]
	}
	g.Tags = tags(in)
	if g.Default && g.VPC != nil {
		if _, dup := b.defaultSG[g.VPC]; !dup {
			b.defaultSG[g.VPC] = g
		}
	}
}

// inlineSGRules adds the group's inline rules: `ingress {}` / `egress {}`
// blocks or the attribute form, in source order.
func (b *builder) inlineSGRules(in *resource.Instance, g *model.SecurityGroup) {
	f := instanceFields(in)
	cidrs := b.cidrs(in)
	for _, d := range directions {
		it := f.nested(d.name)
		g.InlineSet[d.dir] = it.set
		g.Incomplete[d.dir] = g.Incomplete[d.dir] || !it.complete
		for _, item := range it.list {
			r := &model.SGRule{
				Location:    item.loc(),
				Origin:      model.OriginInline,
				Group:       g,
				Direction:   d.dir,
				MaybeAbsent: in.MaybeAbsent,
			}
			b.sgRuleBody(cidrs, item, r, false)
			g.Rules = append(g.Rules, r)
		}
	}
}

// sgRuleResource adds an aws_security_group_rule or
// aws_vpc_security_group_{ingress,egress}_rule to its group, or to
// Network.UnattachedSGRules when security_group_id does not resolve.
func (b *builder) sgRuleResource(in *resource.Instance) {
	f := instanceFields(in)
	if isNull(f.get("security_group_id")) {
		return // required: Terraform rejects the configuration, so it is no group's rule
	}
	vpcStyle := in.Type != "aws_security_group_rule"
	r := &model.SGRule{
		Location:    f.loc(),
		Origin:      model.OriginSGRule,
		Group:       b.sgOf(f.get("security_group_id")),
		MaybeAbsent: in.MaybeAbsent,
	}
	if vpcStyle {
		r.Origin = model.OriginVPCSGRule
	}
	b.sgRuleBody(b.cidrs(in), f, r, vpcStyle)

	dir, known := b.sgRuleDirection(in, f)
	switch {
	case known && r.Group != nil:
		r.Direction = dir
		r.Group.Rules = append(r.Group.Rules, r)
	case known:
		r.Direction = dir
		b.net.UnattachedSGRules = append(b.net.UnattachedSGRules, r)
	case r.Group != nil:
		// Either direction may be missing a rule.
		r.Group.Incomplete = [2]bool{true, true}
	default:
		// Stand for a rule of unknown content in each direction.
		for _, d := range directions {
			c := *r
			c.Direction, c.Known = d.dir, false
			b.net.UnattachedSGRules = append(b.net.UnattachedSGRules, &c)
		}
	}
}

// sgRuleDirection returns the direction of a rule resource; known is false
// when `type` is unknown or invalid.
func (b *builder) sgRuleDirection(in *resource.Instance, f fields) (model.Direction, bool) {
	switch in.Type {
	case "aws_vpc_security_group_ingress_rule":
		return model.Ingress, true
	case "aws_vpc_security_group_egress_rule":
		return model.Egress, true
	}
	s, ok := plainString(f.get("type"))
	switch {
	case !ok:
		return 0, false
	case s == "ingress":
		return model.Ingress, true
	case s == "egress":
		return model.Egress, true
	}
	b.problem(f.locOf("type"), fmt.Sprintf("type %q is not \"ingress\" or \"egress\"; the provider rejects it", s))
	return 0, false
}

// sgRuleBody reads protocol, ports and peers. vpcStyle selects the argument
// names of aws_vpc_security_group_*_rule. r.Group must be set first: a peer
// naming the rule's own group is read as self.
func (b *builder) sgRuleBody(cidrs cidrChecker, f fields, r *model.SGRule, vpcStyle bool) {
	protoArg := "protocol"
	if vpcStyle {
		protoArg = "ip_protocol"
	}
	proto, known := b.sgProtocolArg(f, protoArg)
	r.Protocol = proto
	if known {
		r.Ports, known = sgPorts(f, proto, vpcStyle)
	}
	if known {
		r.WrittenPorts = writtenPorts(f, r)
	}
	r.Known = known
	r.Description = stringOr(f.get("description"), "")

	if vpcStyle {
		for _, name := range []string{"cidr_ipv4", "cidr_ipv6"} {
			if p := cidrs.one(f, name); p.IsSet() || !p.Known {
				r.CIDRs = append(r.CIDRs, p)
			}
		}
		if v := f.get("prefix_list_id"); !isUnset(v) {
			r.PrefixLists = append(r.PrefixLists, b.idString(v))
		}
		b.addGroupPeer(r, f.get("referenced_security_group_id"))
		return
	}
	r.CIDRs = append(cidrs.list(f, "cidr_blocks"), cidrs.list(f, "ipv6_cidr_blocks")...)
	r.PrefixLists = b.idStrings(f.get("prefix_list_ids"))
	if groups, ok := elems(f.get("security_groups")); ok {
		for _, v := range groups {
			b.addGroupPeer(r, v)
		}
	} else {
		r.Groups = append(r.Groups, model.GroupRef{})
	}
	b.addGroupPeer(r, f.get("source_security_group_id"))
	switch self, ok := asBool(f.get("self")); {
	case !ok:
		r.Groups = append(r.Groups, model.GroupRef{}) // maybe self: some group
	case self:
		r.Self = true
	}
}

// addGroupPeer adds a security group peer unless v is unset. A peer that is
// the rule's own group is self. The ID of a group in the model is its
// address.
func (b *builder) addGroupPeer(r *model.SGRule, v cty.Value) {
	if isUnset(v) {
		return
	}
	g := b.sgOf(v)
	if g != nil && g == r.Group {
		r.Self = true
		return
	}
	id := b.idString(v)
	if g != nil {
		id = model.String{Value: g.Address, Known: true}
	}
	r.Groups = append(r.Groups, model.GroupRef{Group: g, ID: id})
}

// idStrings reads a list of ids (prefix lists); an unknown list is one
// unknown id.
func (b *builder) idStrings(v cty.Value) []model.String {
	els, ok := elems(v)
	if !ok {
		return []model.String{{}}
	}
	var out []model.String
	for _, e := range els {
		if !isUnset(e) {
			out = append(out, b.idString(e))
		}
	}
	return out
}

// sgProtocolArg reads and normalises a security group rule protocol; a
// value AWS would reject is a problem.
func (b *builder) sgProtocolArg(f fields, name string) (model.Protocol, bool) {
	v := f.get(name)
	s, ok := plainString(v)
	if !ok || isNull(v) {
		return 0, false
	}
	p, valid := sgProtocol(s)
	if !valid {
		b.problem(f.locOf(name), fmt.Sprintf("%s %q is not a protocol AWS accepts in a security group rule (tcp, udp, icmp, icmpv6, a protocol number, or -1 for all)", name, s))
	}
	return p, valid
}

// sgPorts reads from_port/to_port as semantics §1.2 says: every protocol
// but tcp, udp, icmp and icmpv6 covers all ports; icmp ports are type and
// code; an aws_vpc_security_group_*_rule for icmpv6 may omit them (all).
func sgPorts(f fields, p model.Protocol, vpcStyle bool) (model.PortRange, bool) {
	if !p.HasPorts() {
		return model.AllPorts, true
	}
	fromV, toV := f.get("from_port"), f.get("to_port")
	if isNull(fromV) && isNull(toV) && vpcStyle && p == model.ProtocolICMPv6 {
		return model.AllPorts, true
	}
	if isNull(fromV) || isNull(toV) {
		return model.PortRange{}, false
	}
	return portRange(p, fromV, toV)
}

// writtenPorts returns from_port/to_port as written on rule r when its
// protocol ignores ports and AWS accepts the rule, so that AWS opens every
// port (semantics §1.2, pitfall P3): aws_security_group_rule for any such
// protocol, the other styles for a protocol number other than -1 (inline
// rules with -1 and ports fail at apply; aws_vpc_security_group_*_rule
// must omit them). It is the zero value otherwise, and when the range is
// unset, unknown or means all ports anyway (0-0, -1/-1, 0-65535).
func writtenPorts(f fields, r *model.SGRule) model.PortRange {
	if r.Protocol.HasPorts() || (r.Protocol == model.ProtocolAll && r.Origin != model.OriginSGRule) {
		return model.PortRange{}
	}
	from, ok1 := asInt(f.get("from_port"))
	to, ok2 := asInt(f.get("to_port"))
	w := model.PortRange{From: from, To: to}
	if !ok1 || !ok2 || w == model.AllPorts || w == (model.PortRange{From: -1, To: -1}) {
		return model.PortRange{}
	}
	return w
}

// portRange reads a tcp/udp port range, or an ICMP type (from) and code
// (to) for icmp and icmpv6. ok is false for unknown or invalid values.
func portRange(p model.Protocol, fromV, toV cty.Value) (model.PortRange, bool) {
	from, ok1 := asInt(fromV)
	to, ok2 := asInt(toV)
	switch {
	case !ok1 || !ok2:
		return model.PortRange{}, false
	case p == model.ProtocolICMP || p == model.ProtocolICMPv6:
		if !validICMP(from, to) {
			return model.PortRange{}, false
		}
		return model.ICMPRange(from, to), true
	case !validPort(from) || !validPort(to) || from > to:
		return model.PortRange{}, false
	}
	return model.PortRange{From: from, To: to}, true
}

// plainString reads v as a string that is not a reference string: a
// reference stands for a value only known after apply.
func plainString(v cty.Value) (string, bool) {
	s, ok := asString(v)
	if !ok || resource.IsRef(s) {
		return "", false
	}
	return s, true
}
