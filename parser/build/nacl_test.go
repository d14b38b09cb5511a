package build

import (
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
)

func TestNACLProtocolTable(t *testing.T) {
	tests := []struct {
		in   string
		want model.Protocol
		ok   bool
	}{
		{"-1", model.ProtocolAll, true},
		{"all", model.ProtocolAll, true},
		{"tcp", model.ProtocolTCP, true},
		{"6", model.ProtocolTCP, true},
		{"udp", model.ProtocolUDP, true},
		{"icmp", model.ProtocolICMP, true},
		{"ipv6-icmp", model.ProtocolICMPv6, true},
		{"58", model.ProtocolICMPv6, true},
		{"gre", 47, true},
		{"esp", 50, true},
		{"ah", 51, true},
		{"ipip", 94, true},
		{"vrrp", 112, true},
		{"l2tp", 115, true},
		{"sctp", 132, true},
		{"rohc", 142, true},
		{"0", 0, true},
		{"61", 61, true},
		{"253", 253, true},
		{"TCP", 0, false},
		{"icmpv6", 0, false},
		{"ALL", 0, false},
		{"57", 0, false},
		{"143", 0, false},
		{"255", 0, false},
		{"-2", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := naclProtocol(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("naclProtocol(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestNACLRejectedProtocolIsProblem(t *testing.T) {
	for _, proto := range []string{"TCP", "icmpv6"} {
		t.Run(proto, func(t *testing.T) {
			var fx fixture
			in := fx.res("aws_network_acl.n", vals{}, block("ingress", vals{
				"rule_no": num(100), "action": str("allow"), "protocol": str(proto),
				"from_port": num(443), "to_port": num(443), "cidr_block": str("0.0.0.0/0"),
			}))
			n := fx.build()
			if len(n.Problems) != 1 || !strings.HasPrefix(n.Problems[0].Message, `protocol "`+proto+`" is not a NACL protocol`) {
				t.Fatalf("problems = %q", problems(n))
			}
			if n.Problems[0].Range != in.Blocks["ingress"][0].Attrs["protocol"].Range {
				t.Errorf("problem range = %v, want the protocol attribute", n.Problems[0].Range)
			}
			if n.NACLs[0].Rules[0].Known {
				t.Error("rule with a rejected protocol must be unknown")
			}
		})
	}
}

func TestNACLRuleFields(t *testing.T) {
	base := func(extra vals) vals {
		v := vals{"rule_no": num(100), "action": str("allow"), "cidr_block": str("10.0.0.0/8")}
		for k, x := range extra {
			v[k] = x
		}
		return v
	}
	tests := []struct {
		name   string
		rule   vals
		proto  model.Protocol
		ports  model.PortRange
		cidr   model.Prefix
		action model.Action
		known  bool
	}{
		{"tcp", base(vals{"protocol": str("tcp"), "from_port": num(1024), "to_port": num(65535)}), model.ProtocolTCP, model.PortRange{From: 1024, To: 65535}, pfx("10.0.0.0/8"), model.Allow, true},
		{"deny any case", base(vals{"action": str("DENY"), "protocol": str("-1"), "from_port": num(0), "to_port": num(0)}), model.ProtocolAll, model.AllPorts, pfx("10.0.0.0/8"), model.Deny, true},
		{"-1 with ports is all", base(vals{"protocol": str("-1"), "from_port": num(22), "to_port": num(22)}), model.ProtocolAll, model.AllPorts, pfx("10.0.0.0/8"), model.Allow, true},
		{"gre ignores ports", base(vals{"protocol": str("gre"), "from_port": num(22), "to_port": num(22)}), 47, model.AllPorts, pfx("10.0.0.0/8"), model.Allow, true},
		{"icmp unset type and code is echo reply", base(vals{"protocol": str("icmp"), "from_port": num(0), "to_port": num(0)}), model.ProtocolICMP, model.ICMPRange(0, 0), pfx("10.0.0.0/8"), model.Allow, true},
		{"icmp all", base(vals{"protocol": str("1"), "icmp_type": num(-1), "icmp_code": num(-1)}), model.ProtocolICMP, model.AllPorts, pfx("10.0.0.0/8"), model.Allow, true},
		{"icmp echo request", base(vals{"protocol": str("icmp"), "icmp_type": num(8), "icmp_code": num(0)}), model.ProtocolICMP, model.ICMPRange(8, 0), pfx("10.0.0.0/8"), model.Allow, true},
		{"icmpv6 with ipv4 cidr is all", base(vals{"protocol": str("58"), "icmp_type": num(128)}), model.ProtocolICMPv6, model.AllPorts, pfx("10.0.0.0/8"), model.Allow, true},
		{"icmpv6 with ipv6 cidr uses type/code", vals{"rule_no": num(100), "action": str("allow"), "protocol": str("ipv6-icmp"), "icmp_type": num(128), "icmp_code": num(0), "ipv6_cidr_block": str("::/0")},
			model.ProtocolICMPv6, model.ICMPRange(128, 0), pfx("::/0"), model.Allow, true},
		{"plan: empty ipv6 string", base(vals{"protocol": str("tcp"), "from_port": num(22), "to_port": num(22), "ipv6_cidr_block": str("")}), model.ProtocolTCP, model.PortRange{From: 22, To: 22}, pfx("10.0.0.0/8"), model.Allow, true},
		{"unknown number", base(vals{"rule_no": unknown, "protocol": str("tcp"), "from_port": num(22), "to_port": num(22)}), model.ProtocolTCP, model.PortRange{}, model.Prefix{}, model.Allow, false},
		{"unknown action", base(vals{"action": unknown, "protocol": str("tcp"), "from_port": num(22), "to_port": num(22)}), 0, model.PortRange{}, model.Prefix{}, 0, false},
		{"unknown cidr", base(vals{"cidr_block": unknown, "protocol": str("tcp"), "from_port": num(22), "to_port": num(22)}), 0, model.PortRange{}, model.Prefix{}, 0, false},
		{"no cidr", vals{"rule_no": num(1), "action": str("allow"), "protocol": str("tcp"), "from_port": num(22), "to_port": num(22)}, 0, model.PortRange{}, model.Prefix{}, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			fx.res("aws_network_acl.n", vals{}, block("egress", tc.rule))
			n := fx.build()
			wantNoProblems(t, n)
			r := n.NACLs[0].Rules[0]
			if r.Known != tc.known {
				t.Fatalf("Known = %v, want %v (%+v)", r.Known, tc.known, r)
			}
			if r.Known && (r.Protocol != tc.proto || r.Ports != tc.ports || r.CIDR != tc.cidr || r.Action != tc.action || r.Number != 100) {
				t.Errorf("got %v %v %v %v #%d", r.Protocol, r.Ports, r.CIDR, r.Action, r.Number)
			}
			if r.Direction != model.Egress || r.Origin != model.OriginInline {
				t.Errorf("direction %v origin %v", r.Direction, r.Origin)
			}
		})
	}
}

func TestNACLRuleNumberOutOfRange(t *testing.T) {
	var fx fixture
	fx.res("aws_network_acl.n", vals{"id": str("acl-1")})
	fx.res("aws_network_acl_rule.r", vals{"network_acl_id": str("acl-1"), "rule_number": num(32767), "rule_action": str("allow"),
		"protocol": str("tcp"), "cidr_block": str("0.0.0.0/0")})
	n := fx.build()
	if got := problems(n); len(got) != 1 || got[0] != "rule_number 32767 is outside 1-32766, the rule numbers AWS accepts" {
		t.Errorf("problems = %q", got)
	}
	if r := n.NACLs[0].Rules[0]; r.Known || r.Number != 32767 {
		t.Errorf("rule = %+v, want number 32767 unknown", r)
	}
}

func TestNACLRulesAndAssociations(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_subnet.a", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.1.0/24")})
	fx.res("aws_subnet.b", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.2.0/24")})
	fx.res("aws_subnet.c", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.3.0/24")})
	fx.res("aws_subnet.d", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.4.0/24"), "id": str("subnet-d")})
	fx.res("aws_network_acl.pub", vals{"vpc_id": ref("aws_vpc.v"), "subnet_ids": strs(resourceRef("aws_subnet.a"))},
		block("ingress", vals{"rule_no": num(200), "action": str("allow"), "protocol": str("tcp"), "from_port": num(443), "to_port": num(443), "cidr_block": str("0.0.0.0/0")}),
		block("ingress", vals{"rule_no": num(100), "action": str("deny"), "protocol": str("-1"), "from_port": num(0), "to_port": num(0), "cidr_block": str("10.9.0.0/16")}),
		block("egress", vals{"rule_no": num(50), "action": str("allow"), "protocol": str("-1"), "from_port": num(0), "to_port": num(0), "cidr_block": str("0.0.0.0/0")}),
	)
	fx.res("aws_network_acl_rule.extra", vals{"network_acl_id": ref("aws_network_acl.pub"), "rule_number": num(150), "egress": bl(false),
		"rule_action": str("allow"), "protocol": str("udp"), "cidr_block": str("0.0.0.0/0")}, maybeAbsent)
	fx.res("aws_network_acl_rule.out", vals{"network_acl_id": ref("aws_network_acl.pub"), "rule_number": num(10), "egress": str("true"),
		"rule_action": str("deny"), "protocol": str("6"), "from_port": num(25), "to_port": num(25), "cidr_block": str("0.0.0.0/0")})
	fx.res("aws_network_acl_rule.loose", vals{"network_acl_id": ref("data.aws_network_acl.x"), "rule_number": num(1),
		"rule_action": str("allow"), "protocol": str("-1"), "cidr_block": str("0.0.0.0/0")})
	fx.res("aws_default_network_acl.def", vals{"default_network_acl_id": ref("aws_vpc.v", "default_network_acl_id")})
	fx.res("aws_network_acl_association.b", vals{"network_acl_id": ref("aws_network_acl.pub"), "subnet_id": ref("aws_subnet.b")})
	fx.res("aws_network_acl_association.c", vals{"network_acl_id": unknown, "subnet_id": ref("aws_subnet.c")})
	n := fx.build()
	wantNoProblems(t, n)
	pub, def := n.NACLs[0], n.NACLs[1]
	if pub.VPC != n.VPCs[0] || def.VPC != n.VPCs[0] || !def.Default || pub.Default {
		t.Fatalf("VPC links: pub %v def %v", pub.VPC, def.VPC)
	}
	type key struct {
		dir model.Direction
		num int
	}
	var got []key
	for _, r := range pub.Rules {
		got = append(got, key{r.Direction, r.Number})
	}
	want := []key{{model.Ingress, 100}, {model.Ingress, 150}, {model.Ingress, 200}, {model.Egress, 10}, {model.Egress, 50}}
	if len(got) != len(want) {
		t.Fatalf("rules = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("rules = %v, want %v", got, want)
		}
	}
	extra := pub.Rules[1]
	if extra.Origin != model.OriginNACLRule || !extra.MaybeAbsent || extra.Protocol != model.ProtocolUDP || !extra.Known {
		t.Errorf("extra rule: %+v", extra)
	}
	if extra.Ports != (model.PortRange{}) {
		t.Errorf("udp rule without ports is sent as 0-0: got %v", extra.Ports)
	}
	if pub.InlineSet != [2]bool{true, true} || def.InlineSet != [2]bool{true, true} {
		t.Errorf("InlineSet: pub %v, default %v (the default ACL always manages both)", pub.InlineSet, def.InlineSet)
	}
	if len(n.UnattachedNACLRules) != 1 || n.UnattachedNACLRules[0].NACL != nil {
		t.Errorf("unattached = %+v", n.UnattachedNACLRules)
	}

	a, b, c, d := n.Subnets[0], n.Subnets[1], n.Subnets[2], n.Subnets[3]
	if a.NACL != pub || b.NACL != pub {
		t.Errorf("explicit associations: a %v b %v", a.NACL, b.NACL)
	}
	if c.NACL != nil {
		t.Errorf("subnet associated with an unknown ACL must have no NACL, got %v", c.NACL.Address)
	}
	if d.NACL != def {
		t.Errorf("unassociated subnet must use the managed default ACL, got %v", d.NACL)
	}
	if len(pub.Subnets) != 2 || pub.Subnets[0] != a || pub.Subnets[1] != b {
		t.Errorf("pub.Subnets = %v", pub.Subnets)
	}
}

func TestNACLRuleByLiteralDefaultID(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16"), "default_network_acl_id": str("acl-def")})
	fx.res("aws_default_network_acl.d", vals{"default_network_acl_id": str("acl-def")})
	fx.res("aws_network_acl_rule.r", vals{"network_acl_id": str("acl-def"), "rule_number": num(5), "rule_action": str("deny"),
		"protocol": str("all"), "cidr_block": str("1.2.3.0/24")})
	fx.res("aws_network_acl_rule.unknown_dir", vals{"network_acl_id": str("acl-def"), "egress": unknown, "rule_number": num(6),
		"rule_action": str("deny"), "protocol": str("all"), "cidr_block": str("1.2.3.0/24")})
	n := fx.build()
	d := n.NACLs[0]
	if d.VPC != n.VPCs[0] || len(d.Rules) != 1 || d.Rules[0].Action != model.Deny {
		t.Errorf("default ACL by literal id: VPC %v rules %+v", d.VPC, d.Rules)
	}
	if d.Incomplete != [2]bool{true, true} {
		t.Errorf("rule with unknown egress flag must make both directions incomplete, got %v", d.Incomplete)
	}
}

func TestNACLAttributeForm(t *testing.T) {
	obj := func(no int64) cty.Value {
		return cty.ObjectVal(map[string]cty.Value{
			"rule_no": num(no), "action": str("allow"), "protocol": str("tcp"), "from_port": num(22), "to_port": num(22),
			"cidr_block": str("10.0.0.0/8"), "ipv6_cidr_block": cty.NullVal(cty.String), "icmp_type": cty.NullVal(cty.Number), "icmp_code": cty.NullVal(cty.Number),
		})
	}
	var fx fixture
	in := fx.res("aws_network_acl.n", vals{"ingress": cty.SetVal([]cty.Value{obj(110), obj(100)}), "egress": cty.ListValEmpty(cty.DynamicPseudoType)})
	fx.res("aws_network_acl.dyn", vals{"egress": unknown}, unknownBlocks("ingress"))
	n := fx.build()
	acl, dyn := n.NACLs[0], n.NACLs[1]
	if len(acl.Rules) != 2 || acl.Rules[0].Number != 100 || acl.Rules[1].Number != 110 || acl.Rules[0].Range != in.Attrs["ingress"].Range {
		t.Errorf("attribute-form rules = %+v", acl.Rules)
	}
	if acl.InlineSet != [2]bool{true, true} || acl.Incomplete != [2]bool{} {
		t.Errorf("InlineSet %v Incomplete %v", acl.InlineSet, acl.Incomplete)
	}
	if dyn.Incomplete != [2]bool{true, true} {
		t.Errorf("dynamic/unknown forms: Incomplete %v", dyn.Incomplete)
	}
}

// resourceRef is the raw reference string to address's id.
func resourceRef(address string) string { return ref(address).AsString() }

// In plan mode the aws_default_network_acl's own id equals its VPC's
// default_network_acl_id; it must still be the VPC's default ACL, the one
// subnets without an association use.
func TestDefaultNACLByLiteralID(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.main", vals{
		"id": cty.StringVal("vpc-1"), "cidr_block": cty.StringVal("10.0.0.0/16"),
		"default_network_acl_id": cty.StringVal("acl-1"),
	})
	fx.res("aws_default_network_acl.d", vals{
		"id": cty.StringVal("acl-1"), "default_network_acl_id": cty.StringVal("acl-1"),
	})
	fx.res("aws_subnet.a", vals{"vpc_id": cty.StringVal("vpc-1"), "cidr_block": cty.StringVal("10.0.1.0/24")})
	net := fx.build()
	if got := net.Subnets[0].NACL; got == nil || got.Address != "aws_default_network_acl.d" {
		t.Fatalf("subnet NACL = %v, want aws_default_network_acl.d", got)
	}
}
