package eval

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/funcs"
)

// scope is where an expression is evaluated: a module instance, the
// instance key of the block (count.index, each.*), and the iterators of
// enclosing dynamic blocks.
type scope struct {
	m     *modInst
	key   keyData
	extra map[string]cty.Value
	// contexts, in the scope of a dynamic block's elements, keeps the
	// context of each body for the next element, which only changes the
	// iterators (extra).
	contexts map[*hclsyntax.Body]*hcl.EvalContext
}

var workspaceObj = cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")})

// eval evaluates expr; a failure is recorded in Result.Unevaluated and
// gives an unknown value. A function call that exceeds one of its bounds
// (funcs.LimitError) is also reported as an error: the expression cannot
// be evaluated whatever the unknown inputs, so the analysis is incomplete.
func (s *scope) eval(expr hcl.Expression) cty.Value {
	return s.evalIn(expr, s.context(expr))
}

// evalIn is eval in ctx, a context that holds every value expr refers to.
func (s *scope) evalIn(expr hcl.Expression, ctx *hcl.EvalContext) cty.Value {
	if v, ok := literalString(expr); ok {
		return v
	}
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		if v, ok := attrPath(e.Traversal, ctx); ok {
			return v
		}
	case *hclsyntax.TemplateExpr:
		if v, ok := templateString(e, ctx); ok {
			return v
		}
	}
	v, diags := expr.Value(ctx)
	if diags.HasErrors() || v == cty.NilVal {
		if d, le := funcs.CallLimit(diags); le != nil {
			s.m.ev.report(limitError(d, le))
		}
		s.m.ev.unevaluated.add(diags)
		return cty.DynamicVal
	}
	return v
}

// literalString is the value of a quoted string without interpolations
// ("0.0.0.0/0"), the most common expression: the template's one literal
// part, which is what evaluating the template gives, without its buffer
// and conversion.
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
// what hcl's traversal gives, without the range and diagnostics each of its
// steps allocates. Anything else (an index, a null, unknown or marked
// value, a map, a missing attribute) is left to hcl. ctx has no parent.
func attrPath(tr hcl.Traversal, ctx *hcl.EvalContext) (cty.Value, bool) {
	v, ok := ctx.Variables[tr.RootName()]
	if !ok || ctx.Parent() != nil {
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
// "${local.name}-nat-${count.index}": the string hcl renders, without its
// buffer, marks and conversions (a number's shortest decimal form costs a
// microsecond). Anything else is left to hcl.
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

// limitError is the error for function call d that failed with le,
// without d's expression and evaluation context (which hold on to values).
func limitError(d *hcl.Diagnostic, le *funcs.LimitError) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Function limit exceeded",
		Detail:   fmt.Sprintf("Call to function %q failed: %s.", le.Func, le.Msg),
		Subject:  d.Subject,
		Context:  d.Context,
	}
}

// evalAttr evaluates an attribute of a block in ctx (nil: a context made
// for expr), falling back to the uncertain reference of an unknown-count
// resource (uncertainRef).
func (s *scope) evalAttr(expr hcl.Expression, ctx *hcl.EvalContext) cty.Value {
	if ctx == nil {
		ctx = s.context(expr)
	}
	v := s.evalIn(expr, ctx)
	if v.IsWhollyKnown() {
		return v
	}
	ref, ok := s.uncertainRef(expr)
	if !ok {
		return v
	}
	// Every unknown string (or untyped) leaf can only be that reference:
	// `[aws_security_group.x[each.key].id]` is a list of it.
	out, err := cty.Transform(v, func(_ cty.Path, leaf cty.Value) (cty.Value, error) {
		if !leaf.IsKnown() && (leaf.Type() == cty.String || leaf.Type() == cty.DynamicPseudoType) {
			return cty.StringVal(ref), nil
		}
		return leaf, nil
	})
	if err != nil {
		return v
	}
	return out
}

// context builds the evaluation context of expr with exactly the values
// it refers to, computing each on demand.
func (s *scope) context(expr hcl.Expression) *hcl.EvalContext {
	return s.contextOf(s.m.ev.planOf(expr))
}
