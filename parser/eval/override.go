package eval

import (
	"maps"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/parser/resource"
)

// overlay is a block body changed by an override file (override.tf,
// *_override.tf): an attribute of over replaces the one of base, and the
// blocks of a type that over has replace all of base's blocks of that type,
// as Terraform merges override files.
type overlay struct {
	base, over hcl.Body
}

// overlayBodies merges over into base.
func overlayBodies(base, over hcl.Body) hcl.Body {
	return &overlay{base: base, over: over}
}

// Content implements hcl.Body.
func (o *overlay) Content(schema *hcl.BodySchema) (*hcl.BodyContent, hcl.Diagnostics) {
	content, _, diags := o.PartialContent(schema)
	return content, diags
}

// PartialContent implements hcl.Body.
func (o *overlay) PartialContent(schema *hcl.BodySchema) (*hcl.BodyContent, hcl.Body, hcl.Diagnostics) {
	bc, br, diags := o.base.PartialContent(relaxed(schema))
	oc, or, d := o.over.PartialContent(relaxed(schema))
	diags = append(diags, d...)
	out := &hcl.BodyContent{Attributes: hcl.Attributes{}, MissingItemRange: bc.MissingItemRange}
	for name, a := range bc.Attributes {
		out.Attributes[name] = a
	}
	for name, a := range oc.Attributes {
		out.Attributes[name] = a
	}
	replaced := map[string]bool{}
	for _, b := range oc.Blocks {
		replaced[b.Type] = true
	}
	for _, b := range bc.Blocks {
		if !replaced[b.Type] {
			out.Blocks = append(out.Blocks, b)
		}
	}
	out.Blocks = append(out.Blocks, oc.Blocks...)
	return out, &overlay{base: br, over: or}, diags
}

// relaxed drops Required from a schema: an override sets only some
// attributes, and the base may lack what the override supplies.
func relaxed(schema *hcl.BodySchema) *hcl.BodySchema {
	out := &hcl.BodySchema{Blocks: schema.Blocks}
	for _, a := range schema.Attributes {
		out.Attributes = append(out.Attributes, hcl.AttributeSchema{Name: a.Name})
	}
	return out
}

// JustAttributes implements hcl.Body.
func (o *overlay) JustAttributes() (hcl.Attributes, hcl.Diagnostics) {
	attrs, diags := o.base.JustAttributes()
	over, d := o.over.JustAttributes()
	diags = append(diags, d...)
	if attrs == nil {
		attrs = hcl.Attributes{}
	}
	for name, a := range over {
		attrs[name] = a
	}
	return attrs, diags
}

// MissingItemRange implements hcl.Body.
func (o *overlay) MissingItemRange() hcl.Range { return o.base.MissingItemRange() }

// mergeEvaluated applies the override rule to two evaluated bodies.
func mergeEvaluated(base, over resource.Body) resource.Body {
	maps.Copy(base.Attrs, over.Attrs)
	for typ := range over.Blocks {
		delete(base.Blocks, typ)
		delete(base.UnknownBlocks, typ)
	}
	for typ := range over.UnknownBlocks {
		delete(base.Blocks, typ)
		delete(base.UnknownBlocks, typ)
	}
	for _, blocks := range over.Blocks {
		for _, b := range blocks {
			addBlock(&base, b)
		}
	}
	for typ := range over.UnknownBlocks {
		setUnknown(&base, typ)
	}
	return base
}
