package eval

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// resNode is a resource or data block of one module instance.
type resNode struct {
	cfg *resourceConfig
	// expNode guards exp; bodyNode guards instances.
	expNode   node
	exp       expansion
	bodyNode  node
	instances []*resource.Instance
	// val is the value a reference sees, cty.NilVal until built.
	val cty.Value
}

// resource returns the node of the block at module-relative address addr
// ("aws_vpc.main", "data.aws_vpc.x"), nil when there is none.
func (m *modInst) resource(addr string) *resNode {
	if r := m.resources[addr]; r != nil {
		return r
	}
	cfg := m.mod.byAddr[addr]
	if cfg == nil {
		return nil
	}
	label := m.prefix() + addr
	r := &resNode{
		cfg:      cfg,
		expNode:  node{label: label + " (count/for_each)", rng: cfg.defRange},
		bodyNode: node{label: label, rng: cfg.defRange},
		val:      cty.NilVal,
	}
	m.resources[addr] = r
	return r
}

// expansionOf evaluates r's count or for_each; false in a cycle.
func (m *modInst) expansionOf(r *resNode) (expansion, bool) {
	if m.ev.begin(&r.expNode) {
		r.exp = m.ev.expand(m.scope(), r.cfg.count, r.cfg.forEach, r.bodyNode.label, r.cfg.defRange)
		m.ev.end(&r.expNode)
	}
	return r.exp, r.expNode.state == done
}

// instancesOf evaluates every instance of r; false in a cycle.
func (m *modInst) instancesOf(r *resNode) ([]*resource.Instance, bool) {
	if m.ev.begin(&r.bodyNode) {
		exp, ok := m.expansionOf(r)
		if !ok {
			exp = unknownExpansion(r.cfg.count != nil)
		}
		r.instances = make([]*resource.Instance, 0, len(exp.keys))
		var mentions []string
		if r.cfg.mode != modeData && len(exp.keys) > 0 {
			mentions = m.mentions(r.cfg.body) // the same syntax for every instance
		}
		for _, k := range exp.keys {
			inst := m.evalInstance(r.cfg, k, exp.kind == expUnknown)
			inst.Mentions = mentions
			r.instances = append(r.instances, inst)
		}
		m.ev.end(&r.bodyNode)
	}
	return r.instances, r.bodyNode.state == done
}

func (m *modInst) evalInstance(cfg *resourceConfig, k instanceKey, unknown bool) *resource.Instance {
	s := &scope{m: m, key: k.data}
	return &resource.Instance{
		Mode:        cfg.mode,
		Type:        cfg.typ,
		Name:        cfg.name,
		Address:     m.prefix() + cfg.addr() + k.suffix,
		Module:      m.path,
		DefRange:    cfg.defRange,
		Range:       cfg.rng,
		Body:        s.evalBody(cfg.body, true),
		MaybeAbsent: m.maybeAbsent || unknown,
	}
}

// resourceValue is the value of a reference to the block at addr: for a
// managed resource its instances' objects (see instanceValue), for a data
// source unknown objects; combined per the expansion. ok is false when
// there is no such block.
func (m *modInst) resourceValue(addr string) (cty.Value, bool) {
	r := m.resource(addr)
	if r == nil {
		return cty.NilVal, false
	}
	if r.val != cty.NilVal {
		return r.val, true
	}
	exp, ok := m.expansionOf(r)
	if !ok {
		return cty.DynamicVal, true
	}
	vals := make([]cty.Value, len(exp.keys))
	if r.cfg.mode == modeData {
		for i := range vals {
			vals[i] = cty.DynamicVal
		}
	} else {
		insts, ok := m.instancesOf(r)
		if !ok {
			return cty.DynamicVal, true
		}
		for i, inst := range insts {
			vals[i] = m.ev.instanceValue(inst)
		}
	}
	r.val = exp.combine(vals)
	return r.val, true
}

// instanceValue is what a reference sees of a managed instance: its
// configured attributes, its nested blocks as tuples of objects, and every
// other attribute name the configuration reads (attrNames): a reference
// string for id-like ones, unknown for the rest. When the configuration
// reads the resource only attribute by attribute (aws_vpc.main.id, never
// [for s in aws_subnet.a : s]), the object holds just those attributes,
// with the same values: the whole object (a NACL's every rule as an
// object) would cost far more and change nothing.
func (ev *evaluator) instanceValue(inst *resource.Instance) cty.Value {
	if reads, ok := ev.names.readsOf(inst.Type, inst.Name); ok && !wholeValues {
		attrs := make(map[string]cty.Value, len(reads))
		for _, name := range reads {
			v, set := bodyAttr(inst.Body, name)
			if !set {
				v = unsetAttr(inst, name)
			}
			attrs[name] = v
		}
		return cty.ObjectVal(attrs)
	}
	names := ev.names.of(inst.Type)
	attrs := bodyObject(inst.Body, len(names))
	for _, name := range names {
		if _, set := attrs[name]; !set {
			attrs[name] = unsetAttr(inst, name)
		}
	}
	return cty.ObjectVal(attrs)
}

// wholeValues makes instanceValue build whole objects always: the tests
// compare loads with and without it.
var wholeValues = false

// unsetAttr is what a reference reads of an attribute of inst that the
// configuration does not set: a reference string for an id-like name,
// unknown for the rest.
func unsetAttr(inst *resource.Instance, name string) cty.Value {
	if idLike(name) {
		return cty.StringVal(resource.Ref(inst.Address, name))
	}
	return cty.DynamicVal
}

// bodyAttr is attribute name of an evaluated body as a reference sees it:
// unknown for a block type a dynamic block left unknown, the blocks of a
// type as a tuple of objects, else the attribute's value. set is false
// when the body has none of these.
func bodyAttr(b resource.Body, name string) (v cty.Value, set bool) {
	switch blocks := b.Blocks[name]; {
	case b.UnknownBlocks[name]:
		return cty.DynamicVal, true
	case len(blocks) > 0:
		vals := make([]cty.Value, len(blocks))
		for i, blk := range blocks {
			vals[i] = cty.ObjectVal(bodyObject(blk.Body, 0))
		}
		return cty.TupleVal(vals), true
	}
	a, ok := b.Attrs[name]
	return a.Value, ok
}

// bodyObject is the attribute map of an evaluated body (see bodyAttr),
// with room for extra more.
func bodyObject(b resource.Body, extra int) map[string]cty.Value {
	attrs := make(map[string]cty.Value, len(b.Attrs)+len(b.Blocks)+extra)
	for name := range b.Attrs {
		attrs[name], _ = bodyAttr(b, name)
	}
	for name := range b.Blocks {
		attrs[name], _ = bodyAttr(b, name)
	}
	for name := range b.UnknownBlocks {
		attrs[name], _ = bodyAttr(b, name)
	}
	return attrs
}

// awsType reports the resource types vpclint keeps.
func awsType(typ string) bool { return strings.HasPrefix(typ, "aws_") }

// uncertainRef is the value of an attribute whose expression evaluated to
// unknown only because it reads an id-like attribute of a resource whose
// count or for_each is unknown (`aws_route_table.private[count.index].id`,
// `element(aws_security_group.this[*].id, 0)`), or of an instance of a
// counted resource picked by an unknown key: the reference string of that
// resource, without an instance key, so that the builder can still link to
// the (MaybeAbsent) instance, or know that one of its instances is used. ok is false when the expression reads
// anything else that is unknown, or more than one resource.
func (s *scope) uncertainRef(expr hcl.Expression) (string, bool) {
	var addr, attr string
	for _, tr := range s.m.ev.variablesOf(expr) {
		root := tr.RootName()
		switch root {
		case "count", "each", "path", "terraform":
			continue
		case "var", "local", "module", "data", "self":
			return "", false
		}
		name, ok := stepName(tr, 1)
		r := s.m.resource(root + "." + name)
		if !ok || r == nil || r.cfg.mode == modeData {
			return "", false
		}
		// With an unknown count or for_each any reference is uncertain; with
		// a known one, the unknown value came from an unknown instance key
		// (aws_x.y[each.value.name].id), naming one of its instances.
		if exp, ok := s.m.expansionOf(r); !ok || exp.kind == expSingle {
			return "", false
		}
		a, ok := lastAttr(tr[2:])
		if !ok {
			a, ok = attrAfter(expr, root, name)
		}
		if !ok || !idLike(a) {
			return "", false
		}
		if addr != "" && (addr != root+"."+name || attr != a) {
			return "", false
		}
		addr, attr = root+"."+name, a
	}
	if addr == "" {
		return "", false
	}
	return resource.Ref(s.m.prefix()+addr, attr), true
}

// attrAfter finds, in the syntax of expr, the attribute read after a
// dynamic index or splat of the resource root.name
// (`aws_x.y[count.index].id`, `aws_x.y[*].id`), which the traversals of
// Variables() stop before.
func attrAfter(expr hcl.Expression, root, name string) (string, bool) {
	var found string
	reads := func(e hclsyntax.Expression) bool {
		for _, tr := range e.Variables() {
			if n, ok := stepName(tr, 1); ok && tr.RootName() == root && n == name {
				return true
			}
		}
		return false
	}
	syn, ok := expr.(hclsyntax.Expression)
	if !ok {
		return "", false
	}
	_ = hclsyntax.VisitAll(syn, func(n hclsyntax.Node) hcl.Diagnostics { // the visitor reports nothing
		if found != "" {
			return nil
		}
		switch e := n.(type) {
		case *hclsyntax.RelativeTraversalExpr:
			if reads(e.Source) {
				found = firstAttr(e.Traversal)
			}
		case *hclsyntax.SplatExpr:
			if rel, ok := e.Each.(*hclsyntax.RelativeTraversalExpr); ok && reads(e.Source) {
				found = firstAttr(rel.Traversal)
			}
		}
		return nil
	})
	return found, found != ""
}

// firstAttr is the name of the first attribute step of a traversal, "" when
// it has none.
func firstAttr(steps hcl.Traversal) string {
	for _, s := range steps {
		if a, ok := s.(hcl.TraverseAttr); ok {
			return a.Name
		}
	}
	return ""
}

// lastAttr is the name of the last attribute step of a traversal's tail,
// skipping index and splat steps.
func lastAttr(steps hcl.Traversal) (string, bool) {
	for i := len(steps) - 1; i >= 0; i-- {
		if a, ok := steps[i].(hcl.TraverseAttr); ok {
			return a.Name, true
		}
	}
	return "", false
}
