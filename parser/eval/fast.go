package eval

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// fastValue is the value of the most common expressions, worked out
// without hcl's evaluator where that gives the very same value: literals,
// quoted strings, references made of attribute steps, templates joining
// strings and whole numbers, and tuples and objects of these (tags,
// cidr_blocks). hcl allocates a range and diagnostics per traversal step,
// converts each template part through cty into a buffer with a set of
// marks, and evaluates every object key. ok is false for anything else, or
// anything that would fail, which hcl then evaluates (and reports). ctx has
// no parent. The tests in walk_test.go compare each case with hcl.
func fastValue(expr hcl.Expression, ctx *hcl.EvalContext) (cty.Value, bool) {
	switch e := expr.(type) {
	case *hclsyntax.LiteralValueExpr:
		return e.Val, true
	case *hclsyntax.TemplateExpr:
		if v, ok := literalString(e); ok {
			return v, true
		}
		return templateString(e, ctx)
	case *hclsyntax.TemplateWrapExpr:
		return fastValue(e.Wrapped, ctx)
	case *hclsyntax.ParenthesesExpr:
		return fastValue(e.Expression, ctx)
	case *hclsyntax.ScopeTraversalExpr:
		return attrPath(e.Traversal, ctx)
	case *hclsyntax.TupleConsExpr:
		vals := make([]cty.Value, len(e.Exprs))
		for i, x := range e.Exprs {
			v, ok := fastValue(x, ctx)
			if !ok {
				return cty.NilVal, false
			}
			vals[i] = v
		}
		return cty.TupleVal(vals), true
	case *hclsyntax.ObjectConsExpr:
		vals := make(map[string]cty.Value, len(e.Items))
		for _, item := range e.Items {
			key, ok := objectKey(item.KeyExpr)
			if !ok {
				return cty.NilVal, false
			}
			v, ok := fastValue(item.ValueExpr, ctx)
			if !ok {
				return cty.NilVal, false
			}
			vals[key] = v
		}
		return cty.ObjectVal(vals), true
	}
	return cty.NilVal, false
}

// objectKey is the key of an object item written as a bare name or a
// quoted string without interpolations.
func objectKey(expr hclsyntax.Expression) (string, bool) {
	k, ok := expr.(*hclsyntax.ObjectConsKeyExpr)
	if !ok || k.ForceNonLiteral {
		return "", false
	}
	if t, ok := k.Wrapped.(*hclsyntax.ScopeTraversalExpr); ok {
		// a.b as a key is an error hcl reports
		return t.Traversal.RootName(), len(t.Traversal) == 1
	}
	if v, ok := literalString(k.Wrapped); ok {
		return v.AsString(), true
	}
	return "", false
}

// literalString is the value of a quoted string without interpolations
// ("0.0.0.0/0"), the most common expression: the template's one literal
// part, which is what evaluating the template gives.
func literalString(expr hcl.Expression) (cty.Value, bool) {
	t, ok := expr.(*hclsyntax.TemplateExpr)
	if !ok || len(t.Parts) != 1 {
		return cty.NilVal, false
	}
	lit, ok := t.Parts[0].(*hclsyntax.LiteralValueExpr)
	if !ok || lit.Val.Type() != cty.String || lit.Val.IsNull() || !lit.Val.IsKnown() || lit.Val.IsMarked() {
		return cty.NilVal, false
	}
	return lit.Val, true
}

// attrPath is the value of tr, a reference such as aws_vpc.main.id or
// var.name, when every step is an attribute that a known object has:
// what hcl's traversal gives. Anything else (an index, a null, unknown or
// marked value, a map, a missing attribute) is left to hcl.
func attrPath(tr hcl.Traversal, ctx *hcl.EvalContext) (cty.Value, bool) {
	if ctx == nil || ctx.Parent() != nil {
		return cty.NilVal, false
	}
	v, ok := ctx.Variables[tr.RootName()]
	if !ok {
		return cty.NilVal, false
	}
	for _, step := range tr[1:] {
		a, ok := step.(hcl.TraverseAttr)
		if !ok || !v.IsKnown() || v.IsNull() || v.IsMarked() || !v.Type().IsObjectType() || !v.Type().HasAttribute(a.Name) {
			return cty.NilVal, false
		}
		v = v.GetAttr(a.Name)
	}
	return v, true
}

// templateString is the value of a template whose parts are literals and
// references (attrPath) to known strings and whole numbers, such as
// "${local.name}-nat-${count.index}": the string hcl renders (a number's
// shortest decimal form through cty costs a microsecond). Anything else is
// left to hcl.
func templateString(t *hclsyntax.TemplateExpr, ctx *hcl.EvalContext) (cty.Value, bool) {
	var b strings.Builder
	for _, part := range t.Parts {
		var v cty.Value
		switch p := part.(type) {
		case *hclsyntax.LiteralValueExpr:
			v = p.Val
		case *hclsyntax.ScopeTraversalExpr:
			var ok bool
			if v, ok = attrPath(p.Traversal, ctx); !ok {
				return cty.NilVal, false
			}
		default:
			return cty.NilVal, false
		}
		if !v.IsKnown() || v.IsNull() || v.IsMarked() {
			return cty.NilVal, false
		}
		switch v.Type() {
		case cty.String:
			b.WriteString(v.AsString())
		case cty.Number:
			f := v.AsBigFloat()
			i, acc := f.Int64()
			if acc != big.Exact || i == 0 && f.Signbit() {
				return cty.NilVal, false // not a whole int64, or -0
			}
			b.WriteString(strconv.FormatInt(i, 10))
		default:
			return cty.NilVal, false
		}
	}
	return cty.StringVal(b.String()), true
}
