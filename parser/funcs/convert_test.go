package funcs

import (
	"fmt"
	"testing"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// TestToCollectionSameAsLibrary checks that tolist, toset and tomap give
// what go-cty's conversion gives, on the direct path (elements of one type)
// and on the others.
func TestToCollectionSameAsLibrary(t *testing.T) {
	dir := t.TempDir()
	table := Table(dir)
	exprs := []string{
		`["a", "b", "a"]`,
		`[1, 2, 2]`,
		`[true, false]`,
		`["a", unknown_string]`,
		`[{a = "x", b = 1}, {a = "y", b = 2}]`,
		`[["a"], ["b"]]`,
		`[["a"], ["b", "c"]]`,
		`[tolist(["a"]), tolist(["b"])]`,
		`[tomap({a = "x"}), tomap({b = "y"})]`,
		`[toset([1]), toset([2])]`,
		`[1, "a"]`,
		`["a", null]`,
		`[null, null]`,
		`[unknown_any, "a"]`,
		`[{a = 1}, {a = "x"}]`,
		`[]`,
		`{a = "x", b = "y"}`,
		`{a = 1, b = "y"}`,
		`{a = ["x"], b = ["y"]}`,
		`{a = {x = 1}, b = {x = 2}}`,
		`{a = unknown_string, b = "y"}`,
		`{}`,
		`null`,
		`unknown_any`,
		`"a"`,
	}
	for _, fn := range []string{"tolist", "toset", "tomap"} {
		want := map[string]cty.Type{
			"tolist": cty.List(cty.DynamicPseudoType),
			"toset":  cty.Set(cty.DynamicPseudoType),
			"tomap":  cty.Map(cty.DynamicPseudoType),
		}[fn]
		lib := stdlib.MakeToFunc(want)
		for _, src := range exprs {
			t.Run(fn+"("+src+")", func(t *testing.T) {
				arg, diags := eval(t, dir, src)
				if diags.HasErrors() {
					t.Fatalf("%s: %s", src, diags)
				}
				libVal, libErr := lib.Call([]cty.Value{arg})
				got, err := table[fn].Call([]cty.Value{arg})
				if (err != nil) != (libErr != nil) {
					t.Fatalf("error %v, go-cty's %v", err, libErr)
				}
				if err == nil && !got.RawEquals(libVal) {
					t.Errorf("= %#v, go-cty gives %#v", got, libVal)
				}
			})
		}
	}
}

// TestToCollectionSemantics pins Terraform's results for the cases that
// matter to a for_each: strings as they are, mixed types as strings.
func TestToCollectionSemantics(t *testing.T) {
	tests := []struct {
		src  string
		want cty.Value
	}{
		{`toset(["b", "a", "b"])`, cty.SetVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")})},
		{`toset([1, "a"])`, cty.SetVal([]cty.Value{cty.StringVal("1"), cty.StringVal("a")})},
		{`tolist(["a", 1])`, cty.ListVal([]cty.Value{cty.StringVal("a"), cty.StringVal("1")})},
		{`tolist([])`, cty.ListValEmpty(cty.DynamicPseudoType)},
		{`toset([])`, cty.SetValEmpty(cty.DynamicPseudoType)},
		{`tomap({a = "x", b = 1})`, cty.MapVal(map[string]cty.Value{"a": cty.StringVal("x"), "b": cty.StringVal("1")})},
		{`length(toset([for i in range(1000) : tostring(i % 10)]))`, cty.NumberIntVal(10)},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			got, diags := eval(t, t.TempDir(), tc.src)
			if diags.HasErrors() {
				t.Fatalf("%s: %s", tc.src, diags)
			}
			if !got.RawEquals(tc.want) {
				t.Errorf("%s = %#v, want %#v", tc.src, got, tc.want)
			}
		})
	}
}

// TestToSetLarge converts 200,000 strings, as a for_each over a generated
// set does. go-cty's unification, quadratic (19 s for 40,000 strings, run
// twice per call), would take about 15 minutes, past go test's default
// timeout.
func TestToSetLarge(t *testing.T) {
	const n = 200000
	got, err := Table(".")["toset"].Call([]cty.Value{distinctStrings(n)})
	if err != nil {
		t.Fatal(err)
	}
	if !got.Type().Equals(cty.Set(cty.String)) || got.LengthInt() != n {
		t.Errorf("toset of %d strings: %s of %d elements", n, got.Type().FriendlyName(), got.LengthInt())
	}
}

// distinctStrings returns a tuple of n distinct strings.
func distinctStrings(n int) cty.Value {
	elems := make([]cty.Value, n)
	for i := range elems {
		elems[i] = cty.StringVal(fmt.Sprint(i))
	}
	return cty.TupleVal(elems)
}

// BenchmarkToSet converts tuples of 1,000 and 40,000 strings: the time per
// element must stay flat.
func BenchmarkToSet(b *testing.B) {
	toset := Table(".")["toset"]
	for _, n := range []int{1000, 40000} {
		arg := distinctStrings(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := toset.Call([]cty.Value{arg}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
