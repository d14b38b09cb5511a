package eval

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// lineOf is the 1-based line of the nth (from 0) line of file containing
// substr.
func lineOf(t *testing.T, file, substr string, nth int) int {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(data), "\n") {
		if strings.Contains(line, substr) {
			if nth == 0 {
				return i + 1
			}
			nth--
		}
	}
	t.Fatalf("%s has no line %q", file, substr)
	return 0
}

func TestLoadExpansion(t *testing.T) {
	res := loadClean(t, filepath.Join(fixtures, "expressions"), Options{})
	got := addresses(res)
	want := []string{
		"aws_vpc.main",
		"aws_subnet.private[0]", "aws_subnet.private[1]", "aws_subnet.private[2]",
		`aws_subnet.public["a"]`, `aws_subnet.public["c"]`,
		`aws_subnet.set["x"]`, `aws_subnet.set["y"]`,
		"aws_subnet.maybe",
		"aws_route_table.rt",
		"aws_route_table_association.splat[0]", "aws_route_table_association.splat[1]", "aws_route_table_association.splat[2]",
		"aws_security_group.dyn", "aws_network_acl.nested", "aws_security_group.attr_syntax",
		"data.aws_vpc.existing", "aws_subnet.from_data",
		"aws_vpc.uses_other", "aws_vpc.broken", "aws_vpc.tryfunc", "aws_route.to_maybe",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("instances (-want +got):\n%s", diff)
	}
	for _, inst := range res.Instances {
		if inst.MaybeAbsent != (inst.Address == "aws_subnet.maybe" || inst.Address == "aws_route.to_maybe") {
			t.Errorf("%s: MaybeAbsent = %v", inst.Address, inst.MaybeAbsent)
		}
		wantMode := "managed"
		if strings.HasPrefix(inst.Address, "data.") {
			wantMode = "data"
		}
		if inst.Mode != wantMode || inst.Module != "" {
			t.Errorf("%s: mode %q module %q", inst.Address, inst.Mode, inst.Module)
		}
	}
	if len(res.Unevaluated) == 0 {
		t.Error("the call to an unknown function is not in Unevaluated")
	}
}

func TestLoadBodies(t *testing.T) {
	file := filepath.Join(fixtures, "expressions", "main.tf")
	res := loadClean(t, filepath.Join(fixtures, "expressions"), Options{})
	byAddr := instances(t, res)

	t.Run("ranges", func(t *testing.T) {
		vpc := byAddr["aws_vpc.main"]
		header := lineOf(t, file, `resource "aws_vpc" "main"`, 0)
		if vpc.DefRange.Start.Line != header || vpc.Range.Start.Line != header || vpc.Range.End.Line != header+6 {
			t.Errorf("aws_vpc.main ranges %s / %s, want header line %d to %d", vpc.DefRange, vpc.Range, header, header+6)
		}
		if got := vpc.Attrs["cidr_block"].Range.Start.Line; got != header+1 {
			t.Errorf("cidr_block range line %d, want %d", got, header+1)
		}
	})
	t.Run("meta-arguments are not attributes", func(t *testing.T) {
		for _, addr := range []string{"aws_subnet.private[0]", `aws_subnet.public["a"]`} {
			for _, meta := range []string{"count", "for_each"} {
				if _, ok := byAddr[addr].Attrs[meta]; ok {
					t.Errorf("%s has attribute %s", addr, meta)
				}
			}
		}
	})
	t.Run("static and dynamic blocks", func(t *testing.T) {
		sg := byAddr["aws_security_group.dyn"]
		ingress := sg.Blocks["ingress"]
		if len(ingress) != 3 {
			t.Fatalf("%d ingress blocks, want 3", len(ingress))
		}
		if got, want := ingress[0].DefRange.Start.Line, lineOf(t, file, "  ingress {", 0); got != want {
			t.Errorf("static ingress at line %d, want %d", got, want)
		}
		content := lineOf(t, file, "content {", 0)
		for _, b := range ingress[1:] {
			if b.Type != "ingress" || b.DefRange.Start.Line != content || b.Range.End.Line <= content {
				t.Errorf("dynamic ingress block %s %s / %s, want the content block at line %d", b.Type, b.DefRange, b.Range, content)
			}
		}
		if !sg.UnknownBlocks["egress"] || sg.Blocks["egress"] != nil {
			t.Errorf("egress with unknown for_each: UnknownBlocks %v, blocks %d", sg.UnknownBlocks, len(sg.Blocks["egress"]))
		}
		if sg.UnknownBlocks["ingress"] {
			t.Error("ingress marked unknown")
		}
	})
	t.Run("attributes as blocks", func(t *testing.T) {
		sg := byAddr["aws_security_group.attr_syntax"]
		if _, ok := sg.Attrs["egress"]; !ok || len(sg.Blocks) != 0 {
			t.Errorf("egress = [...] must be an attribute; attrs %v blocks %v", sg.Attrs, sg.Blocks)
		}
	})
	t.Run("implicit provider", func(t *testing.T) {
		p := byAddr["aws_vpc.main"].Provider
		if p == nil || p.Key != "aws" || !p.DefaultTags.IsNull() || p.DefRange.Filename != "" {
			t.Errorf("provider %+v, want the implicit empty aws", p)
		}
		if byAddr["aws_subnet.maybe"].Provider != p {
			t.Error("the implicit provider is not shared")
		}
	})
}

func TestLoadJSONBodies(t *testing.T) {
	res := loadClean(t, filepath.Join(fixtures, "json"), Options{})
	byAddr := instances(t, res)
	sg := byAddr["aws_security_group.sg[0]"]
	if sg == nil {
		t.Fatalf("no aws_security_group.sg[0] in %q", addresses(res))
	}
	for _, name := range []string{"count", "lifecycle", "//", "dynamic"} {
		if _, ok := sg.Attrs[name]; ok {
			t.Errorf("attribute %q kept", name)
		}
	}
	if _, ok := sg.Attrs["ingress"]; !ok {
		t.Error("JSON ingress array is not an attribute")
	}
	if n := len(sg.Blocks["egress"]); n != 2 {
		t.Errorf("%d egress blocks from the JSON dynamic block, want 2", n)
	}
	if len(sg.Blocks["lifecycle"]) != 0 {
		t.Error("lifecycle kept as a block")
	}
	p := sg.Provider
	if p.Key != "aws" || render(p.DefaultTags) != `{Owner="json"}` || render(p.Region) != `"us-east-2"` {
		t.Errorf("provider %s tags %s region %s", p.Key, render(p.DefaultTags), render(p.Region))
	}
}

func TestLoadProviders(t *testing.T) {
	res := loadClean(t, filepath.Join(fixtures, "providers"), Options{})
	byAddr := instances(t, res)
	cases := []struct {
		addr, key, tags, region string
	}{
		{"aws_nat_gateway.root_default", "aws", `{Owner="net"}`, `"us-east-1"`},
		{"aws_nat_gateway.root_west", "aws.west", `{Owner="west"}`, `"us-west-2"`},
		{"module.inherit.aws_nat_gateway.n", "aws", `{Owner="net"}`, `"us-east-1"`},
		{"module.mapped.aws_nat_gateway.n", "aws.west", `{Owner="west"}`, `"us-west-2"`},
		{"module.own.aws_nat_gateway.n", "module.own:aws", `{Owner="own"}`, `"eu-west-1"`},
		{"module.aliased.aws_vpc_peering_connection_accepter.peer", "aws.west", `{Owner="west"}`, `"us-west-2"`},
		{"module.aliased.aws_vpc.local", "aws", `{Owner="net"}`, `"us-east-1"`},
		{"module.deep.module.inner.aws_nat_gateway.n", "aws.west", `{Owner="west"}`, `"us-west-2"`},
	}
	for _, tc := range cases {
		t.Run(tc.addr, func(t *testing.T) {
			inst := byAddr[tc.addr]
			if inst == nil {
				t.Fatalf("no instance; have %q", addresses(res))
			}
			p := inst.Provider
			if p.Key != tc.key || render(p.DefaultTags) != tc.tags || render(p.Region) != tc.region {
				t.Errorf("provider %s tags %s region %s, want %s %s %s",
					p.Key, render(p.DefaultTags), render(p.Region), tc.key, tc.tags, tc.region)
			}
			if p.DefRange.Filename == "" {
				t.Error("provider block range missing")
			}
		})
	}
	if byAddr["aws_nat_gateway.root_default"].Provider != byAddr["module.inherit.aws_nat_gateway.n"].Provider {
		t.Error("an inherited provider is not the parent's configuration")
	}
}

func TestLoadModuleTree(t *testing.T) {
	dir := filepath.Join(fixtures, "modules")
	res := loadClean(t, dir, Options{})
	wantDirs := []string{
		filepath.Join(dir, "modules", "net"),
		filepath.Join(dir, "modules", "net", "sub"),
		filepath.Join(dir, "modules", "single"),
	}
	if diff := cmp.Diff(wantDirs, res.ModuleDirs); diff != "" {
		t.Errorf("ModuleDirs (-want +got):\n%s", diff)
	}
	byAddr := instances(t, res)
	deep := byAddr[`module.net["a"].module.sub.aws_subnet.deep`]
	if deep == nil || deep.Module != `module.net["a"].module.sub` {
		t.Fatalf("nested instance %+v", deep)
	}
	if !strings.HasSuffix(deep.DefRange.Filename, filepath.Join("net", "sub", "main.tf")) {
		t.Errorf("nested instance range in %s", deep.DefRange.Filename)
	}
	for _, inst := range res.Instances {
		if strings.HasPrefix(inst.Address, "module.zero") {
			t.Errorf("module with count = 0 produced %s", inst.Address)
		}
		if inst.MaybeAbsent {
			t.Errorf("%s is MaybeAbsent", inst.Address)
		}
	}

	unknown := loadClean(t, filepath.Join(fixtures, "unknown_module"), Options{})
	inst := instances(t, unknown)["module.net.aws_vpc.this"]
	if inst == nil || !inst.MaybeAbsent || inst.Module != "module.net" {
		t.Errorf("module with unknown for_each: %+v", inst)
	}
}

func TestLoadRemoteModules(t *testing.T) {
	res := loadClean(t, filepath.Join(fixtures, "remote"), Options{})
	want := []string{
		"module.vpc (terraform-aws-modules/vpc/aws)",
		"module.git (git::https://example.com/network.git?ref=v1)",
	}
	if diff := cmp.Diff(want, res.Skipped); diff != "" {
		t.Errorf("Skipped (-want +got):\n%s", diff)
	}

	t.Run("installed", func(t *testing.T) {
		main, err := os.ReadFile(filepath.Join(fixtures, "remote", "main.tf"))
		if err != nil {
			t.Fatal(err)
		}
		dir := writeFiles(t, map[string]string{
			"main.tf": string(main),
			".terraform/modules/modules.json": `{"Modules":[{"Key":"","Source":"","Dir":"."},` +
				`{"Key":"vpc","Source":"registry.terraform.io/terraform-aws-modules/vpc/aws","Version":"5.1.0","Dir":".terraform/modules/vpc"}]}`,
			".terraform/modules/vpc/main.tf": `
variable "cidr" {}
resource "aws_vpc" "this" {
  cidr_block = var.cidr
}
output "vpc_id" {
  value = aws_vpc.this.id
}`,
		})
		res := loadClean(t, dir, Options{})
		byAddr := instances(t, res)
		if got := render(attrValue(t, byAddr["module.vpc.aws_vpc.this"], "cidr_block")); got != `"10.0.0.0/16"` {
			t.Errorf("installed module's cidr_block %s", got)
		}
		if got := render(attrValue(t, byAddr["aws_security_group.sg"], "vpc_id")); got != "ref(module.vpc.aws_vpc.this#id)" {
			t.Errorf("vpc_id from the installed module %s", got)
		}
		if !slices.Equal(res.Skipped, want[1:]) {
			t.Errorf("Skipped %q", res.Skipped)
		}
	})
}

// TestLoadReferenceTypes pins the shapes of whole-resource references.
func TestLoadReferenceTypes(t *testing.T) {
	dir := writeFiles(t, map[string]string{"main.tf": `
resource "aws_subnet" "c" {
  count      = 2
  cidr_block = "10.0.${count.index}.0/24"
}
resource "aws_subnet" "f" {
  for_each   = { x = 1 }
  cidr_block = "10.1.${each.value}.0/24"
}
resource "aws_vpc" "r" {
  tags = {
    count_len  = length(aws_subnet.c)
    each_keys  = join(",", keys(aws_subnet.f))
    each_cidr  = aws_subnet.f["x"].cidr_block
    for_values = join(",", [for s in aws_subnet.c : s.cidr_block])
  }
}`})
	res := loadClean(t, dir, Options{})
	got := render(attrValue(t, instances(t, res)["aws_vpc.r"], "tags"))
	want := `{count_len=2, each_cidr="10.1.1.0/24", each_keys="x", for_values="10.0.0.0/24,10.0.1.0/24"}`
	if got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func BenchmarkLoad(b *testing.B) {
	dir := filepath.Join(fixtures, "modules")
	for b.Loop() {
		if _, diags := Load(dir, Options{}); diags.HasErrors() {
			b.Fatal(diags.Error())
		}
	}
}
