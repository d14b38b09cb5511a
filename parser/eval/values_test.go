package eval

import (
	"os"
	"path/filepath"
	"testing"
)

// check is one expected attribute value: path read from the instance at
// addr, rendered by render.
type check struct {
	addr, path, want string
}

func TestLoadValues(t *testing.T) {
	varsDir := filepath.Join(fixtures, "vars")
	cases := []struct {
		name   string
		dir    string
		opts   Options
		checks []check
	}{
		{
			name: "vars",
			dir:  varsDir,
			opts: Options{
				Env:      []string{"TF_VAR_from_env=env", "TF_VAR_from_tfvars=env", "TF_VAR_env_number=41", "PATH=/bin"},
				VarFiles: []string{filepath.Join(varsDir, "extra.tfvars")},
				Vars:     []string{"from_var=cli", `var_list=["a", "b"]`},
			},
			checks: []check{
				{"aws_vpc.v", "tags.from_default", `"default"`},
				{"aws_vpc.v", "tags.from_env", `"env"`},
				{"aws_vpc.v", "tags.from_tfvars", `"tfvars"`},
				{"aws_vpc.v", "tags.from_tfvars_json", `"tfvars.json"`},
				{"aws_vpc.v", "tags.from_auto", `"b.auto"`},
				{"aws_vpc.v", "tags.from_var_file", `"var-file"`},
				{"aws_vpc.v", "tags.from_var", `"cli"`},
				{"aws_vpc.v", "tags.nullable_false", `"fallback"`},
				{"aws_vpc.v", "env_number", "42"},
				{"aws_vpc.v", "var_list", `["a", "b"]`},
				{"aws_vpc.v", "cidr_block", "?"},
				{"aws_vpc.v", "no_value_any", "?"},
				{"aws_vpc.v", "no_value_upper", "?"},
				{"aws_vpc.v", "settings", `{cidrs=["10.0.0.0/8"], inner={enabled=true}, name="web", port=443}`},
				{"aws_vpc.v", "rules", `[{port=22, protocol="tcp"}, {port=53, protocol="udp"}]`},
			},
		},
		{
			name: "expressions",
			dir:  filepath.Join(fixtures, "expressions"),
			checks: []check{
				{"aws_vpc.main", "cidr_block", `"10.0.0.0/16"`},
				{"aws_vpc.main", "tags.Name", `"main-production"`},
				{"aws_vpc.main", "tags.Hello", `"hello production\nport 80\nport 443\n\n"`},
				{"aws_subnet.private[1]", "cidr_block", `"10.0.1.0/24"`},
				{"aws_subnet.private[1]", "vpc_id", "ref(aws_vpc.main#id)"},
				{"aws_route.to_maybe", "route_table_id", "ref(aws_subnet.maybe#id)"},
				{"aws_route.to_maybe", "via_element", "ref(aws_subnet.maybe#id)"},
				{"aws_route.to_maybe", "mixed", "?"},
				{"aws_route.to_maybe", "in_list", "[ref(aws_subnet.maybe#id)]"},
				{"aws_route.to_maybe", "unknown_key", "ref(aws_subnet.private#id)"},
				{"aws_route.to_maybe", "unknown_var", "?"},
				{"aws_subnet.private[2]", "az_index", "2"},
				{"aws_subnet.public[\"c\"]", "cidr_block", `"10.0.101.0/24"`},
				{"aws_subnet.public[\"c\"]", "name", `"c"`},
				{"aws_subnet.set[\"y\"]", "key", `"y"`},
				{"aws_subnet.set[\"y\"]", "value", `"y"`},
				{"aws_subnet.maybe", "cidr_block", "?"},
				{"aws_subnet.maybe", "vpc_id", "ref(aws_vpc.main#id)"},
				{"aws_route_table_association.splat[2]", "subnet_id", "ref(aws_subnet.private[2]#id)"},
				{"aws_route_table_association.splat[0]", "route_table_id", "ref(aws_route_table.rt#id)"},
				{"aws_route_table_association.splat[0]", "legacy_splat", `["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]`},
				{"aws_route_table_association.splat[0]", "first", "ref(aws_subnet.private[0]#id)"},
				{"aws_route_table_association.splat[0]", "public_ids", `[ref(aws_subnet.public["a"]#id), ref(aws_subnet.public["c"]#id)]`},
				{"aws_route_table_association.splat[0]", "public_a_cidr", `"10.0.100.0/24"`},
				{"aws_route_table_association.splat[0]", "default_nacl", "ref(aws_vpc.main#default_network_acl_id)"},
				{"aws_route_table_association.splat[0]", "ipv6", "?"},
				{"aws_route_table_association.splat[0]", "maybe", "?"},
				{"aws_route_table_association.splat[0]", "even", `["10.0.0.0/24", "10.0.2.0/24"]`},
				{"aws_security_group.dyn", "ingress[0].description", `"static"`},
				{"aws_security_group.dyn", "ingress[1].description", `"ssh"`},
				{"aws_security_group.dyn", "ingress[1].from_port", "22"},
				{"aws_security_group.dyn", "ingress[2].description", `"web"`},
				{"aws_security_group.dyn", "ingress[2].cidr_blocks", `["0.0.0.0/0"]`},
				{"aws_security_group.dyn", "egress", "?"},
				{"aws_network_acl.nested", "ingress[1].rule_no", "200"},
				{"aws_network_acl.nested", "ingress[1].inner[1].outer", "200"},
				{"aws_network_acl.nested", "ingress[1].inner[1].name", `"b"`},
				{"aws_security_group.attr_syntax", "egress[0].cidr_blocks", `["0.0.0.0/0"]`},
				{"aws_security_group.attr_syntax", "ingress", "[]"},
				{"data.aws_vpc.existing", "id", `"vpc-123"`},
				{"aws_subnet.from_data", "vpc_id", "?"},
				{"aws_subnet.from_data", "cidr_block", "?"},
				{"aws_vpc.uses_other", "tags.Name", `"skipped"`},
				{"aws_vpc.uses_other", "tags.Id", "ref(google_compute_network.other#id)"},
				{"aws_vpc.broken", "cidr_block", "?"},
				{"aws_vpc.broken", "tags.Name", `"still-evaluated"`},
				{"aws_vpc.tryfunc", "cidr_block", `"10.8.0.0/16"`},
				{"aws_vpc.tryfunc", "tags.ok", "true"},
			},
		},
		{
			name: "modules",
			dir:  filepath.Join(fixtures, "modules"),
			checks: []check{
				{`module.net["a"].aws_subnet.a[1]`, "cidr_block", `"10.0.1.0/24"`},
				{`module.net["b"].aws_subnet.a[0]`, "cidr_block", `"10.1.0.0/24"`},
				{`module.net["b"].aws_vpc.this`, "tags.Name", `"b"`},
				{`module.net["b"].aws_vpc.this`, "tags.Module", `"modules/net"`},
				{`module.net["a"].module.sub.aws_subnet.deep`, "cidr_block", `"10.0.240.0/20"`},
				{`module.net["a"].module.sub.aws_subnet.deep`, "vpc_id", `ref(module.net["a"].aws_vpc.this#id)`},
				{"module.counted[1].aws_vpc.this", "cidr_block", `"10.11.0.0/16"`},
				{"module.plain.aws_vpc.this", "cidr_block", `"10.0.0.0/16"`},
				{"aws_vpc_peering_connection.ab", "vpc_id", `ref(module.net["a"].aws_vpc.this#id)`},
				{"aws_vpc_peering_connection.ab", "peer_vpc_id", `ref(module.net["b"].aws_vpc.this#id)`},
				{"aws_vpc_peering_connection.ab", "all_subnets",
					`[ref(module.net["b"].aws_subnet.a[0]#id), ref(module.net["b"].aws_subnet.a[1]#id)]`},
				{"aws_vpc_peering_connection.ab", "counted_ids",
					`[ref(module.counted[0].aws_vpc.this#id), ref(module.counted[1].aws_vpc.this#id)]`},
				{"aws_vpc_peering_connection.ab", "first", "ref(module.counted[0].aws_vpc.this#id)"},
				{"aws_vpc_peering_connection.ab", "zero", "0"},
				{"aws_vpc_peering_connection.ab", "plain", "ref(module.plain.aws_vpc.this#id)"},
				{"aws_vpc_peering_connection.ab", "sub_cidr", `"10.0.240.0/20"`},
				{"aws_vpc_peering_connection.ab", "whole", `"10.1.0.0/16"`},
				{"aws_vpc_peering_connection.ab", "whole_nacl", `ref(module.net["b"].aws_vpc.this#default_network_acl_id)`},
			},
		},
		{
			name: "json",
			dir:  filepath.Join(fixtures, "json"),
			checks: []check{
				{"aws_vpc.main", "cidr_block", `"10.5.0.0/16"`},
				{"aws_vpc.main", "tags.Name", `"json-10.5.0.0/16"`},
				{"aws_vpc.main", "ports", "[80, 443]"},
				{"aws_vpc.main", "obj", `{name="x", port=22}`},
				{"aws_security_group.sg[1]", "name", `"sg-1"`},
				{"aws_security_group.sg[1]", "vpc_id", "ref(aws_vpc.main#id)"},
				{"aws_security_group.sg[0]", "ingress[0].cidr_blocks", `["0.0.0.0/0"]`},
				{"aws_security_group.sg[0]", "egress[1].from_port", "443"},
			},
		},
		{
			name: "override",
			dir:  filepath.Join(fixtures, "override"),
			checks: []check{
				{"aws_vpc.v", "cidr_block", `"10.7.0.0/16"`},
				{"aws_vpc.v", "tags.Name", `"overridden"`},
				{"aws_vpc.v", "ingress", "[{from_port=2}]"},
			},
		},
		{
			name: "remote module outputs are unknown",
			dir:  filepath.Join(fixtures, "remote"),
			checks: []check{
				{"aws_security_group.sg", "vpc_id", "?"},
				{"aws_security_group.sg", "name", `"sg"`},
			},
		},
		{
			name: "unknown module for_each",
			dir:  filepath.Join(fixtures, "unknown_module"),
			checks: []check{
				{"module.net.aws_vpc.this", "tags.Name", "?"},
				{"module.net.aws_vpc.this", "cidr_block", `"10.0.0.0/16"`},
				{"aws_vpc.uses", "tags.ids", "?"},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := loadClean(t, tc.dir, tc.opts)
			byAddr := instances(t, res)
			for _, c := range tc.checks {
				t.Run(c.addr+" "+c.path, func(t *testing.T) {
					inst := byAddr[c.addr]
					if inst == nil {
						t.Fatalf("no instance %s; have %q", c.addr, addresses(res))
					}
					if got := render(attrValue(t, inst, c.path)); got != c.want {
						t.Errorf("got %s, want %s", got, c.want)
					}
				})
			}
		})
	}
}

// TestBareObjectRoots checks that a reference to var, local or a resource
// type without a name fails (unknown), as in Terraform, next to named
// references that evaluate.
func TestBareObjectRoots(t *testing.T) {
	dir := t.TempDir()
	src := `
variable "x" {
  default = "a"
}

locals {
  l = "b"
}

resource "aws_vpc" "v" {
  bare_var    = var
  len_local   = length(local)
  index_local = local[0]
  bare_type   = aws_vpc
}

resource "aws_vpc" "w" {
  named = "${var.x}-${local.l}"
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, _ := load(t, dir, Options{})
	byAddr := instances(t, res)
	for _, c := range []check{
		{"aws_vpc.v", "bare_var", "?"}, {"aws_vpc.v", "len_local", "?"}, {"aws_vpc.v", "index_local", "?"},
		{"aws_vpc.v", "bare_type", "?"}, {"aws_vpc.w", "named", `"a-b"`},
	} {
		inst := byAddr[c.addr]
		if inst == nil {
			t.Fatalf("no instance %s; have %q", c.addr, addresses(res))
		}
		if got := render(attrValue(t, inst, c.path)); got != c.want {
			t.Errorf("%s %s: got %s, want %s", c.addr, c.path, got, c.want)
		}
	}
}
