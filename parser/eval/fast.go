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
// cidr_blocks); and, from such values, an index (local.azs[count.index])
// or attributes after one, and sums, differences and products of numbers.
// hcl allocates a range and diagnostics per traversal step,
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
	case *hclsyntax.IndexExpr:
		// hcl's IndexExpr.Value is hcl.Index of its two values.
		coll, ok := fastValue(e.Collection, ctx)
		if !ok {
			return cty.NilVal, false
		}
		key, ok := fastValue(e.Key, ctx)
		if !ok {
			return cty.NilVal, false
		}
		return succeeded(hcl.Index(coll, key, &e.BracketRange))
	case *hclsyntax.RelativeTraversalExpr:
		// hcl's RelativeTraversalExpr.Value is its traversal of the source.
		src, ok := fastValue(e.Source, ctx)
		if !ok {
			return cty.NilVal, false
		}
		return succeeded(e.Traversal.TraverseRel(src))
	case *hclsyntax.BinaryOpExpr:
		return arithmetic(e, ctx)
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

// succeeded is v when diags is empty: the value of an hcl operation that
// did not fail.
func succeeded(v cty.Value, diags hcl.Diagnostics) (cty.Value, bool) {
	if len(diags) > 0 || v == cty.NilVal {
		return cty.NilVal, false
	}
	return v, true
}

// arithmetic is the value of a sum, difference or product of two known,
// finite numbers (rule_no = 100 + ingress.key). hcl evaluates it by
// calling its operation's stdlib function, which for such numbers returns
// what the cty.Value method of the same name gives, after checks that
// they pass; an infinity is left to hcl, since the functions turn the
// method's panic on it into an error.
func arithmetic(e *hclsyntax.BinaryOpExpr, ctx *hcl.EvalContext) (cty.Value, bool) {
	var op func(a, b cty.Value) cty.Value
	switch e.Op {
	case hclsyntax.OpAdd:
		op = cty.Value.Add
	case hclsyntax.OpSubtract:
		op = cty.Value.Subtract
	case hclsyntax.OpMultiply:
		op = cty.Value.Multiply
	default:
		return cty.NilVal, false
	}
	a, ok := finiteNumber(e.LHS, ctx)
	if !ok {
		return cty.NilVal, false
	}
	b, ok := finiteNumber(e.RHS, ctx)
	if !ok {
		return cty.NilVal, false
	}
	return op(a, b), true
}

// finiteNumber is the fast value of expr when it is a known, unmarked,
// finite number.
func finiteNumber(expr hcl.Expression, ctx *hcl.EvalContext) (cty.Value, bool) {
	v, ok := fastValue(expr, ctx)
	if !ok || v.Type() != cty.Number || !v.IsKnown() || v.IsNull() || v.IsMarked() || v.AsBigFloat().IsInf() {
		return cty.NilVal, false
	}
	return v, true
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

// templateString is the value of a template whose parts have fast values
// that are known strings and whole numbers, such as
// "${local.name}-nat-${count.index}": the string hcl renders (a number's
// shortest decimal form through cty costs a microsecond). Anything else is
// left to hcl.
func templateString(t *hclsyntax.TemplateExpr, ctx *hcl.EvalContext) (cty.Value, bool) {
	var b strings.Builder
	for _, part := range t.Parts {
		v, ok := fastValue(part, ctx)
		if !ok || !v.IsKnown() || v.IsNull() || v.IsMarked() {
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
