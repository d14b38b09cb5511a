package build

import (
	"slices"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// notAttachments are the types whose references to a security group make it
// a rule's owner or peer, not a user of the group.
var notAttachments = map[string]bool{
	"aws_security_group":                  true,
	"aws_default_security_group":          true,
	"aws_security_group_rule":             true,
	"aws_vpc_security_group_ingress_rule": true,
	"aws_vpc_security_group_egress_rule":  true,
}

// attachments records in as a user of every security group that any of its
// arguments, at any depth, names by id, and as a possible user of every
// other group its expressions mention (in.Mentions). A root module output that exports a
// group's id is a user too (of type "output"): the group is used outside
// the configuration, by something vpclint cannot see; so is a call of a
// module that was not loaded (type "module") that is given the id.
func (b *builder) attachments(in *resource.Instance) {
	if notAttachments[in.Type] {
		return
	}
	seen := map[*model.SecurityGroup]bool{}
	var visitBody func(body resource.Body)
	visitValue := func(v cty.Value) {
		walkStrings(v, func(s string) {
			for _, g := range b.groupsNamed(s) {
				if !seen[g] {
					seen[g] = true
					g.UsedBy = append(g.UsedBy, &model.Resource{
						Type: in.Type, Address: in.Address, Module: in.Module,
						DefRange: in.DefRange, MaybeAbsent: in.MaybeAbsent,
					})
				}
			}
		})
	}
	// The walk may take any order: a group gets at most one entry per
	// instance, so its UsedBy is in instance order whatever it is.
	visitBody = func(body resource.Body) {
		for _, a := range body.Attrs {
			visitValue(a.Value)
		}
		for _, blocks := range body.Blocks {
			for _, blk := range blocks {
				visitBody(blk.Body)
			}
		}
	}
	visitBody(in.Body)
	for _, base := range in.Mentions {
		for _, target := range b.refs.byBase[base] {
			if g := b.sgs[target]; g != nil && !seen[g] {
				seen[g] = true
				g.MaybeUsedBy = append(g.MaybeUsedBy, &model.Resource{
					Type: in.Type, Address: in.Address, Module: in.Module,
					DefRange: in.DefRange, MaybeAbsent: in.MaybeAbsent,
				})
			}
		}
	}
}

// groupsNamed returns the group an id names, or, for the reference of a
// counted group without an instance key (an instance picked by an unknown
// key), every instance of that group: one of them is used.
func (b *builder) groupsNamed(s string) []*model.SecurityGroup {
	t := b.resolveString(s)
	if t.inst == nil && t.literal != "" {
		return nil // neither a reference nor an id of the build
	}
	if g := b.sgAt(t); g != nil {
		return []*model.SecurityGroup{g}
	}
	address, attr, ok := resource.ParseRef(s)
	if !ok || attr != "id" {
		return nil
	}
	var out []*model.SecurityGroup
	for _, in := range b.refs.byBase[address] {
		if g := b.sgs[in]; g != nil {
			out = append(out, g)
		}
	}
	return out
}

// walkStrings calls fn with every known string inside v, in no particular
// order.
func walkStrings(v cty.Value, fn func(string)) {
	ty := v.Type()
	switch {
	case !v.IsKnown() || v.IsNull():
	case ty == cty.String:
		fn(v.AsString())
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		for _, e := range v.AsValueSlice() {
			walkStrings(e, fn)
		}
	case ty.IsMapType():
		for _, e := range v.AsValueMap() {
			walkStrings(e, fn)
		}
	case ty.IsObjectType():
		for name := range ty.AttributeTypes() {
			walkStrings(v.GetAttr(name), fn)
		}
	}
}

// sortedKeys returns the keys of m in order, for deterministic walks.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
