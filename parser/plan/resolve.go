package plan

import (
	"slices"
	"strconv"
	"strings"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// maxDepth bounds how many variables, module outputs and for_each values
// one reference is followed through (real chains are a few steps; the
// bound stops loops in malformed input).
const maxDepth = 32

// resolve replaces the unknown identifier values of n's attributes by what
// the configuration's references say they will be (see fill). Each node
// is resolved once; a node met again while it is being resolved (a cycle,
// which Terraform would reject) is read as it stands.
func (l *loader) resolve(n *node) {
	if n.state != unresolved {
		return
	}
	n.state = resolving
	fr := frame{path: n.addr.module, self: n.addr.key}
	if n.cfg != nil {
		fr.forEach = n.cfg.ForEachExpression
	}
	for _, name := range n.pending {
		a := n.inst.Attrs[name]
		a.Value = l.fill(fr, name, a.Value, exprRefs(n.cfg.Expressions[name]))
		n.inst.Attrs[name] = a
	}
	n.state = resolved
}

// frame is the scope a reference is read in.
type frame struct {
	// path is the module instance.
	path modulePath
	// self is the instance key that count.index / each.key stand for: the
	// referring resource's own key, or the module instance's key when a
	// module call's arguments are read.
	self string
	// forEach is the for_each expression each.value comes from.
	forEach *tfjson.Expression
}

// slot is one unknown identifier inside an attribute value.
type slot struct {
	path cty.Path
	// name is the attribute the slot is, or whose element it is.
	name string
	// list is true for a whole list of identifiers (subnet_ids,
	// security_groups), false for one identifier.
	list bool
	// nested is true inside an object (an inline rule or route), whose
	// references the configuration mixes with those of its siblings.
	nested bool
}

// fill replaces the unknown identifiers (slots) in v, the value of
// attribute attr, using refs, the references of the attribute's
// expression. A slot gets a value only when the references say which
// instance it comes from without doubt:
//
//   - no reference is opaque (a local value, a data source, a module
//     output or variable that cannot be followed), since it might be the
//     unknown part;
//   - a single identifier needs exactly one candidate instance; a list
//     takes every candidate;
//   - inside nested objects the candidates must fit the slot's name
//     (nat_gateway_id takes aws_nat_gateway, security_groups takes
//     aws_security_group), and several slots of one name share a
//     candidate only when there is exactly one.
//
// A candidate's value is its attribute when that is a known string (an
// existing resource's id, or an identifier resolved in turn), else a
// reference string (resource.Ref) to it.
func (l *loader) fill(fr frame, attr string, v cty.Value, refs []string) cty.Value {
	slots := slotsOf(attr, v)
	if len(slots) == 0 {
		return v
	}
	ts, opaque := l.targets(fr, refs, "", 0)
	if opaque || len(ts) == 0 {
		return v
	}
	perName := map[string]int{}
	for _, s := range slots {
		perName[s.name]++
	}
	repl := map[string]cty.Value{}
	for _, s := range slots {
		cands := ts
		if s.nested {
			cands = fitting(ts, s.name)
		}
		if len(cands) == 0 || len(cands) > 1 && (!s.list || perName[s.name] > 1) {
			continue
		}
		vals := make([]cty.Value, 0, len(cands))
		for _, c := range cands {
			val, ok := l.targetValue(c, s.name)
			if !ok {
				break
			}
			vals = append(vals, val)
		}
		switch {
		case len(vals) < len(cands):
		case s.list:
			repl[pathKey(s.path)] = cty.TupleVal(vals)
		default:
			repl[pathKey(s.path)] = vals[0]
		}
	}
	if len(repl) == 0 {
		return v
	}
	out, err := cty.TransformWithTransformer(v, replacer(repl))
	if err != nil {
		return v
	}
	return out
}

// replacer puts the values found for slots in place, by pathKey.
type replacer map[string]cty.Value

// Enter replaces a slot.
func (r replacer) Enter(p cty.Path, v cty.Value) (cty.Value, error) {
	if v.IsKnown() {
		return v, nil
	}
	if nv, ok := r[pathKey(p)]; ok {
		return nv, nil
	}
	return v, nil
}

// Exit keeps v.
func (replacer) Exit(_ cty.Path, v cty.Value) (cty.Value, error) { return v, nil }

// pathKey is a map key for a path into a value made by toValue (object
// attributes and tuple indexes).
func pathKey(p cty.Path) string {
	var sb strings.Builder
	for _, s := range p {
		switch s := s.(type) {
		case cty.GetAttrStep:
			sb.WriteString("." + strconv.Quote(s.Name))
		case cty.IndexStep:
			sb.WriteString("[" + s.Key.GoString() + "]")
		}
	}
	return sb.String()
}

// slotsOf returns the unknown identifiers in v, the value of attribute
// attr.
func slotsOf(attr string, v cty.Value) []slot {
	var out []slot
	_ = cty.Walk(v, func(p cty.Path, x cty.Value) (bool, error) {
		if x.IsKnown() {
			return true, nil
		}
		if s, ok := slotAt(attr, p); ok {
			out = append(out, s)
		}
		return false, nil
	})
	return out
}

// slotAt describes the unknown value at path p of attribute attr, ok false
// when it is not an identifier.
func slotAt(attr string, p cty.Path) (slot, bool) {
	s := slot{path: slices.Clone(p), name: attr}
	switch {
	case len(p) == 0:
	case isAttrStep(p[len(p)-1]):
		s.name, s.nested = p[len(p)-1].(cty.GetAttrStep).Name, true
	case len(p) == 1:
		// An element of the attribute's list.
		return s, idListLike(attr)
	case isAttrStep(p[len(p)-2]):
		s.name, s.nested = p[len(p)-2].(cty.GetAttrStep).Name, true
		return s, idListLike(s.name)
	default:
		return s, false
	}
	s.list = idListLike(s.name)
	return s, s.list || idLike(s.name)
}

// isAttrStep reports whether a path step selects an object attribute.
func isAttrStep(s cty.PathStep) bool {
	_, ok := s.(cty.GetAttrStep)
	return ok
}

// idLike reports whether an attribute holds one identifier (id, arn,
// *_id), as the configuration evaluator reads them.
func idLike(name string) bool {
	return name == "id" || name == "arn" || strings.HasSuffix(name, "_id")
}

// idListLike reports whether an attribute holds a list of identifiers.
func idListLike(name string) bool {
	return strings.HasSuffix(name, "_ids") || name == "security_groups"
}

// target is a candidate source of an unknown identifier: attribute attr
// ("" when the reference named the whole instance) of a planned instance.
type target struct {
	node *node
	attr string
}

// targetValue returns the value target t gives slot name: the attribute
// when known, else a reference string when the attribute is an
// identifier.
func (l *loader) targetValue(t target, name string) (cty.Value, bool) {
	attr := t.attr
	if attr == "" {
		attr = "id"
		if name == "arn" || strings.HasSuffix(name, "_arn") {
			attr = "arn"
		}
	}
	l.resolve(t.node)
	if a, ok := t.node.inst.Attrs[attr]; ok && a.Value.IsKnown() {
		v := a.Value
		if v.IsNull() || v.Type() != cty.String {
			return cty.NilVal, false
		}
		return v, true
	}
	if !idLike(attr) {
		return cty.NilVal, false
	}
	return cty.StringVal(resource.Ref(t.node.inst.Address, attr)), true
}

// fitting returns the targets whose resource type (or attribute) best
// fits an identifier slot's name; none when nothing fits.
func fitting(ts []target, name string) []target {
	best, out := 0, []target(nil)
	for _, t := range ts {
		f := fit(name, t)
		switch {
		case f > best:
			best, out = f, []target{t}
		case f == best && f > 0:
			out = append(out, t)
		}
	}
	return out
}

// fit scores how well target t fits slot name: 2 when the slot names the
// target's type (nat_gateway_id and aws_nat_gateway), 1 when one ends
// with the other (peer_vpc_id and aws_vpc, gateway_id and
// aws_internet_gateway), 0 otherwise. A target that is another
// identifier attribute (aws_vpc.x.default_security_group_id) is scored by
// that attribute's name too.
func fit(name string, t target) int {
	base := strings.TrimSuffix(strings.TrimSuffix(name, "_ids"), "_id")
	if name == "security_groups" {
		base = "security_group"
	}
	typ := strings.TrimPrefix(strings.TrimPrefix(t.node.inst.Type, "aws_"), "default_")
	score := fitNames(base, typ)
	if strings.HasSuffix(t.attr, "_id") {
		score = max(score, min(1, fitNames(base, strings.TrimSuffix(t.attr, "_id"))))
	}
	return score
}

// fitNames compares a slot's base name with a type's or attribute's.
func fitNames(base, other string) int {
	switch {
	case base == other:
		return 2
	case strings.HasSuffix(base, "_"+other) || strings.HasSuffix(other, "_"+base):
		return 1
	}
	return 0
}

// targets returns the planned instances that references refs, read in
// frame fr, can take a value from. opaque is true when some reference
// cannot be followed. pick, when set, is the instance key that key-less
// references to resources select (each.value of a for_each over a
// resource).
func (l *loader) targets(fr frame, refs []string, pick string, depth int) (ts []target, opaque bool) {
	if depth > maxDepth {
		return nil, true
	}
	selfKeyed := slices.Contains(refs, "count.index") || slices.Contains(refs, "each.key")
	seen := map[target]bool{}
	for _, ref := range mostSpecific(refs) {
		parts, ok := splitAddress(ref)
		if !ok {
			opaque = true
			continue
		}
		got, op := l.refTargets(fr, parts, selfKeyed, pick, depth)
		opaque = opaque || op
		for _, t := range got {
			if !seen[t] {
				seen[t] = true
				ts = append(ts, t)
			}
		}
	}
	return ts, opaque
}

// refTargets returns the targets of one reference (see targets).
func (l *loader) refTargets(fr frame, parts []part, selfKeyed bool, pick string, depth int) ([]target, bool) {
	switch parts[0].name {
	case "count", "path", "terraform":
		return nil, false
	case "each":
		if len(parts) < 2 || parts[1].name != "value" {
			return nil, false
		}
		refs := exprRefs(fr.forEach)
		if len(refs) == 0 {
			return nil, false // a constant for_each
		}
		ts, op := l.targets(frame{path: fr.path}, refs, fr.self, depth+1)
		return withRest(ts, parts[2:]), op
	case "var":
		if len(parts) < 2 || len(fr.path) == 0 {
			return nil, false // root module variables are known
		}
		parent, last := fr.path[:len(fr.path)-1], fr.path[len(fr.path)-1]
		call := l.cfg.call(parent.names(), last.name)
		if call == nil {
			return nil, true
		}
		refs := exprRefs(call.Expressions[parts[1].name])
		ts, op := l.targets(frame{path: parent, self: last.key, forEach: call.ForEachExpression}, refs, "", depth+1)
		return withRest(ts, parts[2:]), op
	case "module":
		return l.outputTargets(fr, parts, depth)
	case "data", "local", "self":
		return nil, true
	}
	return l.resourceTargets(fr, parts, selfKeyed, pick)
}

// outputTargets follows a reference to a module output.
func (l *loader) outputTargets(fr frame, parts []part, depth int) ([]target, bool) {
	if len(parts) < 3 {
		return nil, true // the whole module object
	}
	name := parts[1].name
	call := l.cfg.call(fr.path.names(), name)
	if call == nil || call.Module == nil || call.Module.Outputs[parts[2].name] == nil {
		return nil, true
	}
	out := call.Module.Outputs[parts[2].name]
	keys := []string{parts[1].key}
	if parts[1].key == "" && (call.CountExpression != nil || call.ForEachExpression != nil) {
		keys = l.modKeys[moduleCallKey(fr.path, name)]
	}
	var ts []target
	opaque := false
	for _, k := range keys {
		got, op := l.targets(frame{path: fr.path.child(name, k)}, exprRefs(out.Expression), "", depth+1)
		ts = append(ts, got...)
		opaque = opaque || op
	}
	return withRest(ts, parts[3:]), opaque
}

// resourceTargets returns the instances a reference to a managed resource
// names: the keyed instance; without a key, the instance with the
// referrer's own key when the references use count.index or each.key (or
// with key pick), else every instance.
func (l *loader) resourceTargets(fr frame, parts []part, selfKeyed bool, pick string) ([]target, bool) {
	if len(parts) < 2 {
		return nil, true
	}
	rel := parts[0].name + "." + parts[1].name
	if l.cfg.resource(fr.path.names(), rel) == nil {
		return nil, true
	}
	base := fr.path.prefix() + rel
	var nodes []*node
	key := parts[1].key
	switch {
	case key != "" && key != "[*]":
		nodes = l.instance(base + key)
	case pick != "":
		nodes = l.instance(base + pick)
	case selfKeyed && fr.self != "" && l.nodes[base+fr.self] != nil:
		nodes = l.instance(base + fr.self)
	default:
		nodes = l.bases[base]
	}
	attr := ""
	if len(parts) > 2 {
		attr = parts[2].name
	}
	ts := make([]target, len(nodes))
	for i, n := range nodes {
		ts[i] = target{node: n, attr: attr}
	}
	return ts, false
}

// instance returns the planned instance at address, if any, as a slice.
func (l *loader) instance(address string) []*node {
	if n := l.nodes[address]; n != nil {
		return []*node{n}
	}
	return nil
}

// withRest applies the rest of a reference through a variable, output or
// each.value (var.sg.id) to targets that named a whole instance.
func withRest(ts []target, rest []part) []target {
	if len(rest) == 0 {
		return ts
	}
	for i := range ts {
		if ts[i].attr == "" {
			ts[i].attr = rest[0].name
		}
	}
	return ts
}

// mostSpecific drops the references that only repeat a prefix of another
// one (Terraform lists aws_vpc.main.id and then aws_vpc.main) and
// duplicates, keeping the order.
func mostSpecific(refs []string) []string {
	prefixes := map[string]bool{}
	for _, s := range refs {
		for i := 1; i < len(s); i++ {
			if s[i] == '.' || s[i] == '[' {
				prefixes[s[:i]] = true
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, r := range refs {
		if !prefixes[r] && !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	return out
}
