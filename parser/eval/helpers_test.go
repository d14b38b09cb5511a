package eval

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

const fixtures = "../../testdata/eval"

// load evaluates fixture folder dir and fails the test on an internal
// error; other diagnostics are returned.
func load(t *testing.T, dir string, opts Options) (*Result, hcl.Diagnostics) {
	t.Helper()
	res, diags := Load(dir, opts)
	for _, d := range diags {
		if d.Summary == "Internal error" {
			t.Fatalf("internal error: %s", d.Detail)
		}
	}
	return res, diags
}

// loadClean is load that also fails on any error diagnostic.
func loadClean(t *testing.T, dir string, opts Options) *Result {
	t.Helper()
	res, diags := load(t, dir, opts)
	if diags.HasErrors() {
		t.Fatalf("unexpected errors: %s", diags.Error())
	}
	return res
}

// instances indexes instances by address, failing on duplicates.
func instances(t *testing.T, res *Result) map[string]*resource.Instance {
	t.Helper()
	out := map[string]*resource.Instance{}
	for _, inst := range res.Instances {
		if out[inst.Address] != nil {
			t.Fatalf("duplicate instance %s", inst.Address)
		}
		out[inst.Address] = inst
	}
	return out
}

// addresses lists instance addresses in result order.
func addresses(res *Result) []string {
	out := make([]string, len(res.Instances))
	for i, inst := range res.Instances {
		out[i] = inst.Address
	}
	return out
}

// attrValue reads path (e.g. `tags.Name`, `ingress[1].from_port`) from
// the instance's body, nested blocks read as lists.
func attrValue(t *testing.T, inst *resource.Instance, path string) cty.Value {
	t.Helper()
	tr, diags := hclsyntax.ParseTraversalAbs([]byte("x."+path), "path", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("bad path %q: %s", path, diags.Error())
	}
	obj := cty.ObjectVal(bodyObject(inst.Body, 0))
	v, diags := tr.TraverseAbs(&hcl.EvalContext{Variables: map[string]cty.Value{"x": obj}})
	if diags.HasErrors() {
		t.Fatalf("%s: cannot read %s: %s (have %s)", inst.Address, path, diags.Error(), render(obj))
	}
	return v
}

// render writes a value compactly for comparison: lists, tuples and sets
// as [..], maps and objects as {k=v} sorted, unknown as ?, reference
// strings as ref(address#attr).
func render(v cty.Value) string {
	switch {
	case v == cty.NilVal:
		return "<nil>"
	case !v.IsKnown():
		return "?"
	case v.IsNull():
		return "null"
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		if addr, attr, ok := resource.ParseRef(v.AsString()); ok {
			return "ref(" + addr + "#" + attr + ")"
		}
		return strconv.Quote(v.AsString())
	case ty == cty.Number:
		return v.AsBigFloat().Text('f', -1)
	case ty == cty.Bool:
		return strconv.FormatBool(v.True())
	case ty.IsListType() || ty.IsTupleType() || ty.IsSetType():
		var parts []string
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			parts = append(parts, render(e))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case ty.IsMapType() || ty.IsObjectType():
		var parts []string
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			parts = append(parts, k.AsString()+"="+render(e))
		}
		slices.Sort(parts)
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return v.GoString()
}

// writeFiles creates a module folder from name -> content.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// errorAt finds an error whose summary contains summary and whose detail
// contains every string of detail; it fails the test when there is none.
func errorAt(t *testing.T, diags hcl.Diagnostics, summary string, detail ...string) *hcl.Diagnostic {
	t.Helper()
	for _, d := range diags {
		if d.Severity == hcl.DiagError && strings.Contains(d.Summary, summary) &&
			!slices.ContainsFunc(detail, func(s string) bool { return !strings.Contains(d.Detail, s) }) {
			return d
		}
	}
	t.Fatalf("no error %q with %q in: %s", summary, detail, diags.Error())
	return nil
}
