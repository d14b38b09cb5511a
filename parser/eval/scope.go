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
	return s.contextOf(s.m.ev.variablesOf(expr))
}

// contextOf builds an evaluation context with exactly the values that the
// traversals trs refer to, computing each on demand.
func (s *scope) contextOf(trs []hcl.Traversal) *hcl.EvalContext {
	m := s.m
	ctx := &hcl.EvalContext{Functions: m.ev.funcs}
	if len(trs) == 0 {
		return ctx
	}
	// The outputs read from each module call, gathered first so that the
	// call's value is built once with all of them.
	var outs map[string]*outputSet
	for _, tr := range trs {
		if _, shadowed := s.extra["module"]; tr.RootName() != "module" || shadowed {
			continue
		}
		if name, ok := stepName(tr, 1); ok {
			if outs == nil {
				outs = map[string]*outputSet{}
			}
			if outs[name] == nil {
				outs[name] = &outputSet{}
			}
			outs[name].add(tr)
		}
	}
	vars := make(map[string]cty.Value, len(trs))
	// objs holds var, local, module and managed resource types; data the
	// data source types. A name without a value is left out, so that the
	// reference fails (an unknown result) as an undeclared one does in
	// Terraform.
	var objs, data map[string]map[string]cty.Value
	for _, tr := range trs {
		root := tr.RootName()
		if v, ok := s.extra[root]; ok {
			vars[root] = v
			continue
		}
		name, named := stepName(tr, 1)
		switch root {
		case "count":
			if s.key.count != cty.NilVal {
				vars[root] = s.key.count
			}
		case "each":
			if s.key.each != cty.NilVal {
				vars[root] = s.key.each
			}
		case "path":
			vars[root] = m.pathObj
		case "terraform":
			vars[root] = workspaceObj
		case "self", "ephemeral", "resource":
			vars[root] = cty.DynamicVal
		case "var":
			if obj, todo := slot(&objs, root, name, named); todo {
				if v, ok := m.variable(name); ok {
					obj[name] = v
				}
			}
		case "local":
			if obj, todo := slot(&objs, root, name, named); todo {
				if v, ok := m.local(name); ok {
					obj[name] = v
				}
			}
		case "module":
			if obj, todo := slot(&objs, root, name, named); todo {
				if v, ok := m.callValue(name, outs[name]); ok {
					obj[name] = v
				}
			}
		case "data":
			rname, ok := stepName(tr, 2)
			if obj, todo := slot(&data, name, rname, named && ok); todo {
				if v, ok := m.resourceValue("data." + name + "." + rname); ok {
					obj[rname] = v
				}
			}
		default:
			if obj, todo := slot(&objs, root, name, named); todo {
				if v, ok := m.resourceValue(root + "." + name); ok {
					obj[name] = v
				}
			}
		}
	}
	for root, obj := range objs {
		vars[root] = cty.ObjectVal(obj)
	}
	if len(data) > 0 {
		types := make(map[string]cty.Value, len(data))
		for typ, obj := range data {
			types[typ] = cty.ObjectVal(obj)
		}
		vars["data"] = cty.ObjectVal(types)
	}
	ctx.Variables = vars
	return ctx
}

// slot returns the object (*into)[root], making it (and *into) if need
// be, and whether its attribute name is still to be computed: never when
// the reference does not name one.
func slot(into *map[string]map[string]cty.Value, root, name string, named bool) (map[string]cty.Value, bool) { //nolint:gocritic // allocates *into lazily
	if !named {
		return nil, false
	}
	if *into == nil {
		*into = map[string]map[string]cty.Value{}
	}
	obj := (*into)[root]
	if obj == nil {
		obj = map[string]cty.Value{}
		(*into)[root] = obj
	}
	_, done := obj[name]
	return obj, !done
}
