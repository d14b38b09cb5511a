package build

import (
	"slices"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
)

func TestSGProtocolTable(t *testing.T) {
	tests := []struct {
		in   string
		want model.Protocol
		ok   bool
	}{
		{"-1", model.ProtocolAll, true},
		{"all", model.ProtocolAll, true},
		{"ALL", model.ProtocolAll, true},
		{"tcp", model.ProtocolTCP, true},
		{"TCP", model.ProtocolTCP, true},
		{"6", model.ProtocolTCP, true},
		{"udp", model.ProtocolUDP, true},
		{"17", model.ProtocolUDP, true},
		{"icmp", model.ProtocolICMP, true},
		{"1", model.ProtocolICMP, true},
		{"icmpv6", model.ProtocolICMPv6, true},
		{"ICMPv6", model.ProtocolICMPv6, true},
		{"58", model.ProtocolICMPv6, true},
		{"50", 50, true},
		{"47", 47, true},
		{"0", 0, true},
		{"255", 255, true},
		{"256", 0, false},
		{"-2", 0, false},
		{"tpc", 0, false},
		{"esp", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := sgProtocol(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("sgProtocol(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestSGRulePortsAndProtocols(t *testing.T) {
	tests := []struct {
		name  string
		rule  vals
		proto model.Protocol
		ports model.PortRange
		known bool
	}{
		{"tcp range", vals{"protocol": str("tcp"), "from_port": num(80), "to_port": num(443)}, model.ProtocolTCP, model.PortRange{From: 80, To: 443}, true},
		{"tcp 0-0 is port 0 only", vals{"protocol": str("tcp"), "from_port": num(0), "to_port": num(0)}, model.ProtocolTCP, model.PortRange{From: 0, To: 0}, true},
		{"number -1 is all", vals{"protocol": num(-1), "from_port": num(0), "to_port": num(0)}, model.ProtocolAll, model.AllPorts, true},
		{"-1 ignores ports", vals{"protocol": str("-1"), "from_port": num(22), "to_port": num(22)}, model.ProtocolAll, model.AllPorts, true},
		{"esp covers all ports", vals{"protocol": str("50"), "from_port": num(22), "to_port": num(22)}, 50, model.AllPorts, true},
		{"port numbers as strings", vals{"protocol": str("6"), "from_port": str("22"), "to_port": str("22")}, model.ProtocolTCP, model.PortRange{From: 22, To: 22}, true},
		{"icmp type and code", vals{"protocol": str("icmp"), "from_port": num(8), "to_port": num(0)}, model.ProtocolICMP, model.ICMPRange(8, 0), true},
		{"icmp any", vals{"protocol": str("icmp"), "from_port": num(-1), "to_port": num(-1)}, model.ProtocolICMP, model.AllPorts, true},
		{"icmp type any code fixed", vals{"protocol": str("icmp"), "from_port": num(-1), "to_port": num(0)}, model.ProtocolICMP, model.PortRange{}, false},
		{"icmp type 3 any code", vals{"protocol": str("icmp"), "from_port": num(3), "to_port": num(-1)}, model.ProtocolICMP, model.ICMPRange(3, -1), true},
		{"unknown protocol", vals{"protocol": unknown, "from_port": num(22), "to_port": num(22)}, 0, model.PortRange{}, false},
		{"unknown port", vals{"protocol": str("tcp"), "from_port": unknown, "to_port": num(22)}, model.ProtocolTCP, model.PortRange{}, false},
		{"unknown port irrelevant for -1", vals{"protocol": str("-1"), "from_port": unknown, "to_port": unknown}, model.ProtocolAll, model.AllPorts, true},
		{"reversed range", vals{"protocol": str("tcp"), "from_port": num(443), "to_port": num(80)}, model.ProtocolTCP, model.PortRange{}, false},
		{"port beyond 65535", vals{"protocol": str("tcp"), "from_port": num(0), "to_port": num(70000)}, model.ProtocolTCP, model.PortRange{}, false},
		{"fractional port", vals{"protocol": str("tcp"), "from_port": cty.NumberFloatVal(1.5), "to_port": num(2)}, model.ProtocolTCP, model.PortRange{}, false},
		{"list where a port is expected", vals{"protocol": str("tcp"), "from_port": strs("1"), "to_port": num(2)}, model.ProtocolTCP, model.PortRange{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			fx.res("aws_security_group.g", vals{}, block("ingress", tc.rule))
			n := fx.build()
			r := n.SecurityGroups[0].Rules[0]
			if r.Known != tc.known {
				t.Fatalf("Known = %v, want %v", r.Known, tc.known)
			}
			if r.Known && (r.Protocol != tc.proto || r.Ports != tc.ports) {
				t.Errorf("got %v %v, want %v %v", r.Protocol, r.Ports, tc.proto, tc.ports)
			}
			wantNoProblems(t, n)
		})
	}
}

func TestSGInvalidProtocolIsProblem(t *testing.T) {
	var fx fixture
	fx.res("aws_security_group.g", vals{}, block("egress", vals{"protocol": str("tpc"), "from_port": num(1), "to_port": num(2)}))
	fx.res("aws_security_group_rule.r", vals{"type": str("inbound"), "security_group_id": ref("aws_security_group.g"),
		"protocol": str("tcp"), "from_port": num(1), "to_port": num(2)})
	n := fx.build()
	got := problems(n)
	if len(got) != 2 || !strings.HasPrefix(got[0], `protocol "tpc" is not a protocol AWS accepts`) || !strings.HasPrefix(got[1], `type "inbound" is not`) {
		t.Fatalf("problems = %q", got)
	}
	g := n.SecurityGroups[0]
	if len(g.Rules) != 1 || g.Rules[0].Known {
		t.Errorf("invalid protocol: want one unknown rule, got %+v", g.Rules)
	}
	if !g.Incomplete[model.Ingress] || !g.Incomplete[model.Egress] {
		t.Errorf("a rule resource with an invalid type hides its direction: want both directions incomplete, got %v", g.Incomplete)
	}
}

func TestSGInlineForms(t *testing.T) {
	var fx fixture
	blocks := fx.res("aws_security_group.blocks", vals{},
		block("ingress", vals{"protocol": str("tcp"), "from_port": num(443), "to_port": num(443), "cidr_blocks": strs("10.0.0.0/8")}),
		block("egress", vals{"protocol": str("-1"), "from_port": num(0), "to_port": num(0), "cidr_blocks": strs("0.0.0.0/0"), "ipv6_cidr_blocks": strs("::/0")}),
	)
	attrForm := fx.res("aws_security_group.attr", vals{
		"egress": cty.TupleVal([]cty.Value{sgRuleObj("tcp", 443, 443, "0.0.0.0/0"), sgRuleObj("udp", 53, 53, "10.0.0.2/32")}),
	})
	fx.res("aws_security_group.empty", vals{"egress": cty.ListValEmpty(cty.DynamicPseudoType)})
	fx.res("aws_security_group.none", vals{})
	fx.res("aws_security_group.unknown_attr", vals{"egress": unknown})
	fx.res("aws_security_group.dynamic", vals{}, unknownBlocks("ingress"))
	fx.res("aws_security_group.null_attr", vals{"egress": cty.NullVal(cty.List(cty.DynamicPseudoType))})
	fx.res("aws_security_group.unknown_element", vals{"egress": cty.TupleVal([]cty.Value{sgRuleObj("tcp", 1, 1), cty.DynamicVal})})
	n := fx.build()
	wantNoProblems(t, n)
	byName := map[string]*model.SecurityGroup{}
	for _, g := range n.SecurityGroups {
		byName[g.Address[strings.LastIndex(g.Address, ".")+1:]] = g
	}

	b := byName["blocks"]
	if len(b.Rules) != 2 || b.Rules[0].Direction != model.Ingress || b.Rules[1].Direction != model.Egress {
		t.Fatalf("blocks: rules %+v", b.Rules)
	}
	if b.InlineSet != [2]bool{true, true} || b.Incomplete != [2]bool{} {
		t.Errorf("blocks: InlineSet %v Incomplete %v", b.InlineSet, b.Incomplete)
	}
	in, eg := b.Rules[0], b.Rules[1]
	if in.Range != blocks.Blocks["ingress"][0].DefRange || in.Address != "aws_security_group.blocks" || in.Origin != model.OriginInline {
		t.Errorf("inline rule location = %v %s, want the block header", in.Range, in.Address)
	}
	if !slices.Equal(eg.CIDRs, []model.Prefix{pfx("0.0.0.0/0"), pfx("::/0")}) || eg.Protocol != model.ProtocolAll || !eg.Known {
		t.Errorf("egress rule: %+v", eg)
	}

	a := byName["attr"]
	if len(a.Rules) != 2 || a.InlineSet != [2]bool{false, true} {
		t.Fatalf("attr: rules %d InlineSet %v", len(a.Rules), a.InlineSet)
	}
	for _, r := range a.Rules {
		if r.Range != attrForm.Attrs["egress"].Range || r.Direction != model.Egress || !r.Known {
			t.Errorf("attribute-form rule %+v: want egress at the attribute's range", r)
		}
	}
	if a.Rules[1].Protocol != model.ProtocolUDP || a.Rules[1].Ports != (model.PortRange{From: 53, To: 53}) {
		t.Errorf("second attribute-form rule: %v %v", a.Rules[1].Protocol, a.Rules[1].Ports)
	}

	checks := []struct {
		name       string
		inlineSet  [2]bool
		incomplete [2]bool
		rules      int
	}{
		{"empty", [2]bool{false, true}, [2]bool{}, 0},
		{"none", [2]bool{}, [2]bool{}, 0},
		{"unknown_attr", [2]bool{}, [2]bool{false, true}, 0},
		{"dynamic", [2]bool{}, [2]bool{true, false}, 0},
		{"null_attr", [2]bool{}, [2]bool{}, 0},
		{"unknown_element", [2]bool{false, true}, [2]bool{false, true}, 1},
	}
	for _, c := range checks {
		g := byName[c.name]
		if g.InlineSet != c.inlineSet || g.Incomplete != c.incomplete || len(g.Rules) != c.rules {
			t.Errorf("%s: InlineSet %v Incomplete %v rules %d; want %v %v %d", c.name, g.InlineSet, g.Incomplete, len(g.Rules), c.inlineSet, c.incomplete, c.rules)
		}
	}
}

func TestSGRuleResources(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_security_group.web", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_security_group.db", vals{"id": str("sg-0db")})
	fx.res("aws_security_group_rule.by_ref", vals{
		"type": str("egress"), "security_group_id": ref("aws_security_group.web"),
		"protocol": str("TCP"), "from_port": num(5432), "to_port": num(5432), "source_security_group_id": ref("aws_security_group.db"),
	})
	fx.res("aws_security_group_rule.by_literal_id", vals{
		"type": str("ingress"), "security_group_id": str("sg-0db"),
		"protocol": str("tcp"), "from_port": num(5432), "to_port": num(5432), "source_security_group_id": ref("aws_security_group.web"),
	}, maybeAbsent)
	fx.res("aws_vpc_security_group_egress_rule.all", vals{
		"security_group_id": ref("aws_security_group.web"), "ip_protocol": str("-1"), "cidr_ipv4": str("0.0.0.0/0"),
	})
	fx.res("aws_vpc_security_group_ingress_rule.self", vals{
		"security_group_id": ref("aws_security_group.web"), "ip_protocol": str("icmpv6"), "referenced_security_group_id": ref("aws_security_group.web"),
	})
	fx.res("aws_vpc_security_group_ingress_rule.pl", vals{
		"security_group_id": ref("aws_security_group.web"), "ip_protocol": str("6"), "from_port": num(443), "to_port": num(443),
		"prefix_list_id": str("pl-123"),
	})
	fx.res("aws_security_group_rule.foreign", vals{
		"type": str("egress"), "security_group_id": ref("data.aws_security_group.x"),
		"protocol": str("tcp"), "from_port": num(1), "to_port": num(2), "cidr_blocks": strs("10.0.0.0/8"),
	})
	fx.res("aws_security_group_rule.unknown_group", vals{
		"type": str("ingress"), "security_group_id": unknown, "protocol": str("tcp"), "from_port": num(1), "to_port": num(2),
		"self": bl(true),
	})
	n := fx.build()
	wantNoProblems(t, n)
	web, db := n.SecurityGroups[0], n.SecurityGroups[1]
	if web.VPC != n.VPCs[0] {
		t.Errorf("web.VPC = %v", web.VPC)
	}

	if len(web.Rules) != 4 {
		t.Fatalf("web has %d rules, want 4", len(web.Rules))
	}
	byRef, all, self, pl := web.Rules[0], web.Rules[1], web.Rules[2], web.Rules[3]
	if byRef.Origin != model.OriginSGRule || byRef.Direction != model.Egress || byRef.Protocol != model.ProtocolTCP ||
		len(byRef.Groups) != 1 || byRef.Groups[0].Group != db || byRef.Address != "aws_security_group_rule.by_ref" {
		t.Errorf("by_ref rule: %+v", byRef)
	}
	if all.Origin != model.OriginVPCSGRule || all.Direction != model.Egress || all.Protocol != model.ProtocolAll ||
		all.Ports != model.AllPorts || !slices.Equal(all.CIDRs, []model.Prefix{pfx("0.0.0.0/0")}) {
		t.Errorf("vpc egress rule: %+v", all)
	}
	if !self.Self || len(self.Groups) != 0 || self.Protocol != model.ProtocolICMPv6 || self.Ports != model.AllPorts || !self.Known {
		t.Errorf("self-referencing icmpv6 rule without ports: %+v", self)
	}
	if len(pl.PrefixLists) != 1 || pl.PrefixLists[0] != known("pl-123") || pl.Protocol != model.ProtocolTCP {
		t.Errorf("prefix-list rule: %+v", pl)
	}

	if len(db.Rules) != 1 || !db.Rules[0].MaybeAbsent || db.Rules[0].Groups[0].Group != web || db.Rules[0].Direction != model.Ingress {
		t.Errorf("rule linked by literal id: %+v", db.Rules)
	}

	if len(n.UnattachedSGRules) != 2 {
		t.Fatalf("unattached = %d, want 2", len(n.UnattachedSGRules))
	}
	foreign, unk := n.UnattachedSGRules[0], n.UnattachedSGRules[1]
	if foreign.Group != nil || foreign.Direction != model.Egress || !foreign.Known {
		t.Errorf("foreign rule: %+v", foreign)
	}
	if !unk.Self || unk.Direction != model.Ingress {
		t.Errorf("unknown-group rule: %+v", unk)
	}
}

func TestSGRuleUnknownDirection(t *testing.T) {
	var fx fixture
	fx.res("aws_security_group.g", vals{})
	fx.res("aws_security_group_rule.attached", vals{"type": unknown, "security_group_id": ref("aws_security_group.g"),
		"protocol": str("tcp"), "from_port": num(1), "to_port": num(1)})
	fx.res("aws_security_group_rule.loose", vals{"type": unknown, "security_group_id": unknown,
		"protocol": str("tcp"), "from_port": num(1), "to_port": num(1)})
	n := fx.build()
	g := n.SecurityGroups[0]
	if len(g.Rules) != 0 || g.Incomplete != [2]bool{true, true} {
		t.Errorf("attached rule with unknown type: rules %d Incomplete %v", len(g.Rules), g.Incomplete)
	}
	if len(n.UnattachedSGRules) != 2 || n.UnattachedSGRules[0].Direction == n.UnattachedSGRules[1].Direction ||
		n.UnattachedSGRules[0].Known || n.UnattachedSGRules[1].Known {
		t.Errorf("unattached rule with unknown type must stand in both directions, unknown: %+v", n.UnattachedSGRules)
	}
}

func TestSGPeers(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_default_security_group.d", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_security_group.g", vals{"vpc_id": ref("aws_vpc.v")},
		block("ingress", vals{
			"protocol": str("tcp"), "from_port": num(22), "to_port": num(22),
			"cidr_blocks":     cty.TupleVal([]cty.Value{str("10.0.0.0/8"), unknown, str("")}),
			"prefix_list_ids": unknown,
			"security_groups": cty.TupleVal([]cty.Value{ref("aws_vpc.v", "default_security_group_id"), str("123456789012/sg-1"), ref("aws_security_group.g"), ref("data.aws_security_group.x")}),
			"self":            unknown,
			"description":     str("ssh"),
		}),
		block("egress", vals{"protocol": str("tcp"), "from_port": num(22), "to_port": num(22), "cidr_blocks": unknown, "security_groups": unknown}),
	)
	n := fx.build()
	d, g := n.SecurityGroups[0], n.SecurityGroups[1]
	if !d.Default || d.VPC != n.VPCs[0] {
		t.Errorf("default SG: %+v", d)
	}
	in := g.Rules[0]
	if !slices.Equal(in.CIDRs, []model.Prefix{pfx("10.0.0.0/8"), {}}) {
		t.Errorf("CIDRs = %v, want the known one and one unknown", in.CIDRs)
	}
	if len(in.PrefixLists) != 1 || in.PrefixLists[0].Known {
		t.Errorf("unknown prefix_list_ids = %v, want one unknown", in.PrefixLists)
	}
	want := []model.GroupRef{
		{Group: d, ID: known("aws_default_security_group.d")},
		{ID: known("123456789012/sg-1")},
		{ID: model.String{Value: "data.aws_security_group.x"}},
		{}, // self unknown
	}
	if !slices.Equal(in.Groups, want) || !in.Self {
		t.Errorf("Groups = %+v (Self %v), want %+v and Self (own id)", in.Groups, in.Self, want)
	}
	if in.Description != known("ssh") {
		t.Errorf("Description = %v", in.Description)
	}
	out := g.Rules[1]
	if !slices.Equal(out.CIDRs, []model.Prefix{{}}) || !slices.Equal(out.Groups, []model.GroupRef{{}}) {
		t.Errorf("unknown peer lists: CIDRs %v Groups %v", out.CIDRs, out.Groups)
	}
}

// An egress rule whose group is unknown may belong to any group of the
// configuration, so every group's egress is incomplete (and only egress).
func TestUnattachedRuleMakesGroupsIncomplete(t *testing.T) {
	var fx fixture
	fx.res("aws_security_group.a", vals{})
	fx.res("aws_vpc_security_group_egress_rule.r", vals{
		"security_group_id": cty.UnknownVal(cty.String),
		"ip_protocol":       cty.StringVal("-1"),
		"cidr_ipv4":         cty.StringVal("0.0.0.0/0"),
	})
	net := fx.build()
	if len(net.UnattachedSGRules) != 1 {
		t.Fatalf("unattached rules = %d, want 1", len(net.UnattachedSGRules))
	}
	if got := net.SecurityGroups[0].Incomplete; got != [2]bool{false, true} {
		t.Errorf("Incomplete = %v, want egress only", got)
	}
}

// Every other resource naming a group's id, at any depth, uses the group;
// rules and groups naming it as a peer do not.
func TestSGUsedBy(t *testing.T) {
	var fx fixture
	fx.res("aws_security_group.web", vals{})
	fx.res("aws_security_group.peer", vals{})
	id := ref("aws_security_group.web")
	fx.res("aws_vpc_endpoint.s3", vals{"security_group_ids": cty.ListVal([]cty.Value{id})})
	fx.res("aws_ecs_service.app", vals{}, block("network_configuration", vals{
		"security_groups": cty.SetVal([]cty.Value{id}),
	}))
	fx.res("aws_security_group_rule.r", vals{
		"type": cty.StringVal("ingress"), "security_group_id": ref("aws_security_group.peer"),
		"source_security_group_id": id, "protocol": cty.StringVal("tcp"),
		"from_port": cty.NumberIntVal(443), "to_port": cty.NumberIntVal(443),
	})
	net := fx.build()
	var got []string
	for _, u := range net.SecurityGroups[0].UsedBy {
		got = append(got, u.Type+" "+u.Address)
	}
	want := []string{"aws_vpc_endpoint aws_vpc_endpoint.s3", "aws_ecs_service aws_ecs_service.app"}
	if !slices.Equal(got, want) {
		t.Errorf("UsedBy = %q, want %q", got, want)
	}
	if n := len(net.SecurityGroups[1].UsedBy); n != 0 {
		t.Errorf("peer group UsedBy has %d entries, want none", n)
	}
}
