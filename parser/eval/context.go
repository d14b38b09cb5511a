package eval

import (
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// refPlan is what the evaluation context of an expression or a body
// needs, worked out once from its traversals: the roots it refers to and,
// for the roots that are objects of named values, the names it reads.
type refPlan struct {
	// roots are the distinct traversal roots, in order.
	roots []string
	// groups are the var, local, module and managed resource type roots
	// with the names read from each; data the data source types.
	groups, data []refGroup
	// outs are the outputs read from each module call.
	outs map[string]*outputSet
}

// refGroup is one object root of a plan and the names read from it.
type refGroup struct {
	root  string
	names []string // distinct, sorted
	// key identifies the object (root and names) in a module instance's
	// cache; empty for module calls, whose value depends on the outputs
	// read, and data sources.
	key string
}

// planOf returns the cached plan of expr.
func (ev *evaluator) planOf(expr hcl.Expression) *refPlan {
	p, ok := ev.plans[expr]
	if !ok {
		p = newRefPlan(ev.variablesOf(expr))
		ev.plans[expr] = p
	}
	return p
}

// bodyPlan returns the cached plan of the attributes of body (its
// meta-arguments left out when top): a body is always evaluated with the
// same top.
func (ev *evaluator) bodyPlan(body *hclsyntax.Body, top bool) *refPlan {
	p, ok := ev.bodyPlans[body]
	if !ok {
		var trs []hcl.Traversal
		for name, a := range body.Attributes {
			if !top || !metaAttrs[name] {
				trs = append(trs, ev.variablesOf(a.Expr)...)
			}
		}
		p = newRefPlan(trs)
		ev.bodyPlans[body] = p
	}
	return p
}

// newRefPlan groups traversals. A traversal that names no attribute of an
// object root (`var`, `local[0]`) adds nothing to a group, and a root
// without a group is left out of the context, so that the reference fails
// (an unknown result) as an undeclared one does in Terraform. Most bodies
// are evaluated once: the plan is built with a few small slices.
func newRefPlan(trs []hcl.Traversal) *refPlan {
	p := &refPlan{}
	for _, tr := range trs {
		root := tr.RootName()
		if !slices.Contains(p.roots, root) {
			p.roots = append(p.roots, root)
		}
		name, named := stepName(tr, 1)
		switch root {
		case "count", "each", "path", "terraform", "self", "ephemeral", "resource":
		case "data":
			if rname, ok := stepName(tr, 2); named && ok {
				groupOf(&p.data, name).add(rname)
			}
		default:
			if !named {
				break
			}
			groupOf(&p.groups, root).add(name)
			if root == "module" {
				if p.outs == nil {
					p.outs = map[string]*outputSet{}
				}
				if p.outs[name] == nil {
					p.outs[name] = &outputSet{}
				}
				p.outs[name].add(tr)
			}
		}
	}
	for i := range p.groups {
		if g := &p.groups[i]; g.root != "module" {
			slices.Sort(g.names)
			g.key = g.root + "\x00" + strings.Join(g.names, "\x00")
		}
	}
	return p
}

// groupOf returns the group of root in *gs, adding it when missing.
func groupOf(gs *[]refGroup, root string) *refGroup {
	for i := range *gs {
		if (*gs)[i].root == root {
			return &(*gs)[i]
		}
	}
	*gs = append(*gs, refGroup{root: root})
	return &(*gs)[len(*gs)-1]
}

// add adds name to g's names, once.
func (g *refGroup) add(name string) {
	if !slices.Contains(g.names, name) {
		g.names = append(g.names, name)
	}
}

// contextOf builds the evaluation context of plan p, computing each value
// it refers to on demand.
func (s *scope) contextOf(p *refPlan) *hcl.EvalContext {
	m := s.m
	if len(p.roots) == 0 {
		return m.ev.noVariables
	}
	vars := make(map[string]cty.Value, len(p.roots))
	for _, root := range p.roots {
		if v, ok := s.extra[root]; ok {
			vars[root] = v
			continue
		}
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
		}
	}
	for i := range p.groups {
		if g := &p.groups[i]; !shadowed(s.extra, g.root) {
			vars[g.root] = m.groupObject(g, "", p.outs)
		}
	}
	if len(p.data) > 0 && !shadowed(s.extra, "data") {
		types := make(map[string]cty.Value, len(p.data))
		for i := range p.data {
			types[p.data[i].root] = m.groupObject(&p.data[i], "data.", nil)
		}
		vars["data"] = cty.ObjectVal(types)
	}
	return &hcl.EvalContext{Functions: m.ev.funcs, Variables: vars}
}

// bodyContext is the evaluation context of body (see bodyPlan). In a
// dynamic block's scope, the context made for the first element is kept,
// with the iterators set anew: nothing else differs between elements.
func (s *scope) bodyContext(body *hclsyntax.Body, top bool) *hcl.EvalContext {
	if s.contexts == nil {
		return s.contextOf(s.m.ev.bodyPlan(body, top))
	}
	ctx, ok := s.contexts[body]
	if !ok {
		ctx = s.contextOf(s.m.ev.bodyPlan(body, top))
		s.contexts[body] = ctx
		return ctx
	}
	for root, v := range s.extra {
		if _, used := ctx.Variables[root]; used {
			ctx.Variables[root] = v
		}
	}
	return ctx
}

// shadowed reports whether extra (dynamic block iterators) holds root.
func shadowed(extra map[string]cty.Value, root string) bool {
	_, ok := extra[root]
	return ok
}

// groupObject is the object of the values g names that exist, cached in
// the module instance when no value was cut short by a cycle (the same
// names give the same object for every later body). A resource type's
// addresses start with prefix ("data." for data sources).
func (m *modInst) groupObject(g *refGroup, prefix string, outs map[string]*outputSet) cty.Value {
	if v, ok := m.objects[g.key]; ok && g.key != "" {
		return v
	}
	cycles := m.ev.cycleHits
	attrs := make(map[string]cty.Value, len(g.names))
	for _, name := range g.names {
		var v cty.Value
		var ok bool
		switch {
		case prefix == "" && g.root == "var":
			v, ok = m.variable(name)
		case prefix == "" && g.root == "local":
			v, ok = m.local(name)
		case prefix == "" && g.root == "module":
			v, ok = m.callValue(name, outs[name])
		default:
			v, ok = m.resourceValue(prefix + g.root + "." + name)
		}
		if ok {
			attrs[name] = v
		}
	}
	obj := cty.ObjectVal(attrs)
	if g.key != "" && m.ev.cycleHits == cycles {
		m.objects[g.key] = obj
	}
	return obj
}
