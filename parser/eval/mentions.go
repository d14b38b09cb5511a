package eval

import (
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// mentions lists the managed resources (module-prefixed addresses without
// instance keys) whose id the expressions of body read, directly or through
// locals of the same module instance, whatever their values evaluate to. It
// is the syntactic side of a link: when a value is unknown (a conditional
// on a variable without a value), the builder still knows which resources
// the block may name.
func (m *modInst) mentions(body hcl.Body) []string {
	syn, ok := body.(*hclsyntax.Body)
	if !ok {
		return nil
	}
	set := map[string]bool{}
	m.bodyMentions(syn, set)
	out := make([]string, 0, len(set))
	for a := range set {
		out = append(out, a)
	}
	slices.Sort(out)
	return out
}

// bodyMentions adds to set the resources that the attributes of body and
// of its nested blocks mention.
func (m *modInst) bodyMentions(body *hclsyntax.Body, set map[string]bool) {
	for _, attr := range body.Attributes {
		m.mentionsOf(attr.Expr, set, nil)
	}
	for _, blk := range body.Blocks {
		m.bodyMentions(blk.Body, set)
	}
}

// mentionsOf adds to set the resources expr reads an id of, following
// locals (seen, made on the first local, guards against cycles).
func (m *modInst) mentionsOf(expr hcl.Expression, set, seen map[string]bool) {
	for _, tr := range m.ev.variablesOf(expr) {
		root := tr.RootName()
		name, ok := stepName(tr, 1)
		if !ok {
			continue
		}
		switch {
		case root == "local":
			if a := m.mod.locals[name]; a != nil && !seen[name] {
				if seen == nil {
					seen = map[string]bool{}
				}
				seen[name] = true
				m.mentionsOf(a.Expr, set, seen)
			}
		case reservedRoots[root]:
		default:
			if r := m.resource(root + "." + name); r != nil && r.cfg.mode != modeData && readsID(tr[2:]) {
				set[m.prefix()+root+"."+name] = true
			}
		}
	}
}

// readsID reports whether the rest of a resource traversal may read an id:
// its first attribute step is id-like, or it has none (a splat or a dynamic
// index follows, or the whole object is used).
func readsID(rest hcl.Traversal) bool {
	for _, s := range rest {
		if a, ok := s.(hcl.TraverseAttr); ok {
			return idLike(a.Name)
		}
	}
	return true
}
