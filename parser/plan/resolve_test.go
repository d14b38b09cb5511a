package plan

import (
	"slices"
	"strings"
	"testing"
)

// TestResolveSynthetic checks reference resolution on small hand-written
// plans, one situation each. want maps "ADDRESS ATTRPATH" to what the
// attribute shows (see show).
func TestResolveSynthetic(t *testing.T) {
	sg := func(addr string) synthInst {
		return synthInst{address: addr, after: `{"name": "x"}`, unknown: `{"id": true, "arn": true}`}
	}
	tests := []struct {
		name   string
		config string
		insts  []synthInst
		want   map[string]string
	}{
		{
			name: "whole instance through a module variable",
			config: cfgRoot(cfgModule(
				[]string{cfgRes("aws_security_group.a", `{}`)},
				`{"m": {"source": "./m", "expressions": {"sg": `+refs("aws_security_group.a")+`},
				  "module": `+cfgModule([]string{cfgRes("aws_security_group_rule.r", `{"security_group_id": `+refs("var.sg.id", "var.sg")+`}`)}, "", "")+`}}`, "")),
			insts: []synthInst{
				sg("aws_security_group.a"),
				{address: "module.m.aws_security_group_rule.r", after: `{"type": "egress"}`, unknown: `{"security_group_id": true}`},
			},
			want: map[string]string{"module.m.aws_security_group_rule.r security_group_id": "ref:aws_security_group.a#id"},
		},
		{
			name: "two candidates for one id stay unknown",
			config: cfgRoot(cfgModule([]string{
				cfgRes("aws_vpc.a", `{}`), cfgRes("aws_vpc.b", `{}`),
				cfgRes("aws_subnet.s", `{"vpc_id": `+refs("var.use_a", "aws_vpc.a.id", "aws_vpc.a", "aws_vpc.b.id", "aws_vpc.b")+`}`),
			}, "", "")),
			insts: []synthInst{
				{address: "aws_vpc.a", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_vpc.b", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_subnet.s", after: `{}`, unknown: `{"vpc_id": true}`},
			},
			want: map[string]string{"aws_subnet.s vpc_id": "unknown"},
		},
		{
			name: "local values, data sources and unknown modules are opaque",
			config: cfgRoot(cfgModule([]string{
				cfgRes("aws_vpc.a", `{}`),
				cfgRes("aws_subnet.local", `{"vpc_id": `+refs("local.vpc_id")+`}`),
				cfgRes("aws_subnet.mixed", `{"vpc_id": `+refs("local.x", "aws_vpc.a.id", "aws_vpc.a")+`}`),
				cfgRes("aws_subnet.data", `{"vpc_id": `+refs("data.aws_vpc.x.id", "data.aws_vpc.x")+`}`),
				cfgRes("aws_subnet.nomod", `{"vpc_id": `+refs("module.gone.vpc_id", "module.gone")+`}`),
				cfgRes("aws_subnet.noconf", `{"vpc_id": `+refs("aws_vpc.nowhere.id")+`}`),
				cfgRes("aws_subnet.garbage", `{"vpc_id": `+refs("aws_vpc..id")+`}`),
			}, "", "")),
			insts: []synthInst{
				{address: "aws_vpc.a", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_subnet.local", after: `{}`, unknown: `{"vpc_id": true}`},
				{address: "aws_subnet.mixed", after: `{}`, unknown: `{"vpc_id": true}`},
				{address: "aws_subnet.data", after: `{}`, unknown: `{"vpc_id": true}`},
				{address: "aws_subnet.nomod", after: `{}`, unknown: `{"vpc_id": true}`},
				{address: "aws_subnet.noconf", after: `{}`, unknown: `{"vpc_id": true}`},
				{address: "aws_subnet.garbage", after: `{}`, unknown: `{"vpc_id": true}`},
			},
			want: map[string]string{
				"aws_subnet.local vpc_id":   "unknown",
				"aws_subnet.mixed vpc_id":   "unknown",
				"aws_subnet.data vpc_id":    "unknown",
				"aws_subnet.nomod vpc_id":   "unknown",
				"aws_subnet.noconf vpc_id":  "unknown",
				"aws_subnet.garbage vpc_id": "unknown",
			},
		},
		{
			name: "nested route slots take the candidate of their type",
			config: cfgRoot(cfgModule([]string{
				cfgRes("aws_nat_gateway.n", `{}`), cfgRes("aws_internet_gateway.i", `{}`), cfgRes("aws_nat_gateway.m", `{}`),
				cfgRes("aws_route_table.one", `{"route": `+refs("aws_nat_gateway.n.id", "aws_nat_gateway.n", "aws_internet_gateway.i.id", "aws_internet_gateway.i")+`}`),
				cfgRes("aws_route_table.two", `{"route": `+refs("aws_nat_gateway.n.id", "aws_nat_gateway.n", "aws_nat_gateway.m.id", "aws_nat_gateway.m")+`}`),
			}, "", "")),
			insts: []synthInst{
				{address: "aws_nat_gateway.n", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_nat_gateway.m", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_internet_gateway.i", after: `{}`, unknown: `{"id": true}`},
				{
					address: "aws_route_table.one",
					after:   `{"route": [{"cidr_block": "0.0.0.0/0", "gateway_id": ""}, {"cidr_block": "10.0.0.0/8", "nat_gateway_id": ""}]}`,
					unknown: `{"route": [{"gateway_id": true}, {"nat_gateway_id": true}]}`,
				},
				{
					address: "aws_route_table.two",
					after:   `{"route": [{"cidr_block": "0.0.0.0/0"}, {"cidr_block": "10.0.0.0/8"}]}`,
					unknown: `{"route": [{"nat_gateway_id": true}, {"nat_gateway_id": true}]}`,
				},
			},
			want: map[string]string{
				// gateway_id fits both gateways equally: unknown.
				"aws_route_table.one route.0.gateway_id":     "unknown",
				"aws_route_table.one route.1.nat_gateway_id": "ref:aws_nat_gateway.n#id",
				"aws_route_table.one route.0.cidr_block":     "0.0.0.0/0",
				// Two NATs for two slots: which is which is not known.
				"aws_route_table.two route.0.nat_gateway_id": "unknown",
				"aws_route_table.two route.1.nat_gateway_id": "unknown",
			},
		},
		{
			name: "known ids are used and chains are followed",
			config: cfgRoot(cfgModule([]string{
				cfgRes("aws_vpc.old", `{}`), cfgRes("aws_vpc.new", `{}`),
				cfgRes("aws_subnet.s", `{"vpc_id": `+refs("aws_vpc.new.id", "aws_vpc.new")+`}`),
				cfgRes("aws_security_group.g", `{"vpc_id": `+refs("aws_subnet.s.vpc_id", "aws_subnet.s")+`}`),
				cfgRes("aws_network_acl.a", `{"vpc_id": `+refs("aws_vpc.old.id", "aws_vpc.old")+`}`),
				cfgRes("aws_route_table.t", `{"vpc_id": `+refs("aws_subnet.s.cidr_block", "aws_subnet.s")+`}`),
			}, "", "")),
			insts: []synthInst{
				{address: "aws_vpc.old", after: `{"id": "vpc-0abc"}`, actions: []string{"no-op"}},
				{address: "aws_vpc.new", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_subnet.s", after: `{}`, unknown: `{"id": true, "vpc_id": true, "cidr_block": true}`},
				{address: "aws_security_group.g", after: `{}`, unknown: `{"vpc_id": true}`},
				{address: "aws_network_acl.a", after: `{}`, unknown: `{"vpc_id": true}`},
				{address: "aws_route_table.t", after: `{}`, unknown: `{"vpc_id": true}`},
			},
			want: map[string]string{
				"aws_subnet.s vpc_id":         "ref:aws_vpc.new#id",
				"aws_security_group.g vpc_id": "ref:aws_vpc.new#id",
				"aws_network_acl.a vpc_id":    "vpc-0abc",
				// A computed attribute that is not an identifier.
				"aws_route_table.t vpc_id": "unknown",
			},
		},
		{
			name: "count.index picks the same index; one instance is used; several are not",
			config: cfgRoot(cfgModule([]string{
				cfgRes("aws_nat_gateway.ng", `{}`, `"count_expression": {"constant_value": 2}`),
				cfgRes("aws_nat_gateway.one", `{}`, `"count_expression": {"constant_value": 1}`),
				cfgRes("aws_route.r", `{"nat_gateway_id": `+refs("aws_nat_gateway.ng", "count.index")+`}`, `"count_expression": {"constant_value": 3}`),
				cfgRes("aws_route.single", `{"nat_gateway_id": `+refs("aws_nat_gateway.one", "count.index")+`}`),
				cfgRes("aws_route.plain", `{"nat_gateway_id": `+refs("aws_nat_gateway.ng", "var.i")+`}`),
			}, "", "")),
			insts: []synthInst{
				{address: "aws_nat_gateway.ng[0]", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_nat_gateway.ng[1]", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_nat_gateway.one[0]", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_route.r[0]", after: `{}`, unknown: `{"nat_gateway_id": true}`},
				{address: "aws_route.r[1]", after: `{}`, unknown: `{"nat_gateway_id": true}`},
				{address: "aws_route.r[2]", after: `{}`, unknown: `{"nat_gateway_id": true}`},
				{address: "aws_route.single", after: `{}`, unknown: `{"nat_gateway_id": true}`},
				{address: "aws_route.plain", after: `{}`, unknown: `{"nat_gateway_id": true}`},
			},
			want: map[string]string{
				"aws_route.r[0] nat_gateway_id":   "ref:aws_nat_gateway.ng[0]#id",
				"aws_route.r[1] nat_gateway_id":   "ref:aws_nat_gateway.ng[1]#id",
				"aws_route.r[2] nat_gateway_id":   "unknown",
				"aws_route.single nat_gateway_id": "ref:aws_nat_gateway.one[0]#id",
				"aws_route.plain nat_gateway_id":  "unknown",
			},
		},
		{
			name: "each.value of a for_each over a resource, each.key",
			config: cfgRoot(cfgModule([]string{
				cfgRes("aws_security_group.svc", `{}`, `"for_each_expression": {"constant_value": ["a", "b"]}`),
				cfgRes("aws_vpc_security_group_egress_rule.v", `{"security_group_id": `+refs("each.value.id", "each.value")+`}`,
					`"for_each_expression": `+refs("aws_security_group.svc")),
				cfgRes("aws_vpc_security_group_egress_rule.k", `{"security_group_id": `+refs("aws_security_group.svc", "each.key")+`}`,
					`"for_each_expression": {"constant_value": ["a"]}`),
			}, "", "")),
			insts: []synthInst{
				sg(`aws_security_group.svc["a"]`), sg(`aws_security_group.svc["b"]`),
				{address: `aws_vpc_security_group_egress_rule.v["a"]`, after: `{}`, unknown: `{"security_group_id": true}`},
				{address: `aws_vpc_security_group_egress_rule.v["b"]`, after: `{}`, unknown: `{"security_group_id": true}`},
				{address: `aws_vpc_security_group_egress_rule.k["a"]`, after: `{}`, unknown: `{"security_group_id": true}`},
			},
			want: map[string]string{
				`aws_vpc_security_group_egress_rule.v["a"] security_group_id`: `ref:aws_security_group.svc["a"]#id`,
				`aws_vpc_security_group_egress_rule.v["b"] security_group_id`: `ref:aws_security_group.svc["b"]#id`,
				`aws_vpc_security_group_egress_rule.k["a"] security_group_id`: `ref:aws_security_group.svc["a"]#id`,
			},
		},
		{
			name: "lists: splat, counted module outputs, partly known, opaque",
			config: cfgRoot(cfgModule([]string{
				cfgRes("aws_subnet.p", `{}`, `"count_expression": {"constant_value": 2}`),
				cfgRes("aws_network_acl.splat", `{"subnet_ids": `+refs("aws_subnet.p")+`}`),
				cfgRes("aws_network_acl.mods", `{"subnet_ids": `+refs("module.net.subnet_id", "module.net")+`}`),
				cfgRes("aws_network_acl.partly", `{"subnet_ids": `+refs("aws_subnet.p[1].id", "aws_subnet.p[1]", "aws_subnet.p")+`}`),
				cfgRes("aws_network_acl.opaque", `{"subnet_ids": `+refs("aws_subnet.p", "local.more")+`}`),
			}, `{"net": {"source": "./net", "count_expression": {"constant_value": 2}, "module": `+
				cfgModule([]string{cfgRes("aws_subnet.this", `{}`)}, "", `{"subnet_id": {"expression": `+refs("aws_subnet.this.id", "aws_subnet.this")+`}}`)+`}}`, "")),
			insts: []synthInst{
				{address: "aws_subnet.p[0]", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_subnet.p[1]", after: `{}`, unknown: `{"id": true}`},
				{address: "module.net[0].aws_subnet.this", after: `{}`, unknown: `{"id": true}`},
				{address: "module.net[1].aws_subnet.this", after: `{}`, unknown: `{"id": true}`},
				{address: "aws_network_acl.splat", after: `{}`, unknown: `{"subnet_ids": true}`},
				{address: "aws_network_acl.mods", after: `{}`, unknown: `{"subnet_ids": true}`},
				{address: "aws_network_acl.partly", after: `{"subnet_ids": ["subnet-0known", null]}`, unknown: `{"subnet_ids": [false, true]}`},
				{address: "aws_network_acl.opaque", after: `{}`, unknown: `{"subnet_ids": true}`},
			},
			want: map[string]string{
				"aws_network_acl.splat subnet_ids":  "[ref:aws_subnet.p[0]#id, ref:aws_subnet.p[1]#id]",
				"aws_network_acl.mods subnet_ids":   "[ref:module.net[0].aws_subnet.this#id, ref:module.net[1].aws_subnet.this#id]",
				"aws_network_acl.partly subnet_ids": "[subnet-0known, ref:aws_subnet.p[1]#id]",
				"aws_network_acl.opaque subnet_ids": "unknown",
			},
		},
		{
			name: "reference cycles and variable loops end",
			config: cfgRoot(cfgModule([]string{
				cfgRes("aws_subnet.a", `{"vpc_id": `+refs("aws_subnet.b.vpc_id")+`}`),
				cfgRes("aws_subnet.b", `{"vpc_id": `+refs("aws_subnet.a.vpc_id")+`}`),
			}, `{"m": {"source": "./m", "expressions": {"x": `+refs("module.m.out")+`}, "module": `+
				cfgModule([]string{cfgRes("aws_subnet.c", `{"vpc_id": `+refs("var.x")+`}`)}, "", `{"out": {"expression": `+refs("var.x")+`}}`)+`}}`, "")),
			insts: []synthInst{
				{address: "aws_subnet.a", after: `{}`, unknown: `{"vpc_id": true}`},
				{address: "aws_subnet.b", after: `{}`, unknown: `{"vpc_id": true}`},
				{address: "module.m.aws_subnet.c", after: `{}`, unknown: `{"vpc_id": true}`},
			},
			// Terraform rejects both; loading must end, and link nothing.
			want: map[string]string{
				"module.m.aws_subnet.c vpc_id": "unknown",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := Load("plan.json", synthPlan(t, tc.config, tc.insts...))
			if len(diags) > 0 {
				t.Fatal(diags)
			}
			for key, want := range tc.want {
				addr, path, _ := strings.Cut(key, " ")
				if got := attr(instance(t, p.Instances, addr), path); got != want {
					t.Errorf("%s = %s, want %s", key, got, want)
				}
			}
		})
	}
}

// TestUnsetAttributes checks what becomes of attributes the configuration
// does not set (see dropUnset and settleMirrors).
func TestUnsetAttributes(t *testing.T) {
	rule := `{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}`
	naclRule := `{"rule_no": 100, "action": "allow", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_block": "0.0.0.0/0"}`
	config := cfgRoot(cfgModule([]string{
		cfgRes("aws_security_group.new", `{"name": {"constant_value": "n"}}`),
		cfgRes("aws_security_group.dynamic", `{}`),
		cfgRes("aws_security_group.existing", `{}`),
		cfgRes("aws_security_group.targeted", `{}`),
		cfgRes("aws_security_group_rule.r", `{"security_group_id": {"constant_value": "sg-3"}}`),
		cfgRes("aws_security_group.empty", `{}`),
		cfgRes("aws_security_group.set", `{"egress": {"constant_value": []}}`),
		cfgRes("aws_network_acl.existing", `{}`),
		cfgRes("aws_network_acl_rule.somewhere", `{"network_acl_id": `+refs("local.acl_id")+`}`),
	}, "", ""))
	p, diags := Load("plan.json", synthPlan(t, config,
		synthInst{address: "aws_security_group.new", after: `{"name": "n", "revoke_rules_on_delete": false}`, unknown: `{"egress": true, "id": true, "vpc_id": true}`},
		synthInst{address: "aws_security_group.dynamic", after: `{"egress": [` + rule + `]}`},
		synthInst{address: "aws_security_group.existing", after: `{"id": "sg-1", "egress": [` + rule + `]}`, actions: []string{"update"}},
		synthInst{address: "aws_security_group.targeted", after: `{"id": "sg-3", "egress": [` + rule + `]}`, actions: []string{"no-op"}},
		synthInst{address: "aws_security_group_rule.r", after: `{"type": "egress", "security_group_id": "sg-3"}`, actions: []string{"no-op"}},
		synthInst{address: "aws_security_group.empty", after: `{"id": "sg-2", "egress": []}`, actions: []string{"no-op"}},
		synthInst{address: "aws_security_group.set", after: `{"egress": []}`},
		synthInst{address: "aws_network_acl.existing", after: `{"id": "acl-1", "ingress": [` + naclRule + `], "subnet_ids": ["subnet-1"]}`, actions: []string{"no-op"}},
		synthInst{address: "aws_network_acl_rule.somewhere", after: `{"rule_number": 1}`, unknown: `{"network_acl_id": true}`},
	))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	tests := []struct{ addr, attr, want string }{
		{"aws_security_group.new", "egress", "absent"},
		{"aws_security_group.new", "id", "absent"},
		{"aws_security_group.new", "vpc_id", "absent"},
		{"aws_security_group.new", "revoke_rules_on_delete", "false"},
		// Created with rules the configuration does not list: dynamic
		// blocks.
		{"aws_security_group.dynamic", "egress.0.protocol", "-1"},
		// Existing, and no separate rule names it: its own rules.
		{"aws_security_group.existing", "egress.0.protocol", "-1"},
		{"aws_security_group.existing", "id", "sg-1"},
		// Existing, and a separate rule names it: maybe a copy.
		{"aws_security_group.targeted", "egress", "unknown"},
		{"aws_security_group.empty", "egress", "absent"},
		{"aws_security_group.set", "egress", "[]"},
		// A separate rule names an unknown ACL: it may be this one. No
		// association does, so its subnets stay.
		{"aws_network_acl.existing", "ingress", "unknown"},
		{"aws_network_acl.existing", "subnet_ids", "[subnet-1]"},
	}
	for _, tc := range tests {
		t.Run(tc.addr+" "+tc.attr, func(t *testing.T) {
			if got := attr(instance(t, p.Instances, tc.addr), tc.attr); got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// TestStateMirrors checks the rule collections of a state file, which has
// no configuration.
func TestStateMirrors(t *testing.T) {
	src := `{"format_version": "1.0", "terraform_version": "1.11.4", "values": {"root_module": {"resources": [
  {"address": "aws_security_group.a", "mode": "managed", "type": "aws_security_group", "name": "a",
   "values": {"id": "sg-a", "egress": [{"protocol": "-1"}], "ingress": []}},
  {"address": "aws_security_group.b", "mode": "managed", "type": "aws_security_group", "name": "b",
   "values": {"id": "sg-b", "egress": [{"protocol": "-1"}]}},
  {"address": "aws_vpc_security_group_egress_rule.b", "mode": "managed", "type": "aws_vpc_security_group_egress_rule", "name": "b",
   "values": {"security_group_id": "sg-b", "ip_protocol": "-1"}}]}}}`
	p, diags := Load("state.json", []byte(src))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	for key, want := range map[string]string{
		"aws_security_group.a egress.0.protocol": "-1",
		"aws_security_group.a ingress":           "[]",
		"aws_security_group.b egress":            "unknown",
	} {
		addr, path, _ := strings.Cut(key, " ")
		if got := attr(instance(t, p.Instances, addr), path); got != want {
			t.Errorf("%s = %s, want %s", key, got, want)
		}
	}
}

// A root output that names a resource exports it: a pseudo-instance of mode
// "output" lists its reference, as the source evaluator gives it.
func TestRootOutputsExport(t *testing.T) {
	config := cfgRoot(cfgModule(
		[]string{cfgRes("aws_security_group.app", `{}`)}, "",
		`{"app_sg_id": {"expression": `+refs("aws_security_group.app.id", "aws_security_group.app")+`}, "plain": {"expression": {"constant_value": "x"}}}`))
	p, diags := Load("plan.json", synthPlan(t, config, synthInst{address: "aws_security_group.app", after: `{"name": "app"}`, unknown: `{"id": true}`}))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var outputs []string
	for _, in := range p.Instances {
		if in.Mode == "output" {
			outputs = append(outputs, in.Address+" = "+attr(in, "value"))
		}
	}
	want := []string{`output.app_sg_id = [ref:aws_security_group.app#id]`}
	if !slices.Equal(outputs, want) {
		t.Errorf("outputs = %q, want %q", outputs, want)
	}
}
