package eval

import (
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// The walks of this file visit hclsyntax expressions in the order of
// hclsyntax.Walk, without its allocations: Walk and VisitAll allocate a
// closure per node, and ForExpr a map of its names per walk, which made
// the syntax walks (expr.Variables() and the attribute name scan) a fifth
// of all the objects a load allocates. An expression type this walk does
// not know (one a later hcl adds) is not descended into: it is handed to
// the walk's opaque function, which falls back to its Variables() method.

// exprVisitor is called for an expression of a walk with the names that
// enclosing for expressions bind around it.
type exprVisitor func(e hclsyntax.Expression, bound []string)

// exprWalk is a walk over expressions: visit is called for each
// expression, parents first; opaque, when not nil, for each expression of
// a type the walk does not descend into.
type exprWalk struct {
	visit, opaque exprVisitor
}

// expr visits e and every expression nested in it.
func (w exprWalk) expr(e hclsyntax.Expression, bound []string) {
	w.visit(e, bound)
	switch e := e.(type) {
	case *hclsyntax.LiteralValueExpr, *hclsyntax.ScopeTraversalExpr, *hclsyntax.AnonSymbolExpr, *hclsyntax.ExprSyntaxError:
	case *hclsyntax.ParenthesesExpr:
		w.expr(e.Expression, bound)
	case *hclsyntax.RelativeTraversalExpr:
		w.expr(e.Source, bound)
	case *hclsyntax.FunctionCallExpr:
		for _, arg := range e.Args {
			w.expr(arg, bound)
		}
	case *hclsyntax.ConditionalExpr:
		w.expr(e.Condition, bound)
		w.expr(e.TrueResult, bound)
		w.expr(e.FalseResult, bound)
	case *hclsyntax.IndexExpr:
		w.expr(e.Collection, bound)
		w.expr(e.Key, bound)
	case *hclsyntax.TupleConsExpr:
		for _, x := range e.Exprs {
			w.expr(x, bound)
		}
	case *hclsyntax.ObjectConsExpr:
		for _, item := range e.Items {
			w.expr(item.KeyExpr, bound)
			w.expr(item.ValueExpr, bound)
		}
	case *hclsyntax.ObjectConsKeyExpr:
		// A bare name as a key is a literal string, not a reference.
		if !isKeyword(e.Wrapped) {
			w.expr(e.Wrapped, bound)
		}
	case *hclsyntax.ForExpr:
		w.expr(e.CollExpr, bound)
		inner := slices.Clip(bound)
		for _, name := range []string{e.KeyVar, e.ValVar} {
			if name != "" {
				inner = append(inner, name)
			}
		}
		if e.KeyExpr != nil {
			w.expr(e.KeyExpr, inner)
		}
		w.expr(e.ValExpr, inner)
		if e.CondExpr != nil {
			w.expr(e.CondExpr, inner)
		}
	case *hclsyntax.SplatExpr:
		w.expr(e.Source, bound)
		w.expr(e.Each, bound)
	case *hclsyntax.BinaryOpExpr:
		w.expr(e.LHS, bound)
		w.expr(e.RHS, bound)
	case *hclsyntax.UnaryOpExpr:
		w.expr(e.Val, bound)
	case *hclsyntax.TemplateExpr:
		for _, part := range e.Parts {
			w.expr(part, bound)
		}
	case *hclsyntax.TemplateJoinExpr:
		w.expr(e.Tuple, bound)
	case *hclsyntax.TemplateWrapExpr:
		w.expr(e.Wrapped, bound)
	default:
		if w.opaque != nil {
			w.opaque(e, bound)
		}
	}
}

// isKeyword is hcl.ExprAsKeyword(e) != "", without its closure for the
// common bare name.
func isKeyword(e hclsyntax.Expression) bool {
	if t, ok := e.(*hclsyntax.ScopeTraversalExpr); ok {
		return len(t.Traversal) == 1
	}
	return hcl.ExprAsKeyword(e) != ""
}

// variables is expr.Variables(): the traversals of expr whose root is not
// a name bound by an enclosing for expression, in hclsyntax.Walk's order.
func variables(expr hcl.Expression) []hcl.Traversal {
	syn, ok := expr.(hclsyntax.Expression)
	if !ok {
		return expr.Variables()
	}
	switch e := syn.(type) {
	case *hclsyntax.LiteralValueExpr:
		return nil
	case *hclsyntax.ScopeTraversalExpr:
		return []hcl.Traversal{e.Traversal}
	}
	var out []hcl.Traversal
	add := func(tr hcl.Traversal, bound []string) {
		if !slices.Contains(bound, tr.RootName()) {
			out = append(out, tr)
		}
	}
	exprWalk{
		visit: func(e hclsyntax.Expression, bound []string) {
			if t, ok := e.(*hclsyntax.ScopeTraversalExpr); ok {
				add(t.Traversal, bound)
			}
		},
		opaque: func(e hclsyntax.Expression, bound []string) {
			for _, tr := range e.Variables() {
				add(tr, bound)
			}
		},
	}.expr(syn, nil)
	return out
}

// body visits every expression of the attributes of body and of its
// nested blocks.
func (w exprWalk) body(body *hclsyntax.Body) {
	for _, a := range body.Attributes {
		w.expr(a.Expr, nil)
	}
	for _, b := range body.Blocks {
		w.body(b.Body)
	}
}
