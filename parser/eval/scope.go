package eval

import (
	"fmt"

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
	if v, ok := fastValue(expr, ctx); ok {
		return v
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
