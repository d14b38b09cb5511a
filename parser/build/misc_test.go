package build

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

func TestPeering(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.a", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_vpc.b", vals{"cidr_block": str("10.1.0.0/16"), "id": str("vpc-b")})
	fx.res("aws_vpc_peering_connection.ab", vals{"vpc_id": ref("aws_vpc.a"), "peer_vpc_id": str("vpc-b"), "peer_region": str("eu-west-1")},
		block("requester", vals{"allow_remote_vpc_dns_resolution": bl(true)}))
	fx.res("aws_vpc_peering_connection.plain", vals{"vpc_id": ref("aws_vpc.a"), "peer_vpc_id": unknown}, unknownBlocks("accepter"))
	fx.res("aws_vpc_peering_connection_options.ab", vals{"vpc_peering_connection_id": ref("aws_vpc_peering_connection.ab")},
		block("accepter", vals{"allow_remote_vpc_dns_resolution": bl(true)}))
	fx.res("aws_vpc_peering_connection_options.maybe", vals{"vpc_peering_connection_id": ref("aws_vpc_peering_connection.plain")},
		block("requester", vals{"allow_remote_vpc_dns_resolution": bl(true)}), maybeAbsent)
	n := fx.build()
	ab, plain := n.Peerings[0], n.Peerings[1]
	yes := model.Bool{Value: true, Known: true}
	if ab.Requester != n.VPCs[0] || ab.Accepter != n.VPCs[1] || ab.PeerRegion != known("eu-west-1") {
		t.Errorf("ab: requester %v accepter %v region %v", ab.Requester, ab.Accepter, ab.PeerRegion)
	}
	if ab.RequesterAllowRemoteDNS != yes || ab.AccepterAllowRemoteDNS != yes {
		t.Errorf("ab DNS: requester %v accepter %v (accepter set by options)", ab.RequesterAllowRemoteDNS, ab.AccepterAllowRemoteDNS)
	}
	if plain.Accepter != nil || plain.PeerRegion != known("") {
		t.Errorf("plain: accepter %v region %v", plain.Accepter, plain.PeerRegion)
	}
	if plain.AccepterAllowRemoteDNS.Known {
		t.Errorf("dynamic accepter block with unknown for_each: want unknown, got %v", plain.AccepterAllowRemoteDNS)
	}
	if plain.RequesterAllowRemoteDNS.Known {
		t.Errorf("options that may be absent and disagree: want unknown, got %v", plain.RequesterAllowRemoteDNS)
	}
}

func TestPeeringDefaultsFalse(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc_peering_connection.p", vals{"vpc_id": unknown, "peer_vpc_id": unknown})
	n := fx.build()
	p := n.Peerings[0]
	no := model.Bool{Known: true}
	if p.RequesterAllowRemoteDNS != no || p.AccepterAllowRemoteDNS != no || p.Requester != nil {
		t.Errorf("peering without option blocks: %+v", p)
	}
}

func TestFlowLogsAndNAT(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_subnet.s", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_flow_log.vpc", vals{"vpc_id": ref("aws_vpc.v"), "traffic_type": str("ALL")})
	fx.res("aws_flow_log.subnet", vals{"subnet_id": ref("aws_subnet.s"), "traffic_type": unknown})
	fx.res("aws_flow_log.eni", vals{"eni_id": str("eni-1")})
	fx.res("aws_nat_gateway.private", vals{"subnet_id": unknown, "connectivity_type": str("private")})
	n := fx.build()
	v, s, e := n.FlowLogs[0], n.FlowLogs[1], n.FlowLogs[2]
	if v.VPC != n.VPCs[0] || v.TrafficType != known("ALL") || v.Subnet != nil {
		t.Errorf("vpc flow log: %+v", v)
	}
	if s.Subnet != n.Subnets[0] || s.TrafficType.Known {
		t.Errorf("subnet flow log: %+v", s)
	}
	if e.ENI != known("eni-1") || e.TrafficType != known("") {
		t.Errorf("eni flow log: %+v", e)
	}
	nat := n.NATGateways[0]
	if nat.Subnet != nil || nat.ConnectivityType != known("private") {
		t.Errorf("NAT: %+v", nat)
	}
}

func TestTags(t *testing.T) {
	defaults := cty.ObjectVal(map[string]cty.Value{"Owner": str("net"), "Purpose": str("egress"), "Team": cty.NullVal(cty.String)})
	tests := []struct {
		name     string
		defaults cty.Value
		own      cty.Value
		want     model.Tags
	}{
		{"merge, resource wins", defaults, cty.MapVal(map[string]cty.Value{"Owner": str("override"), "Name": str("x")}), model.Tags{
			Known:       true,
			Values:      map[string]model.String{"Owner": known("override"), "Purpose": known("egress"), "Name": known("x")},
			FromDefault: map[string]bool{"Purpose": true},
		}},
		{"no tags", defaults, cty.NilVal, model.Tags{
			Known:       true,
			Values:      map[string]model.String{"Owner": known("net"), "Purpose": known("egress")},
			FromDefault: map[string]bool{"Owner": true, "Purpose": true},
		}},
		{"no default_tags", cty.NullVal(cty.Map(cty.String)), cty.ObjectVal(map[string]cty.Value{"Name": str("x"), "N": num(1)}), model.Tags{
			Known:       true,
			Values:      map[string]model.String{"Name": known("x"), "N": known("1")},
			FromDefault: map[string]bool{},
		}},
		{"unknown value", cty.NullVal(cty.Map(cty.String)), cty.ObjectVal(map[string]cty.Value{"Owner": unknown}), model.Tags{
			Known:       true,
			Values:      map[string]model.String{"Owner": {}},
			FromDefault: map[string]bool{},
		}},
		{"unknown tags map", defaults, unknown, model.Tags{
			Values:      map[string]model.String{"Owner": known("net"), "Purpose": known("egress")},
			FromDefault: map[string]bool{"Owner": true, "Purpose": true},
		}},
		{"unknown default_tags", unknown, cty.MapVal(map[string]cty.Value{"Owner": str("o")}), model.Tags{
			Values:      map[string]model.String{"Owner": known("o")},
			FromDefault: map[string]bool{},
		}},
		{"marked (sensitive) values", cty.NullVal(cty.Map(cty.String)), cty.MapVal(map[string]cty.Value{"Owner": str("o").Mark("sensitive")}), model.Tags{
			Known:       true,
			Values:      map[string]model.String{"Owner": known("o")},
			FromDefault: map[string]bool{},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			attrs := vals{}
			if tc.own != cty.NilVal {
				attrs["tags"] = tc.own
			}
			fx.res("aws_nat_gateway.n", attrs, withProvider(providerWith("aws", tc.defaults)))
			got := fx.build().NATGateways[0].Tags
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("tags (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTagsOnEveryTaggedObject(t *testing.T) {
	p := withProvider(providerWith("aws", cty.MapVal(map[string]cty.Value{"Env": str("prod")})))
	var fx fixture
	for _, a := range []string{"aws_vpc.v", "aws_subnet.s", "aws_security_group.g", "aws_network_acl.n", "aws_route_table.r", "aws_nat_gateway.n", "aws_vpc_peering_connection.p"} {
		fx.res(a, vals{}, p)
	}
	n := fx.build()
	all := []model.Tags{n.VPCs[0].Tags, n.Subnets[0].Tags, n.SecurityGroups[0].Tags, n.NACLs[0].Tags, n.RouteTables[0].Tags, n.NATGateways[0].Tags, n.Peerings[0].Tags}
	for i, tg := range all {
		if !tg.Has("Env") || !tg.FromDefault["Env"] {
			t.Errorf("object %d: tags %+v lack the default tag", i, tg)
		}
	}
}

func TestOrderingIsDeterministic(t *testing.T) {
	mk := func(file string, line int, addr string) *resource.Instance {
		r := rng(line)
		r.Filename = file
		return &resource.Instance{Mode: "managed", Type: "aws_vpc", Address: addr, DefRange: r}
	}
	insts := []*resource.Instance{
		mk("b.tf", 1, "aws_vpc.z"),
		mk("a.tf", 9, "aws_vpc.y[10]"),
		mk("a.tf", 9, "aws_vpc.y[2]"),
		mk("a.tf", 3, "module.m.aws_vpc.x"),
		{Mode: "data", Type: "aws_vpc", Address: "data.aws_vpc.d", DefRange: rng(1)},
		{Mode: "managed", Type: "google_compute_network", Address: "google_compute_network.g", DefRange: rng(1)},
		nil,
	}
	want := []string{"module.m.aws_vpc.x", "aws_vpc.y[2]", "aws_vpc.y[10]", "aws_vpc.z"}
	for i := 0; i < 3; i++ {
		// Reverse the input each time: the output must not depend on it.
		for l, r := 0, len(insts)-1; l < r; l, r = l+1, r-1 {
			insts[l], insts[r] = insts[r], insts[l]
		}
		var got []string
		for _, v := range Network(insts).VPCs {
			got = append(got, v.Address)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("order (-want +got):\n%s", diff)
		}
	}
}

func TestResourceFieldsAndMaybeAbsent(t *testing.T) {
	var fx fixture
	in := fx.res("module.net[\"a\"].aws_security_group.g[0]", vals{}, maybeAbsent, block("ingress", vals{"protocol": str("-1"), "from_port": num(0), "to_port": num(0)}))
	n := fx.build()
	g := n.SecurityGroups[0]
	want := model.Resource{Type: "aws_security_group", Address: in.Address, Module: `module.net["a"]`, DefRange: in.DefRange, MaybeAbsent: true}
	if g.Resource != want {
		t.Errorf("Resource = %+v, want %+v", g.Resource, want)
	}
	if !g.Rules[0].MaybeAbsent {
		t.Error("inline rules of a group that may be absent may be absent too")
	}
}

func TestReferenceToMaybeAbsentInstance(t *testing.T) {
	var fx fixture
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")}, maybeAbsent)
	fx.res("module.m.aws_security_group.g", vals{}, maybeAbsent)
	fx.res("aws_subnet.by_base", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_subnet.with_key", vals{"vpc_id": ref("aws_vpc.v[0]")})
	fx.res("aws_security_group_rule.r", vals{"type": str("egress"), "security_group_id": ref(`module.m["k"].aws_security_group.g["x"]`),
		"protocol": str("-1"), "from_port": num(0), "to_port": num(0), "cidr_blocks": strs("0.0.0.0/0")})
	n := fx.build()
	if n.Subnets[0].VPC != n.VPCs[0] || n.Subnets[1].VPC != n.VPCs[0] {
		t.Errorf("references to a MaybeAbsent VPC must link: %v %v", n.Subnets[0].VPC, n.Subnets[1].VPC)
	}
	if len(n.SecurityGroups[0].Rules) != 1 {
		t.Errorf("rule must attach to the MaybeAbsent group, unattached: %d", len(n.UnattachedSGRules))
	}
}

func TestDataSourcesAreNotModelled(t *testing.T) {
	var fx fixture
	fx.res("data.aws_vpc.d", vals{"id": str("vpc-1"), "cidr_block": str("10.0.0.0/16")}, data)
	fx.res("aws_subnet.s", vals{"vpc_id": str("vpc-1")})
	n := fx.build()
	if len(n.VPCs) != 0 || n.Subnets[0].VPC != nil {
		t.Errorf("data sources must neither be modelled nor linked: VPCs %d, subnet VPC %v", len(n.VPCs), n.Subnets[0].VPC)
	}
}

// TestOddValuesNeverPanic feeds every argument the builder reads with values
// of the wrong shape; building must not panic and must not invent links.
func TestOddValuesNeverPanic(t *testing.T) {
	odd := []cty.Value{
		cty.DynamicVal,
		cty.NullVal(cty.DynamicPseudoType),
		cty.UnknownVal(cty.String).RefineNotNull(),
		cty.UnknownVal(cty.List(cty.String)),
		str("x").Mark("sensitive"),
		cty.ListVal([]cty.Value{str("a").Mark("sensitive")}),
		cty.MapValEmpty(cty.String),
		cty.TupleVal([]cty.Value{cty.DynamicVal, num(1), cty.NullVal(cty.String)}),
		cty.ObjectVal(map[string]cty.Value{"protocol": num(1)}),
		cty.ListVal([]cty.Value{cty.NullVal(cty.Object(map[string]cty.Type{"a": cty.String}))}),
		cty.SetVal([]cty.Value{cty.UnknownVal(cty.Object(map[string]cty.Type{"rule_no": cty.Number}))}),
		cty.NumberFloatVal(1e300),
		bl(true),
		str(""),
		str("garbage/99"),
	}
	args := []string{
		"vpc_id", "cidr_block", "ipv6_cidr_block", "assign_generated_ipv6_cidr_block", "ipv6_ipam_pool_id", "enable_dns_support",
		"enable_dns_hostnames", "tags", "availability_zone", "availability_zone_id", "map_public_ip_on_launch", "ingress", "egress",
		"route", "protocol", "ip_protocol", "type", "from_port", "to_port", "cidr_blocks", "ipv6_cidr_blocks", "prefix_list_ids",
		"security_groups", "self", "source_security_group_id", "security_group_id", "cidr_ipv4", "cidr_ipv6", "prefix_list_id",
		"referenced_security_group_id", "description", "rule_no", "rule_number", "action", "rule_action", "icmp_type", "icmp_code",
		"network_acl_id", "subnet_ids", "subnet_id", "default_network_acl_id", "default_route_table_id", "route_table_id",
		"destination_cidr_block", "destination_ipv6_cidr_block", "destination_prefix_list_id", "gateway_id", "nat_gateway_id",
		"vpc_peering_connection_id", "connectivity_type", "peer_vpc_id", "peer_region", "requester", "accepter", "eni_id",
		"traffic_type", "egress_only_gateway_id",
	}
	types := []string{
		"aws_vpc", "aws_default_vpc", "aws_vpc_ipv4_cidr_block_association", "aws_vpc_ipv6_cidr_block_association", "aws_subnet",
		"aws_default_subnet", "aws_security_group", "aws_default_security_group", "aws_security_group_rule",
		"aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_network_acl", "aws_default_network_acl",
		"aws_network_acl_rule", "aws_network_acl_association", "aws_route_table", "aws_default_route_table", "aws_route",
		"aws_route_table_association", "aws_main_route_table_association", "aws_nat_gateway", "aws_vpc_peering_connection",
		"aws_vpc_peering_connection_options", "aws_flow_log",
	}
	for _, v := range odd {
		t.Run(v.GoString(), func(t *testing.T) {
			var fx fixture
			p := withProvider(&resource.Provider{Key: "aws", DefaultTags: v})
			for _, ty := range types {
				attrs := vals{}
				for _, a := range args {
					attrs[a] = v
				}
				fx.res(ty+".x", attrs, p, block("ingress", attrs), block("route", attrs), block("requester", attrs))
			}
			n := fx.build()
			for _, s := range n.Subnets {
				if s.Type == "aws_subnet" && s.VPC != nil {
					t.Errorf("odd vpc_id %#v linked a VPC", v)
				}
			}
		})
	}
}

// TestContainsMarks compares containsMarks with cty's ContainsMarked on
// values with and without marks at every depth.
func TestContainsMarks(t *testing.T) {
	m := func(v cty.Value) cty.Value { return v.Mark("sensitive") }
	obj := func(v cty.Value) cty.Value { return cty.ObjectVal(map[string]cty.Value{"a": str("x"), "b": v}) }
	values := []cty.Value{
		str("x"), m(str("x")), cty.DynamicVal, m(cty.DynamicVal), cty.NullVal(cty.String), m(cty.NullVal(cty.String)),
		obj(str("y")), obj(m(str("y"))), m(obj(str("y"))),
		cty.ListVal([]cty.Value{obj(str("y"))}), cty.ListVal([]cty.Value{obj(m(str("y")))}),
		cty.TupleVal([]cty.Value{num(1), cty.MapVal(map[string]cty.Value{"k": m(str("v"))})}),
		cty.SetVal([]cty.Value{m(str("a")), str("b")}), cty.SetVal([]cty.Value{str("a"), str("b")}),
		cty.MapVal(map[string]cty.Value{"k": obj(cty.UnknownVal(cty.String))}),
		cty.ObjectVal(map[string]cty.Value{"deep": cty.TupleVal([]cty.Value{cty.ListVal([]cty.Value{m(num(1))})})}),
	}
	for _, v := range values {
		if got, want := containsMarks(v), v.ContainsMarked(); got != want {
			t.Errorf("containsMarks(%#v) = %v, want %v", v, got, want)
		}
	}
}
