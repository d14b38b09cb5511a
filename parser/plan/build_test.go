package plan

import (
	"slices"
	"testing"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/build"
)

// network builds the model of a plan fixture, failing on model problems.
func network(t *testing.T, fixture string) *model.Network {
	t.Helper()
	n := build.Network(loadFixture(t, fixture).Instances)
	for _, p := range n.Problems {
		t.Errorf("%s: problem at %s: %s", fixture, p.Range, p.Message)
	}
	return n
}

// byAddress returns the object with address among objs.
func byAddress[T model.Locatable](t *testing.T, objs []T, address string) T {
	t.Helper()
	i := slices.IndexFunc(objs, func(o T) bool { return o.Loc().Address == address })
	if i < 0 {
		t.Fatalf("no %s in the model", address)
	}
	return objs[i]
}

// TestBuildSecurityGroups links rules to their groups and peers.
func TestBuildSecurityGroups(t *testing.T) {
	n := network(t, "sg_rules/plan.json")
	vpc := byAddress(t, n.VPCs, "aws_vpc.main")
	sep := byAddress(t, n.SecurityGroups, "aws_security_group.separate")
	noEgress := byAddress(t, n.SecurityGroups, "aws_security_group.no_egress")
	peer := byAddress(t, n.SecurityGroups, "aws_security_group.peer")
	for _, g := range []*model.SecurityGroup{sep, noEgress, peer} {
		if g.VPC != vpc {
			t.Errorf("%s: VPC %v", g.Address, g.VPC)
		}
	}
	var origins []model.Origin
	for _, r := range sep.Rules {
		origins = append(origins, r.Origin)
		if r.Group != sep || !r.Known {
			t.Errorf("%s rule at %s: group %v, known %v", sep.Address, r.Range, r.Group, r.Known)
		}
		if r.Origin == model.OriginSGRule && (len(r.Groups) != 1 || r.Groups[0].Group != noEgress) {
			t.Errorf("separate_ssh peers %+v, want the no_egress group", r.Groups)
		}
	}
	if !slices.Contains(origins, model.OriginSGRule) || !slices.Contains(origins, model.OriginVPCSGRule) || len(origins) != 2 {
		t.Errorf("separate group rules from %v, want one aws_security_group_rule and one aws_vpc_security_group_egress_rule", origins)
	}
	if len(noEgress.RulesIn(model.Egress)) != 0 || noEgress.Incomplete[model.Egress] || noEgress.InlineSet[model.Egress] {
		t.Errorf("no_egress: egress %d rules, incomplete %v, inline set %v", len(noEgress.RulesIn(model.Egress)), noEgress.Incomplete, noEgress.InlineSet)
	}
	if !peer.InlineSet[model.Egress] || len(peer.RulesIn(model.Egress)) != 0 {
		t.Errorf("peer: egress = [] not seen")
	}
	if in := peer.RulesIn(model.Ingress); len(in) != 1 || len(in[0].Groups) != 1 || in[0].Groups[0].Group != sep {
		t.Errorf("peer ingress %+v, want one rule from the separate group", in)
	}
	// The rule on an existing group by literal id stays unattached.
	if len(n.UnattachedSGRules) != 1 || n.UnattachedSGRules[0].Address != "aws_security_group_rule.existing" {
		t.Errorf("unattached rules %v", n.UnattachedSGRules)
	}
}

// TestBuildNACL links the separate rule and the subnet to the ACL.
func TestBuildNACL(t *testing.T) {
	n := network(t, "nacl/plan.json")
	acl := byAddress(t, n.NACLs, "aws_network_acl.app")
	var numbers []int
	for _, r := range acl.RulesIn(model.Ingress) {
		numbers = append(numbers, r.Number)
	}
	if !slices.Equal(numbers, []int{90, 100, 110, 120}) {
		t.Errorf("ingress rule numbers %v", numbers)
	}
	if len(n.UnattachedNACLRules) != 0 {
		t.Errorf("unattached NACL rules %v", n.UnattachedNACLRules)
	}
	if s := byAddress(t, n.Subnets, "aws_subnet.app"); s.NACL != acl {
		t.Errorf("subnet NACL %v", s.NACL)
	}
}

// TestBuildPeering links the peering to both VPCs, and the route to the
// peering.
func TestBuildPeering(t *testing.T) {
	n := network(t, "peering/plan.json")
	a, b := byAddress(t, n.VPCs, "aws_vpc.a"), byAddress(t, n.VPCs, "aws_vpc.b")
	p := byAddress(t, n.Peerings, "aws_vpc_peering_connection.ab")
	if p.Requester != a || p.Accepter != b {
		t.Errorf("peering between %v and %v", p.Requester, p.Accepter)
	}
	var cidrs []string
	for _, c := range b.CIDRs {
		cidrs = append(cidrs, c.Prefix.Prefix.String())
	}
	if !slices.Equal(cidrs, []string{"10.20.0.0/16", "10.10.128.0/17"}) {
		t.Errorf("VPC b CIDRs %v", cidrs)
	}
	rt := byAddress(t, n.RouteTables, "aws_route_table.a")
	if len(rt.Routes) != 1 || rt.Routes[0].Peering != p || rt.Routes[0].TargetKind != model.TargetPeering {
		t.Errorf("routes %+v", rt.Routes)
	}
}

// TestBuildNAT links routes to NAT gateways through modules and counts, and
// reads tags with provider default_tags.
func TestBuildNAT(t *testing.T) {
	n := network(t, "nat_tags/plan.json")
	tagged := byAddress(t, n.NATGateways, "aws_nat_gateway.tagged")
	other := byAddress(t, n.NATGateways, "module.other.aws_nat_gateway.this")
	private := byAddress(t, n.RouteTables, "aws_route_table.private")
	if len(private.Routes) != 2 {
		t.Fatalf("private table has %d routes, want inline + module's aws_route", len(private.Routes))
	}
	for _, r := range private.Routes {
		want := tagged
		if r.Origin == model.OriginRouteResource {
			want = other
		}
		if r.NATGateway != want || r.TargetKind != model.TargetNATGateway {
			t.Errorf("route %s to %v, want %s", r.Destination.Prefix, r.NATGateway, want.Address)
		}
	}
	if rs := byAddress(t, n.RouteTables, "aws_route_table.via_module").Routes; len(rs) != 1 || rs[0].NATGateway != other {
		t.Errorf("via_module routes %+v", rs)
	}
	if s := byAddress(t, n.Subnets, "aws_subnet.public"); tagged.Subnet != s || other.Subnet != s {
		t.Errorf("NAT subnets %v %v", tagged.Subnet, other.Subnet)
	}
	tags := tagged.Tags
	if !tags.Known || tags.Values["Owner"].Value != "override" || tags.Values["Purpose"].Value != "egress" || !tags.FromDefault["Purpose"] || tags.FromDefault["Owner"] {
		t.Errorf("tagged NAT tags %+v", tags)
	}
	if tags := other.Tags; !tags.Known || len(tags.Values) != 0 {
		t.Errorf("module.other NAT tags %+v", tags)
	}
	if tags := byAddress(t, n.NATGateways, "aws_nat_gateway.empty_owner").Tags; tags.Values["Owner"].Value != "" || tags.Values["Purpose"].Value != "egress" {
		t.Errorf("empty_owner tags %+v", tags)
	}

	n = network(t, "count_foreach/plan.json")
	for i, want := range []string{"aws_nat_gateway.ng[0]", "aws_nat_gateway.ng[1]"} {
		rt := byAddress(t, n.RouteTables, []string{"aws_route_table.private[0]", "aws_route_table.private[1]"}[i])
		if len(rt.Routes) != 1 || rt.Routes[0].NATGateway == nil || rt.Routes[0].NATGateway.Address != want {
			t.Errorf("%s routes %+v, want one to %s", rt.Address, rt.Routes, want)
		}
	}
	shared := byAddress(t, n.NACLs, "aws_network_acl.shared")
	var subnets []string
	for _, s := range shared.Subnets {
		subnets = append(subnets, s.Address)
	}
	if want := []string{"aws_subnet.public[0]", "aws_subnet.public[1]", `module.net["b"].aws_subnet.this`}; !slices.Equal(subnets, want) {
		t.Errorf("shared NACL subnets %q, want %q", subnets, want)
	}
	a := byAddress(t, n.SecurityGroups, `module.net["a"].aws_security_group.this`)
	if len(a.RulesIn(model.Ingress)) != 1 || len(a.RulesIn(model.Egress)) != 1 {
		t.Errorf(`module.net["a"] group: %d ingress, %d egress rules`, len(a.RulesIn(model.Ingress)), len(a.RulesIn(model.Egress)))
	}
}

// TestBuildExisting links new resources to existing ones by known id.
func TestBuildExisting(t *testing.T) {
	n := network(t, "prior_state/plan.json")
	vpc := byAddress(t, n.VPCs, "aws_vpc.main")
	if s := byAddress(t, n.Subnets, "aws_subnet.new"); s.VPC != vpc {
		t.Errorf("subnet VPC %v", s.VPC)
	}
	web := byAddress(t, n.SecurityGroups, "aws_security_group.web")
	if web.VPC != vpc || len(web.RulesIn(model.Ingress)) != 1 || len(web.RulesIn(model.Egress)) != 1 {
		t.Errorf("web group: VPC %v, %d ingress, %d egress rules", web.VPC, len(web.RulesIn(model.Ingress)), len(web.RulesIn(model.Egress)))
	}
}
