package funcs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// eval evaluates one HCL expression with the function table of dir.
func eval(t *testing.T, dir, src string) (cty.Value, hcl.Diagnostics) {
	t.Helper()
	expr, diags := hclsyntax.ParseExpression([]byte(src), "test.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("parse %q: %s", src, diags)
	}
	return expr.Value(&hcl.EvalContext{
		Functions: Table(dir),
		Variables: map[string]cty.Value{
			"unknown":        cty.UnknownVal(cty.Bool),
			"unknown_string": cty.UnknownVal(cty.String),
			"unknown_any":    cty.DynamicVal,
		},
	})
}

func TestTerraformFunctions(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "t.tpl"), []byte("cidr=${cidrsubnet(base, 8, n)}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "rules.yaml"), []byte("- port: 443\n- port: 80\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, src string
		want      cty.Value
	}{
		{"lookup two arguments", `lookup({a = "x"}, "a")`, cty.StringVal("x")},
		{"lookup default", `lookup({a = "x"}, "b", "d")`, cty.StringVal("d")},
		{"lookup null default", `lookup({a = "x"}, "b", null)`, cty.NullVal(cty.DynamicPseudoType)},
		{"lookup object", `lookup({a = 1, b = "s"}, "b", null)`, cty.StringVal("s")},
		{"fileset", `fileset(".", "*.yaml")`, cty.SetVal([]cty.Value{cty.StringVal("rules.yaml")})},
		{"setproduct", `length(setproduct(["a", "b"], [1, 2, 3]))`, cty.NumberIntVal(6)},
		{"one of one", `one(["a"])`, cty.StringVal("a")},
		{"one of none", `one([])`, cty.NullVal(cty.DynamicPseudoType)},
		{"sum", `sum([1, 2, 3.5])`, cty.NumberFloatVal(6.5)},
		{"alltrue", `alltrue([true, true])`, cty.True},
		{"alltrue unknown", `alltrue([true, unknown])`, cty.UnknownVal(cty.Bool)},
		{"anytrue", `anytrue([false, true])`, cty.True},
		{"startswith", `startswith("10.0.0.0/8", "10.")`, cty.True},
		{"endswith", `endswith("a.tf", ".tf")`, cty.True},
		{"strcontains", `strcontains("egress", "gre")`, cty.True},
		{"replace plain", `replace("a-b-c", "-", "_")`, cty.StringVal("a_b_c")},
		{"replace regex", `replace("subnet-12", "/[0-9]+/", "N")`, cty.StringVal("subnet-N")},
		{"index", `index(["a", "b"], "b")`, cty.NumberIntVal(1)},
		{"matchkeys", `matchkeys(["i-1", "i-2"], ["a", "b"], ["b"])`, cty.ListVal([]cty.Value{cty.StringVal("i-2")})},
		{"transpose", `transpose({a = ["x"], b = ["x"]})`, cty.MapVal(map[string]cty.Value{"x": cty.ListVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")})})},
		{"range", `length(range(0, 10, 2))`, cty.NumberIntVal(5)},
		{"cidrsubnets", `cidrsubnets("10.0.0.0/16", 8, 8)`, cty.ListVal([]cty.Value{cty.StringVal("10.0.0.0/24"), cty.StringVal("10.0.1.0/24")})},
		{"templatefile", `templatefile("t.tpl", {base = "10.0.0.0/16", n = 3})`, cty.StringVal("cidr=10.0.3.0/24")},
		{"yamldecode file", `yamldecode(file("rules.yaml"))[1].port`, cty.NumberIntVal(80)},
		{"fileexists", `fileexists("rules.yaml")`, cty.True},
		{"timestamp unknown", `timestamp()`, cty.UnknownVal(cty.String)},
		{"tostring", `tostring(5)`, cty.StringVal("5")},
		{"sensitive passthrough", `sensitive("x")`, cty.StringVal("x")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, diags := eval(t, dir, tc.src)
			if diags.HasErrors() {
				t.Fatalf("%s: %s", tc.src, diags)
			}
			if !got.RawEquals(tc.want) {
				t.Errorf("%s = %#v, want %#v", tc.src, got, tc.want)
			}
		})
	}
}

func TestFunctionErrors(t *testing.T) {
	dir := t.TempDir()
	for _, src := range []string{
		`range(100000000)`,    // Terraform's bound on range()
		`file("/dev/zero")`,   // not a regular file: never read
		`file("missing.txt")`, // absent
		`one(["a", "b"])`,     // more than one
		`index(["a"], "z")`,   // not found
		`sum([])`,             // empty
		`cidrsubnet("10.0.0.0/30", 8, 0)`,
	} {
		t.Run(src, func(t *testing.T) {
			if _, diags := eval(t, dir, src); !diags.HasErrors() {
				t.Errorf("%s: want an error", src)
			}
		})
	}
}
