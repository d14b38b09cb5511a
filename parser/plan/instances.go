package plan

import (
	"fmt"
	"maps"
	"slices"
	"strconv"

	tfjson "github.com/hashicorp/terraform-json"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// loader builds the instances of one file.
type loader struct {
	loc  *located
	cfg  *config
	prov *providers
	// nodes and bases index the planned instances by address and by
	// address without instance key, for reference resolution.
	nodes map[string]*node
	bases map[string][]*node
	// modKeys lists the instance keys seen for each module call, by
	// moduleCallKey; modSeen holds moduleCallKey+NUL+key of each.
	modKeys map[string][]string
	modSeen map[string]bool
}

// node is one planned instance while its references are resolved.
type node struct {
	inst *resource.Instance
	addr resourceAddress
	cfg  *tfjson.ConfigResource
	// pending are the attributes with unknown parts that the
	// configuration sets: candidates for reference resolution.
	pending []string
	// mirrored are the rule, route or association collections that may
	// copy what separate resources manage (see settleMirrors).
	mirrored []string
	state    resolveState
}

// resolveState tracks reference resolution of a node.
type resolveState uint8

const (
	unresolved resolveState = iota
	resolving
	resolved
)

// newLoader prepares to load src, a plan or state with configuration c
// (nil for none).
func newLoader(path string, src []byte, c *tfjson.Config) *loader {
	loc := newLocated(path, src)
	cfg := newConfig(c)
	return &loader{
		loc:     loc,
		cfg:     cfg,
		prov:    &providers{cfg: cfg, loc: loc, shared: map[string]*resource.Provider{}},
		nodes:   map[string]*node{},
		bases:   map[string][]*node{},
		modKeys: map[string][]string{},
		modSeen: map[string]bool{},
	}
}

// plan builds the Plan of a decoded plan file.
func (l *loader) plan(tp *tfjson.Plan) *Plan {
	p := &Plan{}
	current := map[string]int{}
	var planned []*node
	for i, rc := range tp.ResourceChanges {
		if rc == nil {
			continue
		}
		objPath := "resource_changes/" + strconv.Itoa(i)
		c := Change{
			Address:         rc.Address,
			PreviousAddress: rc.PreviousAddress,
			Module:          rc.ModuleAddress,
			Mode:            string(rc.Mode),
			Type:            rc.Type,
			Name:            rc.Name,
			Deposed:         rc.DeposedKey,
			Reason:          string(rc.ActionReason),
			DefRange:        l.loc.objectDefRange(objPath),
			Range:           l.loc.rangeOf(objPath),
		}
		if rc.Change != nil {
			c.Action = actionOf(rc.Change.Actions)
		}
		p.Changes = append(p.Changes, c)
		if rc.DeposedKey == "" {
			current[rc.Address] = i
		}
	}
	if tp.PlannedValues != nil {
		walkModules(tp.PlannedValues.RootModule, "planned_values/root_module", func(r *tfjson.StateResource, address, objPath string) {
			src := source{res: r, address: address, values: r.AttributeValues, objPath: objPath, attrPath: objPath + "/values/"}
			if i, ok := current[address]; ok {
				if ch := tp.ResourceChanges[i].Change; ch != nil {
					if after, ok := ch.After.(map[string]any); ok {
						src.values = after
						src.unknown, _ = ch.AfterUnknown.(map[string]any)
						src.objPath = "resource_changes/" + strconv.Itoa(i)
						src.attrPath = src.objPath + "/change/after/"
						src.unknownPath = src.objPath + "/change/after_unknown/"
						src.fresh = slices.Contains(ch.Actions, tfjson.ActionCreate)
					}
				}
			}
			n := l.node(src, true)
			l.register(n)
			planned = append(planned, n)
			p.Instances = append(p.Instances, n.inst)
		})
	}
	for _, n := range planned {
		l.resolve(n)
	}
	settleMirrors(planned)
	p.Instances = append(p.Instances, l.rootOutputs(tp)...)
	if tp.PriorState != nil {
		p.Before = l.values(tp.PriorState.Values, "prior_state/values")
	}
	return p
}

// values returns the instances of a values representation (a state file's
// values, a plan's prior_state), whose values are all known. objRoot is
// the JSON path of the representation.
func (l *loader) values(sv *tfjson.StateValues, objRoot string) []*resource.Instance {
	if sv == nil {
		return nil
	}
	var nodes []*node
	walkModules(sv.RootModule, objRoot+"/root_module", func(r *tfjson.StateResource, address, objPath string) {
		if r.DeposedKey != "" {
			return
		}
		nodes = append(nodes, l.node(source{res: r, address: address, values: r.AttributeValues, objPath: objPath, attrPath: objPath + "/values/"}, false))
	})
	settleMirrors(nodes)
	out := make([]*resource.Instance, len(nodes))
	for i, n := range nodes {
		out[i] = n.inst
	}
	return out
}

// walkModules calls fn for each resource of a module object and its child
// modules, with the resource's absolute address and JSON path.
func walkModules(m *tfjson.StateModule, objPath string, fn func(r *tfjson.StateResource, address, objPath string)) {
	if m == nil {
		return
	}
	for i, r := range m.Resources {
		if r != nil {
			fn(r, absoluteAddress(m.Address, r), fmt.Sprintf("%s/resources/%d", objPath, i))
		}
	}
	for i, c := range m.ChildModules {
		walkModules(c, fmt.Sprintf("%s/child_modules/%d", objPath, i), fn)
	}
}

// source is where one instance's values come from.
type source struct {
	res     *tfjson.StateResource
	address string
	// values and unknown are the attribute values and after_unknown
	// (nil when all are known).
	values  map[string]any
	unknown map[string]any
	// objPath is the JSON path of the object the instance points at;
	// attrPath the prefix of its attributes' paths, unknownPath that of
	// their after_unknown entries ("" without).
	objPath     string
	attrPath    string
	unknownPath string
	// fresh is true when the values are those of an object the plan
	// creates (or replaces): computed attributes are then unknown.
	fresh bool
}

// node converts one resource into an instance. With planned set, an
// attribute the configuration does not set is dropped when dropUnset says
// so, so that the instance says what the .tf source says.
func (l *loader) node(s source, planned bool) *node {
	r := s.res
	n := &node{inst: &resource.Instance{
		Mode:     string(r.Mode),
		Type:     r.Type,
		Name:     r.Name,
		Address:  s.address,
		DefRange: l.loc.objectDefRange(s.objPath),
		Range:    l.loc.rangeOf(s.objPath),
	}}
	if n.inst.Range.Filename == "" {
		n.inst.Range = n.inst.DefRange
	}
	if a, ok := parseResourceAddress(s.address); ok {
		n.addr = a
		n.inst.Module = a.module.String()
		rel := r.Type + "." + r.Name
		if r.Mode == tfjson.DataResourceMode {
			rel = "data." + rel
		}
		n.cfg = l.cfg.resource(a.module.names(), rel)
	}
	n.inst.Attrs = make(map[string]resource.Attr, len(s.values))
	names := slices.Collect(maps.Keys(s.values))
	for k, u := range s.unknown {
		if _, ok := s.values[k]; !ok && u == true {
			names = append(names, k)
		}
	}
	for _, k := range names {
		v := toValue(s.values[k], s.unknown[k])
		var expr *tfjson.Expression
		if n.cfg != nil {
			expr = n.cfg.Expressions[k]
		}
		if planned && n.cfg != nil && expr == nil && dropUnset(r.Type, k, v) {
			continue
		}
		if expr == nil && !s.fresh && mirrorFamily(r.Type, k) != "" && v.IsKnown() && !v.IsNull() {
			n.mirrored = append(n.mirrored, k)
		}
		if expr != nil && !v.IsWhollyKnown() {
			n.pending = append(n.pending, k)
		}
		rng := l.loc.memberRange(s.attrPath + k)
		if rng.Filename == "" && s.unknownPath != "" {
			rng = l.loc.memberRange(s.unknownPath + k)
		}
		if rng.Filename == "" {
			rng = n.inst.DefRange
		}
		n.inst.Attrs[k] = resource.Attr{Value: v, Range: rng}
	}
	slices.Sort(n.pending)
	n.inst.Provider = l.prov.forInstance(n.cfg, r, n.inst.Attrs)
	return n
}

// dropUnset reports whether attribute attr of a planned resource of type
// typ, which the configuration does not set, is left out, as it is absent
// from .tf source: when its value v is unknown (the provider computes it),
// or when it is an empty rule, route or association collection (no inline
// rules either way). A non-empty one on an object the plan creates can
// only come from `dynamic` blocks, which the configuration representation
// omits; on an existing object see settleMirrors.
func dropUnset(typ, attr string, v cty.Value) bool {
	if !v.IsKnown() {
		return true
	}
	return mirrorFamily(typ, attr) != "" && (v.IsNull() || v.CanIterateElements() && v.LengthInt() == 0)
}

// mirrorFamily names the kind of collection attribute attr of a resource
// of type typ is when it can hold what separate resources manage: a
// security group's or network ACL's rules, an ACL's subnets, a route
// table's routes. "" for any other attribute.
func mirrorFamily(typ, attr string) string {
	switch typ {
	case "aws_security_group", "aws_default_security_group":
		if attr == "ingress" || attr == "egress" {
			return "sg rules"
		}
	case "aws_network_acl", "aws_default_network_acl":
		switch attr {
		case "ingress", "egress":
			return "nacl rules"
		case "subnet_ids":
			return "nacl subnets"
		}
	case "aws_route_table", "aws_default_route_table":
		if attr == "route" {
			return "routes"
		}
	}
	return ""
}

// separate returns the collection kind a separate resource of type typ adds
// to, and the attribute naming the resource it adds to.
func separate(typ string) (family, attr string) {
	switch typ {
	case "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule":
		return "sg rules", "security_group_id"
	case "aws_network_acl_rule":
		return "nacl rules", "network_acl_id"
	case "aws_network_acl_association":
		return "nacl subnets", "network_acl_id"
	case "aws_route":
		return "routes", "route_table_id"
	}
	return "", ""
}

// settleMirrors decides the mirrored collections of nodes. The value an
// existing object (or a state) has for a collection the configuration
// does not set is AWS's: inline rules from `dynamic` blocks, but also
// copies of the rules that separate resources (aws_security_group_rule,
// aws_network_acl_rule, aws_route, aws_network_acl_association) add,
// which the model would count twice. It is kept when no separate resource
// among nodes names the object (by its known id or a reference to it) and
// none names an unknown one; otherwise it becomes unknown, so rules
// abstain.
func settleMirrors(nodes []*node) {
	named := map[string]map[string]bool{}
	anyUnknown := map[string]bool{}
	for _, n := range nodes {
		family, attr := separate(n.inst.Type)
		a, ok := n.inst.Attrs[attr]
		if family == "" || !ok {
			continue
		}
		switch v := a.Value; {
		case !v.IsKnown():
			anyUnknown[family] = true
		case !v.IsNull() && v.Type() == cty.String:
			if named[family] == nil {
				named[family] = map[string]bool{}
			}
			named[family][v.AsString()] = true
		}
	}
	for _, n := range nodes {
		id, _ := knownString(n.inst.Attrs["id"].Value)
		for _, k := range n.mirrored {
			family := mirrorFamily(n.inst.Type, k)
			if anyUnknown[family] || id != "" && named[family][id] || named[family][resource.Ref(n.inst.Address, "id")] {
				a := n.inst.Attrs[k]
				a.Value = cty.DynamicVal
				n.inst.Attrs[k] = a
			}
		}
	}
}

// knownString returns v as a string when it is a known, non-null string.
func knownString(v cty.Value) (string, bool) {
	if v == cty.NilVal || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// register indexes a planned node for reference resolution.
func (l *loader) register(n *node) {
	if n.addr.base == "" {
		return
	}
	l.nodes[n.inst.Address] = n
	l.bases[n.addr.base] = append(l.bases[n.addr.base], n)
	for i, s := range n.addr.module {
		k := moduleCallKey(n.addr.module[:i], s.name)
		if !l.modSeen[k+"\x00"+s.key] {
			l.modSeen[k+"\x00"+s.key] = true
			l.modKeys[k] = append(l.modKeys[k], s.key)
		}
	}
}

// moduleCallKey names module call name in the module instance parent.
func moduleCallKey(parent modulePath, name string) string {
	return parent.String() + "\x00" + name
}

// rootOutputs stands for the root module's outputs, as the source
// evaluator does: one pseudo-instance of mode "output" per output, whose
// value lists the reference strings of the resources its expression names,
// so that the builder knows what the configuration exports for use
// elsewhere.
func (l *loader) rootOutputs(tp *tfjson.Plan) []*resource.Instance {
	if tp.Config == nil || tp.Config.RootModule == nil {
		return nil
	}
	names := slices.Sorted(maps.Keys(tp.Config.RootModule.Outputs))
	var out []*resource.Instance
	for _, name := range names {
		o := tp.Config.RootModule.Outputs[name]
		if o == nil || o.Expression == nil {
			continue
		}
		ts, _ := l.targets(frame{}, o.Expression.References, "", 0)
		var refs []cty.Value
		for _, t := range ts {
			refs = append(refs, cty.StringVal(resource.Ref(t.node.inst.Address, "id")))
		}
		if len(refs) == 0 {
			continue
		}
		at := l.loc.objectDefRange("configuration/root_module/outputs/" + name)
		out = append(out, &resource.Instance{
			Mode: "output", Type: "output", Name: name, Address: "output." + name,
			DefRange: at, Range: at,
			Body: resource.Body{Attrs: map[string]resource.Attr{"value": {Value: cty.TupleVal(refs), Range: at}}},
		})
	}
	return out
}
