package plan

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// TestFixtureAttributes checks planned values, unknowns and resolved
// references in the real plans of testdata/plans.
func TestFixtureAttributes(t *testing.T) {
	tests := []struct{ fixture, addr, attr, want string }{
		// Security groups: refs to a new VPC and group, unknown computed
		// attributes absent, inline and separate rules.
		{"sg_rules", "aws_vpc.main", "cidr_block", "10.0.0.0/16"},
		{"sg_rules", "aws_vpc.main", "id", "absent"},
		{"sg_rules", "aws_vpc.main", "enable_dns_support", "true"},
		{"sg_rules", "aws_security_group.no_egress", "vpc_id", "ref:aws_vpc.main#id"},
		{"sg_rules", "aws_security_group.no_egress", "egress", "absent"},
		{"sg_rules", "aws_security_group.no_egress", "ingress.0.cidr_blocks", "[10.0.0.0/16]"},
		{"sg_rules", "aws_security_group.no_egress", "ingress.0.from_port", "443"},
		{"sg_rules", "aws_security_group.no_egress", "tags_all", "absent"},
		{"sg_rules", "aws_security_group.peer", "egress", "[]"},
		{"sg_rules", "aws_security_group.peer", "ingress.0.security_groups", "[ref:aws_security_group.separate#id]"},
		{"sg_rules", "aws_security_group.separate", "ingress", "absent"},
		{"sg_rules", "aws_security_group_rule.separate_ssh", "security_group_id", "ref:aws_security_group.separate#id"},
		{"sg_rules", "aws_security_group_rule.separate_ssh", "source_security_group_id", "ref:aws_security_group.no_egress#id"},
		{"sg_rules", "aws_security_group_rule.separate_ssh", "cidr_blocks", "null"},
		{"sg_rules", "aws_security_group_rule.existing", "security_group_id", "sg-0123456789abcdef0"},
		{"sg_rules", "aws_security_group_rule.existing", "protocol", "-1"},
		{"sg_rules", "aws_security_group_rule.existing", "source_security_group_id", "absent"},
		{"sg_rules", "aws_vpc_security_group_egress_rule.separate_out", "security_group_id", "ref:aws_security_group.separate#id"},
		{"sg_rules", "aws_vpc_security_group_egress_rule.separate_out", "ip_protocol", "-1"},
		// Network ACLs.
		{"nacl", "aws_network_acl.app", "subnet_ids", "[ref:aws_subnet.app#id]"},
		{"nacl", "aws_network_acl.app", "vpc_id", "ref:aws_vpc.main#id"},
		{"nacl", "aws_network_acl.app", "ingress.0.protocol", "icmp"},
		{"nacl", "aws_network_acl.app", "ingress.0.icmp_type", "null"},
		{"nacl", "aws_network_acl_rule.deny_ssh", "network_acl_id", "ref:aws_network_acl.app#id"},
		{"nacl", "aws_network_acl_rule.deny_ssh", "rule_number", "90"},
		{"nacl", "aws_network_acl_rule.deny_ssh", "egress", "false"},
		// Peering and a secondary CIDR.
		{"peering", "aws_vpc_peering_connection.ab", "vpc_id", "ref:aws_vpc.a#id"},
		{"peering", "aws_vpc_peering_connection.ab", "peer_vpc_id", "ref:aws_vpc.b#id"},
		{"peering", "aws_vpc_peering_connection.ab", "peer_region", "absent"},
		{"peering", "aws_vpc_ipv4_cidr_block_association.b_secondary", "vpc_id", "ref:aws_vpc.b#id"},
		{"peering", "aws_vpc_ipv4_cidr_block_association.b_secondary", "cidr_block", "10.10.128.0/17"},
		{"peering", "aws_route.a_to_b", "vpc_peering_connection_id", "ref:aws_vpc_peering_connection.ab#id"},
		{"peering", "aws_route.a_to_b", "route_table_id", "ref:aws_route_table.a#id"},
		{"peering", "aws_route.a_to_b", "destination_cidr_block", "10.20.0.0/16"},
		// NAT gateways, inline routes, module variables and outputs.
		{"nat_tags", "aws_route_table.private", "route.0.nat_gateway_id", "ref:aws_nat_gateway.tagged#id"},
		{"nat_tags", "aws_route_table.private", "route.0.gateway_id", ""},
		{"nat_tags", "aws_route_table.via_module", "route", "absent"},
		{"nat_tags", "aws_route.via_module", "nat_gateway_id", "ref:module.other.aws_nat_gateway.this#id"},
		{"nat_tags", "module.other.aws_route.to_nat", "route_table_id", "ref:aws_route_table.private#id"},
		{"nat_tags", "module.other.aws_route.to_nat", "nat_gateway_id", "ref:module.other.aws_nat_gateway.this#id"},
		{"nat_tags", "module.other.aws_nat_gateway.this", "subnet_id", "ref:aws_subnet.public#id"},
		{"nat_tags", "module.legacy.aws_nat_gateway.this", "subnet_id", "ref:aws_subnet.public#id"},
		{"nat_tags", "aws_nat_gateway.empty_owner", "tags", "{Owner: }"},
		{"nat_tags", "aws_nat_gateway.empty_owner", "tags_all", "absent"},
		// count and for_each, in resources and module calls.
		{"count_foreach", "aws_nat_gateway.ng[0]", "subnet_id", "ref:aws_subnet.public[0]#id"},
		{"count_foreach", "aws_nat_gateway.ng[1]", "subnet_id", "ref:aws_subnet.public[1]#id"},
		{"count_foreach", "aws_route.nat[1]", "nat_gateway_id", "ref:aws_nat_gateway.ng[1]#id"},
		{"count_foreach", "aws_route.nat[1]", "route_table_id", "ref:aws_route_table.private[1]#id"},
		{"count_foreach", `aws_vpc_security_group_ingress_rule.svc_https["db"]`, "security_group_id", `ref:aws_security_group.svc["db"]#id`},
		{"count_foreach", `aws_vpc_security_group_egress_rule.svc_all["web"]`, "security_group_id", `ref:aws_security_group.svc["web"]#id`},
		{"count_foreach", "aws_security_group_rule.from_a", "security_group_id", `ref:module.net["a"].aws_security_group.this#id`},
		{"count_foreach", "aws_network_acl.shared", "subnet_ids",
			`[ref:aws_subnet.public[0]#id, ref:aws_subnet.public[1]#id, ref:module.net["b"].aws_subnet.this#id]`},
		{"count_foreach", `module.net["b"].aws_subnet.this`, "vpc_id", "ref:aws_vpc.main#id"},
		{"count_foreach", `module.net["b"].aws_subnet.this`, "cidr_block", "10.3.20.0/24"},
		{"count_foreach", `module.net["a"].aws_vpc_security_group_egress_rule.this`, "security_group_id", `ref:module.net["a"].aws_security_group.this#id`},
		// A plan against existing state: known ids stay literal.
		{"prior_state", "aws_vpc.main", "id", "vpc-0a1b2c3d4e5f60789"},
		{"prior_state", "aws_subnet.new", "vpc_id", "vpc-0a1b2c3d4e5f60789"},
		{"prior_state", "aws_security_group.web", "vpc_id", "vpc-0a1b2c3d4e5f60789"},
		{"prior_state", "aws_security_group.web", "egress.0.cidr_blocks", "[0.0.0.0/0]"},
		{"prior_state", "aws_security_group.web", "ingress", "absent"},
		{"prior_state", "aws_security_group_rule.web_https", "security_group_id", "ref:aws_security_group.web#id"},
	}
	plans := map[string]*Plan{}
	for _, tc := range tests {
		t.Run(tc.fixture+" "+tc.addr+" "+tc.attr, func(t *testing.T) {
			p := plans[tc.fixture]
			if p == nil {
				p = loadFixture(t, filepath.Join(tc.fixture, "plan.json"))
				plans[tc.fixture] = p
			}
			if got := attr(instance(t, p.Instances, tc.addr), tc.attr); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// TestFixtureInstances checks which instances a plan holds and how they
// are named.
func TestFixtureInstances(t *testing.T) {
	p := loadFixture(t, "count_foreach/plan.json")
	if len(p.Instances) != 23 {
		t.Errorf("%d instances, want 23", len(p.Instances))
	}
	in := instance(t, p.Instances, `module.net["a"].aws_subnet.this`)
	if in.Mode != "managed" || in.Type != "aws_subnet" || in.Name != "this" || in.Module != `module.net["a"]` || in.MaybeAbsent {
		t.Errorf("got mode %q type %q name %q module %q maybe-absent %v", in.Mode, in.Type, in.Name, in.Module, in.MaybeAbsent)
	}

	p = loadFixture(t, "prior_state/plan.json")
	var addrs []string
	for _, in := range p.Instances {
		addrs = append(addrs, in.Address)
	}
	want := []string{"aws_security_group.web", "aws_security_group_rule.web_https", "aws_subnet.new", "aws_vpc.main"}
	if !slices.Equal(addrs, want) {
		t.Errorf("instances %q, want %q (the destroyed group left out)", addrs, want)
	}
	addrs = nil
	for _, in := range p.Before {
		addrs = append(addrs, in.Address)
		if !in.Attrs["id"].Value.IsKnown() {
			t.Errorf("%s: prior id unknown", in.Address)
		}
	}
	want = []string{"aws_security_group.gone", "aws_security_group.web", "aws_vpc.main"}
	if !slices.Equal(addrs, want) {
		t.Errorf("before %q, want %q", addrs, want)
	}
	if got := attr(instance(t, p.Before, "aws_security_group.web"), "description"); got != "old description" {
		t.Errorf("prior description %q", got)
	}
	if p := loadFixture(t, "nacl/plan.json"); p.Before != nil {
		t.Errorf("plan without prior state has %d prior instances", len(p.Before))
	}
}

// TestFixtureChanges checks resource_changes.
func TestFixtureChanges(t *testing.T) {
	p := loadFixture(t, "prior_state/plan.json")
	type change struct {
		Address string
		Action  Action
		Reason  string
		Deletes bool
	}
	var got []change
	for _, c := range p.Changes {
		got = append(got, change{c.Address, c.Action, c.Reason, c.Action.Deletes()})
		if c.Mode != "managed" || c.Module != "" || c.Deposed != "" || !strings.HasSuffix(c.Address, "."+c.Name) || !strings.HasPrefix(c.Address, c.Type+".") {
			t.Errorf("%s: mode %q module %q deposed %q type %q name %q", c.Address, c.Mode, c.Module, c.Deposed, c.Type, c.Name)
		}
	}
	want := []change{
		{"aws_security_group.gone", Delete, "delete_because_no_resource_config", true},
		{"aws_security_group.web", CreateBeforeDestroy, "replace_because_cannot_update", true},
		{"aws_security_group_rule.web_https", Create, "", false},
		{"aws_subnet.new", Create, "", false},
		{"aws_vpc.main", NoOp, "", false},
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes\n got %+v\nwant %+v", got, want)
	}
	p = loadFixture(t, "nat_tags/plan.json")
	if c := p.Changes[len(p.Changes)-1]; c.Module != "module.other" {
		t.Errorf("last change %s in module %q, want module.other", c.Address, c.Module)
	}
}

func TestActionString(t *testing.T) {
	for a, want := range map[Action]string{
		Unknown: "unknown", NoOp: "no-op", Create: "create", Read: "read", Update: "update", Delete: "delete",
		Replace: "delete, then create", CreateBeforeDestroy: "create, then delete", Forget: "forget",
	} {
		if got := a.String(); got != want {
			t.Errorf("%d: %q, want %q", a, got, want)
		}
	}
}

// TestFixtureRanges checks that instances, changes and attributes point at
// their objects in the file: found independently, by text search.
func TestFixtureRanges(t *testing.T) {
	for _, name := range []string{"sg_rules", "nacl", "peering", "nat_tags", "count_foreach", "prior_state"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(fixtureDir, name, "plan.json")
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(src)
			changes := strings.Index(text, `"resource_changes": [`)
			p := loadFixture(t, filepath.Join(name, "plan.json"))
			// The line holding `"address": "ADDR"` in resource_changes.
			addressLine := func(address string) int {
				q, _ := json.Marshal(address)
				i := strings.Index(text[changes:], `"address": `+string(q)+",")
				if i < 0 {
					t.Fatalf("%s not in resource_changes", address)
				}
				return strings.Count(text[:changes+i], "\n") + 1
			}
			check := func(what, address string, def, rng hcl.Range) {
				t.Helper()
				line := addressLine(address)
				if def.Filename != path || def.Start.Line != line-1 || def.End.Line != line || src[def.Start.Byte] != '{' {
					t.Errorf("%s %s: DefRange %s (byte %q), want lines %d-%d in %s", what, address, def, src[def.Start.Byte], line-1, line, path)
				}
				if rng.Start != def.Start || rng.End.Byte <= def.End.Byte || src[rng.End.Byte-1] != '}' {
					t.Errorf("%s %s: Range %s, DefRange %s", what, address, rng, def)
				}
			}
			for _, in := range p.Instances {
				check("instance", in.Address, in.DefRange, in.Range)
				for k, a := range in.Attrs {
					q, _ := json.Marshal(k)
					if !strings.HasPrefix(text[a.Range.Start.Byte:], string(q)+": ") || a.Range.Start.Line <= in.DefRange.Start.Line || a.Range.End.Byte > in.Range.End.Byte {
						t.Errorf("%s.%s: Range %s starts at %.20q", in.Address, k, a.Range, text[a.Range.Start.Byte:])
					}
				}
			}
			for _, c := range p.Changes {
				check("change", c.Address, c.DefRange, c.Range)
			}
		})
	}
}

// TestStateFile loads `terraform show -json` of a state file, a single
// line of JSON.
func TestStateFile(t *testing.T) {
	p := loadFixture(t, "prior_state/state.json")
	if p.Before != nil || p.Changes != nil {
		t.Errorf("a state has no prior state or changes: %d, %d", len(p.Before), len(p.Changes))
	}
	var addrs []string
	for _, in := range p.Instances {
		addrs = append(addrs, in.Address)
	}
	if want := []string{"aws_security_group.gone", "aws_security_group.web", "aws_vpc.main"}; !slices.Equal(addrs, want) {
		t.Fatalf("instances %q, want %q", addrs, want)
	}
	src, err := os.ReadFile(filepath.Join(fixtureDir, "prior_state", "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	vpc := instance(t, p.Instances, "aws_vpc.main")
	at := bytes.Index(src, []byte(`{"address":"aws_vpc.main"`))
	if r := vpc.DefRange; r.Start.Line != 1 || r.Start.Byte != at || r.Start.Column != at+1 || string(src[r.End.Byte-1]) != `"` {
		t.Errorf("DefRange %s (byte %d), want line 1 byte %d", r, r.Start.Byte, at)
	}
	// Without configuration nothing is dropped, and tags_all is the
	// provider's merge.
	gone := instance(t, p.Instances, "aws_security_group.gone")
	if got := attr(gone, "egress"); got != "[]" {
		t.Errorf("egress %s", got)
	}
	if got := show(vpc.Provider.DefaultTags, true); vpc.Provider.Key != "aws" || got != "{Name: main}" {
		t.Errorf("provider %q default tags %s", vpc.Provider.Key, got)
	}
}

// TestFixtureProviders checks provider configurations and default tags.
func TestFixtureProviders(t *testing.T) {
	p := loadFixture(t, "nat_tags/plan.json")
	tests := []struct{ addr, key, defaultTags, region string }{
		// tags_all known: the provider's merge.
		{"aws_nat_gateway.tagged", "aws", "{Owner: override, Purpose: egress}", "us-east-1"},
		// tags_all unknown (an empty tag value): the configuration's
		// default_tags; the builder merges tags on top.
		{"aws_nat_gateway.empty_owner", "aws", "{Owner: net, Purpose: egress}", "us-east-1"},
		{"module.other.aws_nat_gateway.this", "aws.other", "null", "us-west-2"},
		{"module.other.aws_route.to_nat", "aws.other", "null", "us-west-2"},
		{"module.legacy.aws_nat_gateway.this", "module.legacy:aws", "{Owner: module}", "eu-west-1"},
	}
	for _, tc := range tests {
		t.Run(tc.addr, func(t *testing.T) {
			pr := instance(t, p.Instances, tc.addr).Provider
			if pr.Key != tc.key || show(pr.DefaultTags, true) != tc.defaultTags || show(pr.Region, true) != tc.region {
				t.Errorf("got key %q default_tags %s region %s, want %q %s %s", pr.Key, show(pr.DefaultTags, true), show(pr.Region, true), tc.key, tc.defaultTags, tc.region)
			}
			if pr.DefRange.Start.Line == 0 || pr.DefRange.Filename == "" {
				t.Errorf("provider DefRange %s", pr.DefRange)
			}
		})
	}
	a := instance(t, p.Instances, "module.other.aws_nat_gateway.this").Provider
	b := instance(t, p.Instances, "module.other.aws_route.to_nat").Provider
	if a != b {
		t.Error("instances of one provider configuration without tags_all do not share it")
	}
}

// TestProviderKeys checks provider lookup on configurations that real
// plans of other Terraform versions have.
func TestProviderKeys(t *testing.T) {
	providers := `{
  "aws": {"name": "aws", "expressions": {"region": {"references": ["var.region"]}, "default_tags": [{"tags": {"constant_value": {"Owner": "root"}}}]}},
  "aws.refs": {"name": "aws", "alias": "refs", "expressions": {"default_tags": [{"tags": {"references": ["var.tags"]}}]}},
  "aws.empty": {"name": "aws", "alias": "empty", "expressions": {"default_tags": [{}]}}
}`
	res := func(addr, key string) string {
		return strings.Replace(cfgRes(addr, `{}`), `"provider_config_key": "aws"`, `"provider_config_key": "`+key+`"`, 1)
	}
	config := `{"provider_config": ` + providers + `, "root_module": ` + cfgModule(
		[]string{res("aws_vpc.refs", "aws.refs"), res("aws_vpc.empty", "aws.empty"), res("aws_vpc.missing", "nowhere")},
		`{"child": {"source": "./c", "module": `+cfgModule([]string{res("aws_vpc.old", "child:aws"), res("aws_vpc.new", "module.child:aws")}, "", "")+`}}`, "") + `}`
	p, diags := Load("plan.json", synthPlan(t, config,
		synthInst{address: "module.child.aws_vpc.old", after: `{}`},
		synthInst{address: "module.child.aws_vpc.new", after: `{}`},
		synthInst{address: "aws_vpc.refs", after: `{}`},
		synthInst{address: "aws_vpc.empty", after: `{}`},
		synthInst{address: "aws_vpc.missing", after: `{}`},
	))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	tests := []struct{ addr, key, defaultTags, region string }{
		{"module.child.aws_vpc.old", "aws", "{Owner: root}", "unknown"},
		{"module.child.aws_vpc.new", "aws", "{Owner: root}", "unknown"},
		{"aws_vpc.refs", "aws.refs", "unknown", "null"},
		{"aws_vpc.empty", "aws.empty", "null", "null"},
		{"aws_vpc.missing", "nowhere", "null", "null"},
	}
	for _, tc := range tests {
		t.Run(tc.addr, func(t *testing.T) {
			pr := instance(t, p.Instances, tc.addr).Provider
			if pr.Key != tc.key || show(pr.DefaultTags, true) != tc.defaultTags || show(pr.Region, true) != tc.region {
				t.Errorf("got key %q default_tags %s region %s, want %q %s %s", pr.Key, show(pr.DefaultTags, true), show(pr.Region, true), tc.key, tc.defaultTags, tc.region)
			}
		})
	}
}

// TestValues checks the JSON to cty conversion with after_unknown.
func TestValues(t *testing.T) {
	var after, unknown map[string]any
	dec := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890, "f": 0.5, "s": "x", "b": true, "z": null,
		"l": ["a", null], "o": {"k": [1]}, "e": []}`))
	dec.UseNumber()
	if err := dec.Decode(&after); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(`{"l": [false, true], "o": {"k": [false], "gone": true}, "whole": true, "e": true}`), &unknown); err != nil {
		t.Fatal(err)
	}
	v := cty.ObjectVal(objectAttrs(after, unknown))
	in := &resource.Instance{Body: resource.Body{Attrs: map[string]resource.Attr{"v": {Value: v}}}}
	for path, want := range map[string]string{
		"v.n": "12345678901234567890", "v.f": "0.5", "v.s": "x", "v.b": "true", "v.z": "null",
		"v.l.0": "a", "v.l.1": "unknown", "v.o.k": "[1]", "v.o.gone": "unknown", "v.whole": "unknown", "v.e": "unknown",
	} {
		if got := attr(in, path); got != want {
			t.Errorf("%s = %s, want %s", path, got, want)
		}
	}
	if got := toValue(float64(2), nil); !got.RawEquals(cty.NumberFloatVal(2)) {
		t.Errorf("float64: %#v", got)
	}
}
