package eval

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
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
// gives an unknown value.
func (s *scope) eval(expr hcl.Expression) cty.Value {
	v, diags := expr.Value(s.context(expr))
	if diags.HasErrors() || v == cty.NilVal {
		s.m.ev.unevaluated.add(diags)
		return cty.DynamicVal
	}
	return v
}

// evalAttr evaluates an attribute of a block: eval, falling back to the
// uncertain reference of an unknown-count resource (uncertainRef).
func (s *scope) evalAttr(expr hcl.Expression) cty.Value {
	v := s.eval(expr)
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
	m := s.m
	ctx := &hcl.EvalContext{Functions: m.ev.funcs}
	trs := m.ev.variablesOf(expr)
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
	vars := map[string]cty.Value{}
	objs := map[string]map[string]cty.Value{} // var, local, module, managed types
	data := map[string]map[string]cty.Value{}
	// put sets root.name (or data.type.name) once, computing the value with
	// get; a name without a value is left out, so that the reference fails
	// (an unknown result) as an undeclared one does in Terraform.
	put := func(into map[string]map[string]cty.Value, root, name string, get func() (cty.Value, bool)) {
		obj := into[root]
		if obj == nil {
			obj = map[string]cty.Value{}
			into[root] = obj
		}
		if _, done := obj[name]; done {
			return
		}
		if v, ok := get(); ok {
			obj[name] = v
		}
	}
	for _, tr := range trs {
		root := tr.RootName()
		if v, ok := s.extra[root]; ok {
			vars[root] = v
			continue
		}
		name, named := stepName(tr, 1)
		switch root {
		case "count":
			if s.key.count {
				vars[root] = cty.ObjectVal(map[string]cty.Value{"index": s.key.index})
			}
		case "each":
			if s.key.each {
				vars[root] = cty.ObjectVal(map[string]cty.Value{"key": s.key.eachKey, "value": s.key.eachValue})
			}
		case "path":
			vars[root] = m.pathObj
		case "terraform":
			vars[root] = workspaceObj
		case "self", "ephemeral", "resource":
			vars[root] = cty.DynamicVal
		case "var":
			if named {
				put(objs, root, name, func() (cty.Value, bool) { return m.variable(name) })
			}
		case "local":
			if named {
				put(objs, root, name, func() (cty.Value, bool) { return m.local(name) })
			}
		case "module":
			if named {
				put(objs, root, name, func() (cty.Value, bool) { return m.callValue(name, outs[name]) })
			}
		case "data":
			if rname, ok := stepName(tr, 2); named && ok {
				put(data, name, rname, func() (cty.Value, bool) { return m.resourceValue("data." + name + "." + rname) })
			}
		default:
			if named {
				put(objs, root, name, func() (cty.Value, bool) { return m.resourceValue(root + "." + name) })
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
