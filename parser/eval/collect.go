package eval

import (
	"maps"
	"slices"

	"github.com/vpclint/vpclint/parser/resource"
)

// collect evaluates every aws_* resource and data source instance of m and
// of its child module instances, appending them to res in order. It also
// evaluates m's remaining variables, locals and outputs, so that a cycle
// among values that no resource uses is still reported, as Terraform
// does.
func (ev *evaluator) collect(m *modInst, res *Result) {
	for _, cfg := range m.mod.resources {
		if !awsType(cfg.typ) {
			continue
		}
		insts, _ := m.instancesOf(m.resource(cfg.addr()))
		for _, inst := range insts {
			inst.Provider = m.provider(cfg.provider)
			res.Instances = append(res.Instances, inst)
		}
	}
	for _, call := range m.mod.calls {
		c := m.callNamed(call.name)
		m.expandCall(c)
		for _, child := range c.children {
			ev.collect(child, res)
		}
		if len(c.children) == 0 && c.state == done {
			res.Instances = append(res.Instances, m.unloadedCall(c)...)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(m.mod.variables)) {
		m.variable(name)
	}
	for _, name := range slices.Sorted(maps.Keys(m.mod.locals)) {
		m.local(name)
	}
	for _, name := range slices.Sorted(maps.Keys(m.mod.outputs)) {
		m.output(name)
	}
}

// unloadedCall stands for a module call whose module was not loaded (a
// remote source without an installed copy): one pseudo-instance of mode
// "module" per call instance, with the call's evaluated arguments, so that
// the builder knows what the configuration hands to code it cannot see
// (a security group passed to it is used there).
func (m *modInst) unloadedCall(c *callNode) []*resource.Instance {
	names := slices.Sorted(maps.Keys(c.call.inputs))
	out := make([]*resource.Instance, 0, len(c.exp.keys))
	for _, k := range c.exp.keys {
		s := &scope{m: m, key: k.data}
		body := resource.Body{Attrs: make(map[string]resource.Attr, len(names))}
		for _, name := range names {
			a := c.call.inputs[name]
			body.Attrs[name] = resource.Attr{Value: s.evalAttr(a.Expr, nil), Range: a.Range}
		}
		out = append(out, &resource.Instance{
			Mode: "module", Type: "module", Name: c.call.name,
			Address: m.prefix() + "module." + c.call.name + k.suffix, Module: m.path,
			DefRange: c.call.defRange, Range: c.call.defRange, Body: body,
			MaybeAbsent: m.maybeAbsent || c.exp.kind == expUnknown,
		})
	}
	return out
}
