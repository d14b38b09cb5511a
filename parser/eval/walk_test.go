package eval

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// walkCases are expressions whose walk has a trap: names bound by for
// expressions (and shadowed by nested ones), object keys that are or are
// not references, splats, template directives.
const walkCases = `
a = [for k, v in var.m : "${k}=${v}" if v != local.skip]
b = { for x in var.l : x.name => [for x in x.items : x + var.n] }
c = { (var.key) = 1, plain = 2, "quoted" = 3, (local.k).x = 4, null = 5 }
d = aws_subnet.a[*].id
e = aws_subnet.a[count.index].tags.Name
f = "%{ for s in var.ss }${s}:${var.sep}%{ endfor }"
g = var.c ? (local.x) : -var.y
h = [for i in range(3) : aws_subnet.b[i].id]
i = { for k, v in var.m : k => v... }
j = [for v in var.l : v if var.keep[v]][0].id
k = <<EOT
%{ if var.on }${upper(each.key)}%{ else }${each.value.name}%{ endif }
EOT
`

// TestWalkAgreesWithHCL compares the walks of walk.go with hclsyntax's:
// variables with Variables(), the attribute name scan with one over
// hclsyntax.VisitAll; and fastValue, where it gives a value, with hcl's
// evaluation in fastCtx, on the cases above and every fixture of the
// repository (and of the real corpus when present).
func TestWalkAgreesWithHCL(t *testing.T) {
	checkWalk(t, "cases.tf", []byte(walkCases))
	for _, root := range []string{"../../testdata", realCorpus} {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".tf") {
				if src, err := os.ReadFile(path); err == nil {
					checkWalk(t, path, src)
				}
			}
			return nil
		})
	}
}

// FuzzWalk is TestWalkAgreesWithHCL on arbitrary source.
func FuzzWalk(f *testing.F) {
	f.Add([]byte(walkCases))
	addFixtureSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		checkWalk(t, "fuzz.tf", src)
	})
}

// fastCtx is a context of values of every shape for fastValue's tests.
var fastCtx = &hcl.EvalContext{Variables: map[string]cty.Value{
	"var": cty.ObjectVal(map[string]cty.Value{
		"s": cty.StringVal("web"), "n": cty.NumberIntVal(22), "l": cty.ListVal([]cty.Value{cty.StringVal("a")}),
		"m": cty.MapVal(map[string]cty.Value{"k": cty.StringVal("v")}), "u": cty.UnknownVal(cty.String),
		"o":    cty.ObjectVal(map[string]cty.Value{"id": cty.StringVal("x")}),
		"zero": cty.Zero, "un": cty.UnknownVal(cty.Number), "inf": cty.PositiveInfinity,
		"t":    cty.TupleVal([]cty.Value{cty.StringVal("a"), cty.NumberIntVal(1)}),
		"huge": cty.MustParseNumberVal("1e400"),
	}),
	"local": cty.ObjectVal(map[string]cty.Value{"name": cty.StringVal("prod"), "null": cty.NullVal(cty.String)}),
}}

// checkWalk parses src and compares the walks and fastValue on its
// expressions.
func checkWalk(t *testing.T, name string, src []byte) {
	t.Helper()
	f, _ := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return
	}
	var exprs []hclsyntax.Expression
	_ = hclsyntax.VisitAll(body, func(n hclsyntax.Node) hcl.Diagnostics {
		if e, ok := n.(hclsyntax.Expression); ok {
			exprs = append(exprs, e)
		}
		return nil
	})
	for _, e := range exprs {
		if got, want := variables(e), e.Variables(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: variables of the expression at %s: got %d traversals, want %d", name, e.Range(), len(got), len(want))
		}
		for _, ctx := range []*hcl.EvalContext{fastCtx, nil} { // nil: a constant, like a variable's default
			if got, ok := fastValue(e, ctx); ok {
				if want, diags := e.Value(ctx); diags.HasErrors() || !got.RawEquals(want) {
					t.Errorf("%s: fastValue of the expression at %s: got %#v, want %#v (%v)", name, e.Range(), got, want, diags)
				}
			}
		}
	}
	got := newAttrNames()
	got.addFile(f)
	if want := visitAllNames(body); !reflect.DeepEqual(got, want) {
		t.Errorf("%s: attribute names: got %+v, want %+v", name, got, want)
	}
}

// visitAllNames is attrNames.addFile written over hclsyntax.VisitAll.
func visitAllNames(body *hclsyntax.Body) *attrNames {
	n := newAttrNames()
	accounted := map[hclsyntax.Node]bool{}
	dependsOnLists(body, accounted)
	_ = hclsyntax.VisitAll(body, func(node hclsyntax.Node) hcl.Diagnostics {
		n.addNode(node, accounted)
		return nil
	})
	return n
}

// TestPartialContentAgrees compares partialContent with hcl's
// PartialContent on every body of the fixtures (files and blocks at every
// depth) and of a file whose blocks have labels that do not fit, for the
// schemas vpclint decodes with.
func TestPartialContentAgrees(t *testing.T) {
	schemas := []*hcl.BodySchema{variableSchema, resourceSchema, outputSchema, providerSchema, dynamicSchema, fileSchema,
		{Attributes: []hcl.AttributeSchema{{Name: "source", Required: true}}}}
	check := func(path string, body *hclsyntax.Body) {
		for _, schema := range schemas {
			got, gotDiags := partialContent(body, schema)
			want, _, wantDiags := body.PartialContent(schema)
			if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotDiags, wantDiags) {
				t.Errorf("%s: body at %s: got %+v %v, want %+v %v", path, body.SrcRange, got, gotDiags, want, wantDiags)
			}
		}
	}
	var walk func(path string, body *hclsyntax.Body)
	walk = func(path string, body *hclsyntax.Body) {
		check(path, body)
		for _, blk := range body.Blocks {
			walk(path, blk.Body)
		}
	}
	// Labels that do not fit a schema, which PartialContent reports.
	odd := map[string]string{
		"labels.tf": `resource "aws_vpc" {}
resource "aws_vpc" "a" "b" {}
locals "x" {}
dynamic {
  content {}
}
dynamic "a" "b" {}
variable "v" {}
`,
	}
	for name, src := range odd {
		f, _ := hclsyntax.ParseConfig([]byte(src), name, hcl.InitialPos)
		walk(name, f.Body.(*hclsyntax.Body))
	}
	_ = filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tf") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, _ := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
		if body, ok := f.Body.(*hclsyntax.Body); ok {
			walk(path, body)
		}
		return nil
	})
}

// TestAttrPathAgrees compares attrPath, where it gives a value, with hcl's
// traversal over values of every shape.
func TestAttrPathAgrees(t *testing.T) {
	obj := cty.ObjectVal(map[string]cty.Value{
		"id":   cty.StringVal("x"),
		"tags": cty.MapVal(map[string]cty.Value{"Name": cty.StringVal("n")}),
		"deep": cty.ObjectVal(map[string]cty.Value{"a": cty.NumberIntVal(1), "n": cty.NullVal(cty.DynamicPseudoType)}),
		"list": cty.ListVal([]cty.Value{cty.StringVal("l")}),
		"unk":  cty.UnknownVal(cty.Object(map[string]cty.Type{"a": cty.String})),
		"null": cty.NullVal(cty.Object(map[string]cty.Type{"a": cty.String})),
		"mark": cty.ObjectVal(map[string]cty.Value{"a": cty.StringVal("s")}).Mark("sensitive"),
		"dyn":  cty.DynamicVal,
	})
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{"r": obj, "d": cty.DynamicVal, "s": cty.StringVal("s")}}
	refs := []string{
		"r", "r.id", "r.tags", "r.tags.Name", "r.deep.a", "r.deep.n", "r.deep.n.x", "r.list", "r.list[0]", "r.list.x",
		"r.unk", "r.unk.a", "r.null", "r.null.a", "r.mark", "r.mark.a", "r.dyn", "r.dyn.a", "r.missing", "r.id.x",
		"d", "d.a", "s", "s.a", "nope", "nope.a", `r["id"]`,
	}
	for _, ref := range refs {
		expr, diags := hclsyntax.ParseExpression([]byte(ref), "ref.tf", hcl.InitialPos)
		tr, ok := expr.(*hclsyntax.ScopeTraversalExpr)
		if diags.HasErrors() || !ok {
			t.Fatalf("%s: not a traversal: %v", ref, diags)
		}
		got, ok := attrPath(tr.Traversal, ctx)
		if !ok {
			continue
		}
		if want, diags := tr.Traversal.TraverseAbs(ctx); diags.HasErrors() || !got.RawEquals(want) {
			t.Errorf("%s: attrPath gave %#v, hcl %#v (%v)", ref, got, want, diags)
		}
	}
}

// TestTemplateStringAgrees compares templateString, where it gives a
// value, with hcl's rendering of the template.
func TestTemplateStringAgrees(t *testing.T) {
	neg := cty.NumberFloatVal(0).Negate() // -0
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{
		"v": cty.ObjectVal(map[string]cty.Value{
			"s": cty.StringVal("web"), "n": cty.NumberIntVal(22), "big": cty.MustParseNumberVal("123456789012345678901234567890"),
			"neg": cty.NumberIntVal(-7), "zero": neg, "frac": cty.NumberFloatVal(1.5), "b": cty.True,
			"null": cty.NullVal(cty.String), "unk": cty.UnknownVal(cty.String), "mark": cty.StringVal("m").Mark("sensitive"),
			"list": cty.ListVal([]cty.Value{cty.StringVal("l")}), "nfd": cty.StringVal("e\u0301"),
		}),
	}}
	templates := []string{
		`""`, `"a"`, `"${v.s}-x-${v.n}"`, `"p ${v.big}"`, `"p ${v.neg}"`, `"p ${v.zero}"`, `"p ${v.frac}"`, `"p ${v.b}"`,
		`"p ${v.null}"`, `"p ${v.unk}"`, `"p ${v.mark}"`, `"p ${v.list}"`, `"p ${v.missing}"`, `"x${v.nfd}"`, `"${v.s}${v.s}"`,
		`"a%{if true}b%{endif}"`, `"${v.s}\n"`,
	}
	rendered := 0
	for _, src := range templates {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "t.tf", hcl.InitialPos)
		tmpl, ok := expr.(*hclsyntax.TemplateExpr)
		if diags.HasErrors() || !ok {
			t.Fatalf("%s: not a template: %v", src, diags)
		}
		got, ok := templateString(tmpl, ctx)
		if !ok {
			continue
		}
		rendered++
		if want, diags := tmpl.Value(ctx); diags.HasErrors() || !got.RawEquals(want) {
			t.Errorf("%s: templateString gave %#v, hcl %#v (%v)", src, got, want, diags)
		}
	}
	if rendered < 6 {
		t.Errorf("templateString rendered %d templates; the cases are meant to exercise it", rendered)
	}
}

// TestFastValueAgrees compares fastValue with hcl on the tuples and objects
// it builds, and checks that it leaves to hcl what it must.
func TestFastValueAgrees(t *testing.T) {
	fast := []string{
		`[]`, `{}`, `["0.0.0.0/0", var.s]`, `[var.n, [var.o.id, "x"], {}]`, `var.s`, `"${var.s}"`, `("a")`,
		`{ Name = "${local.name}-igw", Tier = "public" }`, `{ "Quoted Key" = var.n, plain = var.l }`,
		`{ a = 1, a = 2 }`, `{ nested = { deeper = [var.o] } }`, `{ k = var.u }`, `{ k = local.null }`,
		// indexes, attributes after one, arithmetic
		`var.l[var.zero]`, `var.t[var.zero + 1]`, `var.l[var.un]`,
		`[var.o][var.zero].id`, `var.t[var.zero + 1] + var.n`, `var.n - 22`, `(var.zero - var.n) * var.zero`, `2 * var.n * var.n`,
		`var.huge * var.huge - var.huge`, `"${local.name}-${var.l[var.zero]}-${var.n + 1}"`, `{ rule_no = 50 + var.t[var.zero + 1] }`,
	}
	slow := []string{
		`{ (var.s) = 1 }`, `{ a.b = 1 }`, `{ null = 1 }`, `{ "${var.s}" = 1 }`, `{ k = var.missing }`,
		`[var.l[0]]`, `{ k = upper(var.s) }`, `[var.m.k]`,
		`var.l[var.n]`, `var.m[var.s]`, `var.o[var.s]`, `var.l[var.zero].x`, `var.l[var.zero - 1]`, `local.null[var.zero]`,
		`var.n + var.s`, `var.n + "1"`, `var.n + var.un`, `var.inf + var.n`, `var.n / 2`, `var.n % 2`, `var.n == 22`,
		`var.n + local.null`, `"${var.l[var.n]}"`, `var.m[var.l[var.zero] == "a" ? "k" : "k"]`, `var.zero * -1`,
	}
	for _, src := range append(fast, slow...) {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "f.tf", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("%s: %v", src, diags)
		}
		got, ok := fastValue(expr, fastCtx)
		if want := slices.Contains(fast, src); ok != want {
			t.Errorf("%s: fastValue ok = %v, want %v", src, ok, want)
		}
		if !ok {
			continue
		}
		if want, diags := expr.Value(fastCtx); diags.HasErrors() || !got.RawEquals(want) {
			t.Errorf("%s: fastValue gave %#v, hcl %#v (%v)", src, got, want, diags)
		}
	}
}
