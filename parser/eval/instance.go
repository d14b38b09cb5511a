package eval

import (
	"sort"

	"fmt"
	"maps"
	"path/filepath"
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// modInst is one module instance: a module's configuration with the
// values of one call instance. Its values are computed on demand.
type modInst struct {
	ev     *evaluator
	mod    *module
	parent *modInst
	call   *moduleCall
	// key is the call instance's count.index / each.*, for evaluating the
	// call's inputs in the parent.
	key keyData
	// path is the instance path (module.a[0].module.b), callPath the
	// modules.json key of the call (a.b); both empty for the root.
	path     string
	callPath string
	// maybeAbsent is set under a module call whose expansion is unknown.
	maybeAbsent bool
	pathObj     cty.Value
	rootVars    map[string]cty.Value

	vars      map[string]*valueNode
	locals    map[string]*valueNode
	outputs   map[string]*valueNode
	resources map[string]*resNode
	calls     map[string]*callNode
	providers map[string]*resource.Provider
	// objects caches the context objects of refGroups by key.
	objects map[string]cty.Value
}

func (ev *evaluator) newInstance(mod *module, parent *modInst) *modInst {
	m := &modInst{
		ev:        ev,
		mod:       mod,
		parent:    parent,
		vars:      map[string]*valueNode{},
		locals:    map[string]*valueNode{},
		outputs:   map[string]*valueNode{},
		resources: map[string]*resNode{},
		calls:     map[string]*callNode{},
		providers: map[string]*resource.Provider{},
		objects:   map[string]cty.Value{},
	}
	rel, err := filepath.Rel(ev.rootDir, mod.dir)
	if err != nil {
		rel = mod.dir
	}
	m.pathObj = cty.ObjectVal(map[string]cty.Value{
		"module": cty.StringVal(filepath.ToSlash(rel)),
		"root":   cty.StringVal("."),
		"cwd":    cty.StringVal(ev.cwd),
	})
	return m
}

// rootInstance is the root module's instance.
func (ev *evaluator) rootInstance(mod *module) *modInst {
	m := ev.newInstance(mod, nil)
	m.rootVars = ev.rootVariables(mod)
	return m
}

// prefix is the address prefix of this instance's objects.
func (m *modInst) prefix() string {
	if m.path == "" {
		return ""
	}
	return m.path + "."
}

// scope is the module-level scope (no count or each).
func (m *modInst) scope() *scope { return &scope{m: m} }

// variable is the value of var.name; ok is false when undeclared.
func (m *modInst) variable(name string) (cty.Value, bool) {
	v := m.mod.variables[name]
	if v == nil {
		return cty.NilVal, false
	}
	if m.parent == nil {
		return m.rootVars[name], true
	}
	n := m.vars[name]
	if n == nil {
		n = &valueNode{node: node{label: m.prefix() + "var." + name, rng: v.defRange}}
		m.vars[name] = n
	}
	return m.ev.get(n, func() cty.Value {
		attr, given := m.call.inputs[name]
		var val cty.Value
		if given {
			val = (&scope{m: m.parent, key: m.key}).eval(attr.Expr)
		}
		out, err := v.final(val, given)
		if err != nil {
			m.ev.unevaluated.add(hcl.Diagnostics{{
				Severity: hcl.DiagError,
				Summary:  "Invalid value for module input",
				Detail:   fmt.Sprintf("The value for var.%s of %s is not compatible with its type constraint: %s.", name, m.path, err),
				Subject:  attr.Expr.Range().Ptr(),
			}})
		}
		return out
	}), true
}

// local is the value of local.name; ok is false when undeclared.
func (m *modInst) local(name string) (cty.Value, bool) {
	a := m.mod.locals[name]
	if a == nil {
		return cty.NilVal, false
	}
	n := m.locals[name]
	if n == nil {
		n = &valueNode{node: node{label: m.prefix() + "local." + name, rng: a.Range}}
		m.locals[name] = n
	}
	return m.ev.get(n, func() cty.Value { return m.scope().eval(a.Expr) }), true
}

// output is the value of output name of this (child) instance.
func (m *modInst) output(name string) (cty.Value, bool) {
	o := m.mod.outputs[name]
	if o == nil {
		return cty.NilVal, false
	}
	n := m.outputs[name]
	if n == nil {
		n = &valueNode{node: node{label: m.prefix() + "output." + name, rng: o.defRange}}
		m.outputs[name] = n
	}
	return m.ev.get(n, func() cty.Value {
		if o.value == nil {
			return cty.NullVal(cty.DynamicPseudoType)
		}
		return m.scope().eval(o.value)
	}), true
}

// outputsObject is the object of the named outputs (every output when
// outs.all), as a reference to the module instance sees it.
func (m *modInst) outputsObject(outs *outputSet) cty.Value {
	attrs := map[string]cty.Value{}
	add := func(name string) {
		if v, ok := m.output(name); ok {
			attrs[name] = v
		}
	}
	if outs.all {
		for _, name := range slices.Sorted(maps.Keys(m.mod.outputs)) {
			add(name)
		}
	} else {
		for _, name := range outs.names {
			add(name)
		}
	}
	return cty.ObjectVal(attrs)
}

// outputInstances are the outputs of the root module instance m as
// pseudo-instances of mode "output", in name order, each with its value in
// Attrs["value"].
func (m *modInst) outputInstances() []*resource.Instance {
	names := make([]string, 0, len(m.mod.outputs))
	for name := range m.mod.outputs {
		names = append(names, name)
	}
	sort.Strings(names)
	out := make([]*resource.Instance, 0, len(names))
	for _, name := range names {
		v, _ := m.output(name)
		o := m.mod.outputs[name]
		if o.value != nil && !v.IsWhollyKnown() {
			// Exporting a resource whose count is unknown still exports it.
			v = m.scope().evalAttr(o.value, nil)
		}
		out = append(out, &resource.Instance{
			Mode: "output", Type: "output", Name: name, Address: "output." + name,
			DefRange: o.defRange, Range: o.defRange,
			Body: resource.Body{Attrs: map[string]resource.Attr{"value": {Value: v, Range: o.defRange}}},
		})
	}
	return out
}
