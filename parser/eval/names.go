package eval

import (
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// attrNames is the set of attribute names that some expression of the
// loaded configuration reads from a value (x.y.NAME, x[0].NAME,
// x[*].NAME, each.value.NAME, ...). A managed resource's value carries
// every such name the configuration does not set (as a reference string
// or unknown), so that reading an unset computed attribute, directly or
// through a local, output or for_each, never fails with "Unsupported
// attribute".
type attrNames map[string]bool

// addFile adds the names read by every expression of f.
func (n attrNames) addFile(f *hcl.File) {
	if body, ok := f.Body.(*hclsyntax.Body); ok {
		_ = hclsyntax.VisitAll(body, func(node hclsyntax.Node) hcl.Diagnostics {
			switch e := node.(type) {
			case *hclsyntax.ScopeTraversalExpr:
				n.addTraversal(e.Traversal)
			case *hclsyntax.RelativeTraversalExpr:
				n.addSteps(e.Traversal)
			}
			return nil
		})
		return
	}
	// JSON: every property is an expression whose Variables() walks the
	// templates nested anywhere inside it.
	attrs, _ := f.Body.JustAttributes()
	for _, a := range attrs {
		for _, tr := range a.Expr.Variables() {
			n.addTraversal(tr)
		}
	}
}

// addTraversal adds the attribute steps after root.NAME, the first of which
// names a variable, local, resource type's resource or module call rather
// than an attribute.
func (n attrNames) addTraversal(tr hcl.Traversal) {
	if len(tr) > 2 {
		n.addSteps(tr[2:])
	}
}

func (n attrNames) addSteps(tr hcl.Traversal) {
	for _, step := range tr {
		if a, ok := step.(hcl.TraverseAttr); ok {
			n[a.Name] = true
		}
	}
}

// sorted returns the names in lexical order.
func (n attrNames) sorted() []string {
	out := make([]string, 0, len(n))
	for name := range n {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

// idLike reports the computed attributes that evaluate to a reference
// string when the configuration does not set them.
func idLike(name string) bool {
	return name == "id" || name == "arn" || strings.HasSuffix(name, "_id")
}
