package eval

import (
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// callNode is a module call of one module instance: its expansion and
// child instances.
type callNode struct {
	node
	call *moduleCall
	// exp and children are set once the node is done; children is empty
	// when the called module was not loaded.
	exp      expansion
	children []*modInst
	// values caches the call's value by requested outputs.
	values map[string]cty.Value
}

// callNamed returns the node of module call name, nil when there is none.
func (m *modInst) callNamed(name string) *callNode {
	if c := m.calls[name]; c != nil {
		return c
	}
	call := m.mod.callNamed[name]
	if call == nil {
		return nil
	}
	c := &callNode{node: node{label: m.prefix() + "module." + name, rng: call.defRange}, call: call}
	m.calls[name] = c
	return c
}

// expandCall computes the expansion and child instances of c; false in a
// cycle.
func (m *modInst) expandCall(c *callNode) bool {
	if m.ev.begin(&c.node) {
		c.exp = m.ev.expand(m.scope(), c.call.count, c.call.forEach, c.label, c.call.defRange)
		callPath := c.call.name
		if m.callPath != "" {
			callPath = m.callPath + "." + c.call.name
		}
		if mod := m.ev.tree.byCall[callPath]; mod != nil {
			for _, k := range c.exp.keys {
				child := m.ev.newInstance(mod, m)
				child.call = c.call
				child.key = k.data
				child.path = m.prefix() + "module." + c.call.name + k.suffix
				child.callPath = callPath
				child.maybeAbsent = m.maybeAbsent || c.exp.kind == expUnknown
				c.children = append(c.children, child)
			}
		}
		m.ev.end(&c.node)
	}
	return c.state == done
}

// outputSet is the outputs an expression reads from a module call: the
// named ones, or all of them when the reference does not name one
// (module.x, module.x[*].y).
type outputSet struct {
	all   bool
	names []string
}

func (o *outputSet) add(tr hcl.Traversal) {
	i := 2
	if len(tr) > i {
		if _, ok := tr[i].(hcl.TraverseIndex); ok {
			i++
		}
	}
	name, ok := stepName(tr, i)
	if !ok {
		o.all = true
		return
	}
	if !slices.Contains(o.names, name) {
		o.names = append(o.names, name)
	}
}

func (o *outputSet) key() string {
	if o.all {
		return "*"
	}
	return strings.Join(o.names, ",")
}

// callValue is the value of module.name: the outputs object of the single
// instance, a tuple (count) or object (for_each) of them, or unknown (a
// module that was not loaded, an unknown expansion, a cycle).
func (m *modInst) callValue(name string, outs *outputSet) (cty.Value, bool) {
	c := m.callNamed(name)
	if c == nil {
		return cty.NilVal, false
	}
	if !m.expandCall(c) || c.exp.kind == expUnknown || len(c.children) == 0 && len(c.exp.keys) > 0 {
		return cty.DynamicVal, true
	}
	key := outs.key()
	if v, ok := c.values[key]; ok {
		return v, true
	}
	vals := make([]cty.Value, len(c.children))
	for i, child := range c.children {
		vals[i] = child.outputsObject(outs)
	}
	v := c.exp.combine(vals)
	if c.values == nil {
		c.values = map[string]cty.Value{}
	}
	c.values[key] = v
	return v, true
}

// stepName is the attribute name of step i of tr.
func stepName(tr hcl.Traversal, i int) (string, bool) {
	if len(tr) <= i {
		return "", false
	}
	a, ok := tr[i].(hcl.TraverseAttr)
	return a.Name, ok
}
