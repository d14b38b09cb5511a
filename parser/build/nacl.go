package build

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// linkNACL fills an aws_network_acl or aws_default_network_acl. The
// default ACL's VPC is the one whose default_network_acl_id it names.
func (b *builder) linkNACL(in *resource.Instance, n *model.NACL) {
	f := instanceFields(in)
	if n.Default {
		n.VPC = b.vpcAttr(b.resolve(f.get("default_network_acl_id")), "default_network_acl_id")
		if n.VPC != nil {
			if _, dup := b.defaultNACL[n.VPC]; !dup {
				b.defaultNACL[n.VPC] = n
			}
		}
	}
	if n.VPC == nil {
		n.VPC = b.vpcOf(f.get("vpc_id"))
	}
	n.Tags = tags(in)
}

// inlineNACLRules adds the inline rules and the subnet_ids associations.
// aws_default_network_acl always manages both directions: adopting it
// removes every rule not in the configuration (semantics §2.4).
func (b *builder) inlineNACLRules(in *resource.Instance, n *model.NACL) {
	f := instanceFields(in)
	cidrs := b.cidrs(in)
	for _, d := range directions {
		it := f.nested(d.name)
		n.InlineSet[d.dir] = it.set || n.Default
		n.Incomplete[d.dir] = n.Incomplete[d.dir] || !it.complete
		for _, item := range it.list {
			r := &model.NACLRule{
				Location:    item.loc(),
				Origin:      model.OriginInline,
				NACL:        n,
				Direction:   d.dir,
				MaybeAbsent: in.MaybeAbsent,
			}
			b.naclRuleBody(cidrs, item, r, false)
			n.Rules = append(n.Rules, r)
		}
	}
	ids, ok := elems(f.get("subnet_ids"))
	if !ok {
		b.uncertainNACL[n.VPC] = true
	}
	for _, v := range ids {
		b.associateNACL(v, n, n.VPC)
	}
}

// naclRuleResource adds an aws_network_acl_rule to its ACL, or to
// Network.UnattachedNACLRules.
func (b *builder) naclRuleResource(in *resource.Instance) {
	f := instanceFields(in)
	if isNull(f.get("network_acl_id")) {
		return // required: Terraform rejects the configuration, so it is no ACL's rule
	}
	r := &model.NACLRule{
		Location:    f.loc(),
		Origin:      model.OriginNACLRule,
		NACL:        b.naclOf(f.get("network_acl_id")),
		MaybeAbsent: in.MaybeAbsent,
	}
	b.naclRuleBody(b.cidrs(in), f, r, true)

	egress, known := asBool(f.get("egress"))
	dir := model.Ingress
	if egress {
		dir = model.Egress
	}
	switch {
	case known && r.NACL != nil:
		r.Direction = dir
		r.NACL.Rules = append(r.NACL.Rules, r)
	case known:
		r.Direction = dir
		b.net.UnattachedNACLRules = append(b.net.UnattachedNACLRules, r)
	case r.NACL != nil:
		r.NACL.Incomplete = [2]bool{true, true}
	default:
		for _, d := range directions {
			c := *r
			c.Direction, c.Known = d.dir, false
			b.net.UnattachedNACLRules = append(b.net.UnattachedNACLRules, &c)
		}
	}
}

// naclArgs are the argument names that differ between inline rules and
// aws_network_acl_rule.
type naclArgs struct{ number, action string }

var (
	inlineNACLArgs   = naclArgs{number: "rule_no", action: "action"}
	resourceNACLArgs = naclArgs{number: "rule_number", action: "rule_action"}
)

// naclRuleBody reads number, action, protocol, ports and CIDR (semantics
// §2.4). standalone selects aws_network_acl_rule's argument names.
func (b *builder) naclRuleBody(cidrs cidrChecker, f fields, r *model.NACLRule, standalone bool) {
	args := inlineNACLArgs
	if standalone {
		args = resourceNACLArgs
	}
	numberOK := b.naclNumber(f, args.number, r)
	actionOK := b.naclAction(f, args.action, r)
	protoOK := b.naclProtocolArg(f, r)
	cidrOK := b.naclCIDR(cidrs, f, r)
	portsOK := false
	if protoOK && cidrOK {
		r.Ports, portsOK = naclPorts(f, r.Protocol, r.CIDR)
	}
	r.Known = numberOK && actionOK && protoOK && cidrOK && portsOK
}

// naclNumber reads the rule number; AWS accepts 1-32766.
func (b *builder) naclNumber(f fields, name string, r *model.NACLRule) bool {
	v := f.get(name)
	n, ok := asInt(v)
	if !ok || isNull(v) {
		return false
	}
	r.Number = n
	if n < 1 || n > 32766 {
		b.problem(f.locOf(name), fmt.Sprintf("%s %d is outside 1-32766, the rule numbers AWS accepts", name, n))
		return false
	}
	return true
}

// naclAction reads "allow" or "deny" (any case, as the provider accepts).
func (b *builder) naclAction(f fields, name string, r *model.NACLRule) bool {
	v := f.get(name)
	s, ok := plainString(v)
	if !ok || isNull(v) {
		return false
	}
	switch strings.ToLower(s) {
	case "allow":
		r.Action = model.Allow
	case "deny":
		r.Action = model.Deny
	default:
		b.problem(f.locOf(name), fmt.Sprintf("%s %q is not \"allow\" or \"deny\"", name, s))
		return false
	}
	return true
}

// naclProtocolArg reads the protocol with the provider's NACL table; a
// keyword it rejects is a problem.
func (b *builder) naclProtocolArg(f fields, r *model.NACLRule) bool {
	v := f.get("protocol")
	s, ok := plainString(v)
	if !ok || isNull(v) {
		return false
	}
	p, valid := naclProtocol(s)
	if !valid {
		b.problem(f.locOf("protocol"), fmt.Sprintf("protocol %q is not a NACL protocol the provider accepts (it wants an IANA keyword in lower case such as \"tcp\" or \"ipv6-icmp\", a protocol number, or \"-1\")", s))
		return false
	}
	r.Protocol = p
	return true
}

// naclCIDR reads cidr_block or ipv6_cidr_block, whichever is set; exactly
// one must be.
func (b *builder) naclCIDR(cidrs cidrChecker, f fields, r *model.NACLRule) bool {
	v4, v6 := cidrs.one(f, "cidr_block"), cidrs.one(f, "ipv6_cidr_block")
	switch {
	case !v4.Known || !v6.Known:
		return false
	case v4.IsSet() && v6.IsSet(), !v4.IsSet() && !v6.IsSet():
		return false
	case v4.IsSet():
		r.CIDR = v4
	default:
		r.CIDR = v6
	}
	return true
}

// naclPorts reads the ports: tcp and udp from_port-to_port (omitted = 0);
// icmp the icmp_type/icmp_code (unset = 0, echo reply, as the provider
// sends them); icmpv6 likewise for an IPv6 rule and all types for an IPv4
// one; every other protocol all ports.
func naclPorts(f fields, p model.Protocol, cidr model.Prefix) (model.PortRange, bool) {
	switch {
	case p == model.ProtocolICMPv6 && cidr.Prefix.Addr().Is4():
		return model.AllPorts, true
	case p == model.ProtocolICMP || p == model.ProtocolICMPv6:
		return portRange(p, f.get("icmp_type"), f.get("icmp_code"))
	case p.HasPorts():
		return portRange(p, f.get("from_port"), f.get("to_port"))
	}
	return model.AllPorts, true
}

// naclAssociation records an aws_network_acl_association.
func (b *builder) naclAssociation(in *resource.Instance) {
	f := instanceFields(in)
	n := b.naclOf(f.get("network_acl_id"))
	var vpc *model.VPC
	if n != nil {
		vpc = n.VPC
	}
	b.associateNACL(f.get("subnet_id"), n, vpc)
}

// associateNACL makes n the network ACL of the subnet subnetID names; n nil
// means an ACL not in the model. An unknown subnet id makes the ACL of
// every unassociated subnet of vpc uncertain.
func (b *builder) associateNACL(subnetID cty.Value, n *model.NACL, vpc *model.VPC) {
	s := b.subnetOf(subnetID)
	if s == nil {
		if !subnetID.IsKnown() {
			b.uncertainNACL[vpc] = true
		}
		return
	}
	if n != nil {
		n.Subnets = append(n.Subnets, s)
	}
	if !b.explicitNACL[s] {
		b.explicitNACL[s] = true
		s.NACL = n
	}
}

// compareNACLRules orders rules by direction, number, then source position.
func compareNACLRules(x, y *model.NACLRule) int {
	if c := cmp.Compare(x.Direction, y.Direction); c != 0 {
		return c
	}
	if c := cmp.Compare(x.Number, y.Number); c != 0 {
		return c
	}
	return compareRanges(x.Location, y.Location)
}
