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
	// moduleCallKey.
	modKeys map[string][]string
}

// node is one planned instance while its references are resolved.
type node struct {
	inst *resource.Instance
	addr resourceAddress
	cfg  *tfjson.ConfigResource
	// pending are the attributes with unknown parts that the
	// configuration sets: candidates for reference resolution.
	pending []string
	state   resolveState
}

// resolveState tracks reference resolution of a node.
type resolveState uint8

const (
	unresolved resolveState = iota
	resolving
	resolved
)

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
	var out []*resource.Instance
	walkModules(sv.RootModule, objRoot+"/root_module", func(r *tfjson.StateResource, address, objPath string) {
		if r.DeposedKey != "" {
			return
		}
		n := l.node(source{res: r, address: address, values: r.AttributeValues, objPath: objPath, attrPath: objPath + "/values/"}, false)
		out = append(out, n.inst)
	})
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
// attribute the configuration does not set is dropped when its value is
// unknown (Terraform computes it), so that the instance says what the .tf
// source says; see also keepUnset.
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
		if planned && n.cfg != nil && expr == nil {
			var keep bool
			if v, keep = keepUnset(r.Type, k, v, s.fresh); !keep {
				continue
			}
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
	n.inst.Provider = l.prov.forInstance(n.cfg, r.ProviderName, n.inst.Attrs)
	return n
}

// keepUnset decides what becomes of attribute attr of a planned resource
// of type typ whose configuration does not set it, value v: dropped
// (keep false), kept, or made unknown.
//
//   - Unknown: computed by the provider; dropped, as in .tf source.
//   - A rule, route or association collection (see mirrorsOthers): when
//     empty, dropped (no inline rules either way). Otherwise, on an object
//     the plan creates, it can only come from `dynamic` blocks, which the
//     configuration representation omits: kept. On an existing object it
//     may equally be AWS's copy of rules that separate resources manage
//     (aws_security_group_rule, aws_network_acl_rule, aws_route, …),
//     which would count them twice: unknown, so rules abstain.
//   - Anything else (provider defaults, known ids): kept.
func keepUnset(typ, attr string, v cty.Value, fresh bool) (cty.Value, bool) {
	switch {
	case !v.IsKnown():
		return v, false
	case !mirrorsOthers(typ, attr):
		return v, true
	case v.IsNull() || v.CanIterateElements() && v.LengthInt() == 0:
		return v, false
	case fresh:
		return v, true
	}
	return cty.DynamicVal, true
}

// mirrorsOthers reports whether attribute attr of a resource of type typ,
// when the configuration does not set it, holds what other resources may
// manage: a security group's or network ACL's rules, a route table's
// routes, an ACL's subnets (aws_network_acl_association).
func mirrorsOthers(typ, attr string) bool {
	switch typ {
	case "aws_security_group", "aws_default_security_group":
		return attr == "ingress" || attr == "egress"
	case "aws_network_acl", "aws_default_network_acl":
		return attr == "ingress" || attr == "egress" || attr == "subnet_ids"
	case "aws_route_table", "aws_default_route_table":
		return attr == "route"
	}
	return false
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
		if !slices.Contains(l.modKeys[k], s.key) {
			l.modKeys[k] = append(l.modKeys[k], s.key)
		}
	}
}

// moduleCallKey names module call name in the module instance parent.
func moduleCallKey(parent modulePath, name string) string {
	return parent.String() + "\x00" + name
}
