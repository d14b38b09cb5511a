package eval

import (
	"maps"
	"slices"
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
