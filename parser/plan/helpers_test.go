package plan

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// fixtureDir holds the plan fixtures made by testdata/plans/regen.sh.
const fixtureDir = "../../testdata/plans"

// loadFixture loads testdata/plans/<name>, failing on any diagnostic.
func loadFixture(t *testing.T, name string) *Plan {
	t.Helper()
	path := filepath.Join(fixtureDir, name)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, diags := Load(path, src)
	if len(diags) > 0 || p == nil {
		t.Fatalf("%s: %v", name, diags)
	}
	return p
}

// instance returns the instance at address, failing when there is none.
func instance(t *testing.T, insts []*resource.Instance, address string) *resource.Instance {
	t.Helper()
	for _, in := range insts {
		if in.Address == address {
			return in
		}
	}
	t.Fatalf("no instance %s", address)
	return nil
}

// show renders a value for comparison: a reference string as
// "ref:ADDRESS#ATTR", "unknown", "absent" (attribute not set), a string
// as itself, anything else as JSON.
func show(v cty.Value, present bool) string {
	switch {
	case !present:
		return "absent"
	case !v.IsKnown():
		return "unknown"
	case v.IsNull():
		return "null"
	case v.Type() == cty.String:
		if a, attr, ok := resource.ParseRef(v.AsString()); ok {
			return "ref:" + a + "#" + attr
		}
		return v.AsString()
	case v.Type().IsTupleType() || v.Type().IsListType():
		var parts []string
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			parts = append(parts, show(e, true))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case v.Type() == cty.Number:
		return v.AsBigFloat().Text('f', -1)
	case v.Type() == cty.Bool:
		return fmt.Sprint(v.True())
	case v.Type().IsObjectType() || v.Type().IsMapType():
		var parts []string
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			parts = append(parts, k.AsString()+": "+show(e, true))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return v.GoString()
}

// attr shows attribute path (name, or name.index.key… into nested
// values) of in.
func attr(in *resource.Instance, path string) string {
	steps := strings.Split(path, ".")
	a, ok := in.Attrs[steps[0]]
	v := a.Value
	for _, s := range steps[1:] {
		if !ok || !v.IsKnown() || v.IsNull() {
			break
		}
		switch {
		case v.Type().IsObjectType():
			ok = v.Type().HasAttribute(s)
			if ok {
				v = v.GetAttr(s)
			}
		case v.Type().IsTupleType():
			var i int
			_, err := fmt.Sscan(s, &i)
			ok = err == nil && i >= 0 && i < v.LengthInt()
			if ok {
				v = v.Index(cty.NumberIntVal(int64(i)))
			}
		default:
			ok = false
		}
	}
	return show(v, ok)
}

// synthInst is one instance of a synthetic plan.
type synthInst struct {
	address string
	// after and unknown are JSON objects (unknown may be empty).
	after, unknown string
	// actions defaults to ["create"].
	actions []string
}

// synthPlan writes a minimal plan: every instance in the root module's
// planned values (with its after), a resource change per instance, and
// the given configuration JSON.
func synthPlan(t *testing.T, configuration string, insts ...synthInst) []byte {
	t.Helper()
	var planned, changes []string
	for _, in := range insts {
		parts, ok := splitAddress(in.address)
		if !ok || len(parts) < 2 {
			t.Fatalf("bad address %q", in.address)
		}
		typ, name := parts[len(parts)-2].name, parts[len(parts)-1].name
		mode := "managed"
		if len(parts) >= 3 && parts[len(parts)-3].name == "data" {
			mode = "data"
		}
		module := ""
		if a, ok := parseResourceAddress(in.address); ok {
			module = a.module.String()
		}
		addr, _ := json.Marshal(in.address)
		mod, _ := json.Marshal(module)
		head := fmt.Sprintf(`"address": %s, "module_address": %s, "mode": %q, "type": %q, "name": %q, "provider_name": "registry.terraform.io/hashicorp/aws"`, addr, mod, mode, typ, name)
		planned = append(planned, fmt.Sprintf(`{%s, "values": %s}`, head, in.after))
		actions := in.actions
		if actions == nil {
			actions = []string{"create"}
		}
		acts, _ := json.Marshal(actions)
		unknown := in.unknown
		if unknown == "" {
			unknown = "{}"
		}
		changes = append(changes, fmt.Sprintf(`{%s, "change": {"actions": %s, "before": null, "after": %s, "after_unknown": %s}}`, head, acts, in.after, unknown))
	}
	src := fmt.Sprintf(`{"format_version": "1.2", "terraform_version": "1.11.4",
"planned_values": {"root_module": {"resources": [%s]}},
"resource_changes": [%s],
"configuration": %s}`, strings.Join(planned, ",\n"), strings.Join(changes, ",\n"), configuration)
	if !json.Valid([]byte(src)) {
		t.Fatalf("synthetic plan is not valid JSON:\n%s", src)
	}
	return []byte(src)
}

// cfgRes is the configuration JSON of resource address (module-relative)
// with the given expressions JSON, using provider configuration "aws".
func cfgRes(address, expressions string, extra ...string) string {
	parts, _ := splitAddress(address)
	typ, name := parts[len(parts)-2].name, parts[len(parts)-1].name
	mode := "managed"
	if len(parts) == 3 {
		mode = "data"
	}
	more := ""
	for _, e := range extra {
		more += ", " + e
	}
	return fmt.Sprintf(`{"address": %q, "mode": %q, "type": %q, "name": %q, "provider_config_key": "aws", "expressions": %s%s}`,
		address, mode, typ, name, expressions, more)
}

// cfgModule is a module configuration JSON object.
func cfgModule(resources []string, calls, outputs string) string {
	if calls == "" {
		calls = "{}"
	}
	if outputs == "" {
		outputs = "{}"
	}
	return fmt.Sprintf(`{"resources": [%s], "module_calls": %s, "outputs": %s}`, strings.Join(resources, ", "), calls, outputs)
}

// cfgRoot is a configuration JSON with an empty provider configuration
// "aws" and the given root module.
func cfgRoot(root string) string {
	return fmt.Sprintf(`{"provider_config": {"aws": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws", "expressions": {}}}, "root_module": %s}`, root)
}

// refs is an expression JSON with the given references.
func refs(rs ...string) string {
	b, _ := json.Marshal(map[string][]string{"references": rs})
	return string(b)
}
