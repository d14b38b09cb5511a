package build

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// fields is something with named arguments: a resource body, a nested
// block, or one object of the attribute form (`egress = [{...}]`). Rule and
// route parsing reads all three the same way.
type fields struct {
	// body is set for a resource or block; obj otherwise.
	body *resource.Body
	obj  cty.Value
	// at is where the item is: the block's header, or the range of the
	// attribute that holds the object.
	at hcl.Range
	// address is the Terraform address of the owning resource instance.
	address string
}

// instanceFields returns the fields of a resource instance.
func instanceFields(in *resource.Instance) fields {
	return fields{body: &in.Body, at: in.DefRange, address: in.Address}
}

// loc returns the location of the item itself.
func (f fields) loc() model.Location { return model.Location{Range: f.at, Address: f.address} }

// get returns the value of argument name: null when it is not set,
// unknown when the whole object is unknown.
func (f fields) get(name string) cty.Value {
	if f.body != nil {
		a, ok := f.body.Attrs[name]
		if !ok {
			return cty.NullVal(cty.DynamicPseudoType)
		}
		return a.Value
	}
	v := f.obj
	switch {
	case !v.IsKnown():
		return cty.DynamicVal
	case v.IsNull():
		return cty.NullVal(cty.DynamicPseudoType)
	case v.Type().IsObjectType():
		if v.Type().HasAttribute(name) {
			return v.GetAttr(name)
		}
	case v.Type().IsMapType():
		if k := cty.StringVal(name); v.HasIndex(k).True() {
			return v.Index(k)
		}
	}
	return cty.NullVal(cty.DynamicPseudoType)
}

// rangeOf returns the range of argument name, for problems about its value:
// the attribute's own range in a body, else the item's range.
func (f fields) rangeOf(name string) hcl.Range {
	if f.body != nil {
		if a, ok := f.body.Attrs[name]; ok {
			return a.Range
		}
	}
	return f.at
}

// locOf returns the location of argument name.
func (f fields) locOf(name string) model.Location {
	return model.Location{Range: f.rangeOf(name), Address: f.address}
}

// items are the inline items of one nested-block type of a resource.
type items struct {
	list []fields
	// set is true when the resource surely sets the argument: blocks are
	// written, or the attribute form has a non-null value (even `[]`).
	set bool
	// complete is false when some items could not be determined: a
	// dynamic block over an unknown collection, an unknown attribute value,
	// or an unknown element.
	complete bool
}

// nested returns the items of nested-block type name of f: its blocks (in
// source order) or the elements of the attribute form. A single object
// counts as one item.
func (f fields) nested(name string) items {
	out := items{complete: true}
	if f.body != nil {
		for _, b := range f.body.Blocks[name] {
			out.list = append(out.list, fields{body: &b.Body, at: b.DefRange, address: f.address})
		}
		out.set = len(out.list) > 0
		if f.body.UnknownBlocks[name] {
			out.complete = false
		}
	}
	v := f.get(name)
	if isNull(v) {
		return out
	}
	out.set = out.set || definitelySet(v)
	at := f.rangeOf(name)
	if v.IsKnown() && (v.Type().IsObjectType() || v.Type().IsMapType()) {
		out.list = append(out.list, fields{obj: v, at: at, address: f.address})
		return out
	}
	els, ok := elems(v)
	if !ok {
		out.complete = false
		return out
	}
	for _, e := range els {
		if !e.IsKnown() {
			out.complete = false
			continue
		}
		out.list = append(out.list, fields{obj: e, at: at, address: f.address})
	}
	return out
}

// containsMarks is v.ContainsMarked() without its allocations (a path and
// a closure per element): values rarely hold marks, and every value the
// builder reads is checked.
func containsMarks(v cty.Value) bool {
	if v.IsMarked() {
		return true
	}
	if !v.IsKnown() || v.IsNull() {
		return false
	}
	switch ty := v.Type(); {
	case ty.IsObjectType():
		for name := range ty.AttributeTypes() {
			if containsMarks(v.GetAttr(name)) {
				return true
			}
		}
	case ty.IsCollectionType() || ty.IsTupleType():
		for it := v.ElementIterator(); it.Next(); {
			if _, e := it.Element(); containsMarks(e) {
				return true
			}
		}
	}
	return false
}

// unmarkAll removes the marks (such as sensitive) from every value of ins,
// in place, once, so that the builder reads plain values: cty panics when
// a marked value is read.
func unmarkAll(ins []*resource.Instance) {
	unmarkValue := func(v *cty.Value) {
		if *v != cty.NilVal && containsMarks(*v) {
			*v, _ = v.UnmarkDeep()
		}
	}
	var unmarkBody func(b *resource.Body)
	unmarkBody = func(b *resource.Body) {
		for name, a := range b.Attrs {
			if containsMarks(a.Value) {
				a.Value, _ = a.Value.UnmarkDeep()
				b.Attrs[name] = a
			}
		}
		for _, blocks := range b.Blocks {
			for _, blk := range blocks {
				unmarkBody(&blk.Body)
			}
		}
	}
	for _, in := range ins {
		if in == nil {
			continue
		}
		unmarkBody(&in.Body)
		if p := in.Provider; p != nil {
			unmarkValue(&p.DefaultTags)
			unmarkValue(&p.Region)
		}
	}
}
