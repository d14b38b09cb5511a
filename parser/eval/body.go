package eval

import (
	"maps"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/parser/resource"
)

// Meta-arguments of a resource body, which are not resource attributes.
var (
	metaAttrs  = map[string]bool{"count": true, "for_each": true, "provider": true, "depends_on": true}
	metaBlocks = map[string]bool{"lifecycle": true, "provisioner": true, "connection": true}
)

// jsonBlockTypes are the nested blocks that a JSON body is decoded with,
// since JSON cannot tell a block from an object-valued attribute without
// the provider's schema. Everything else in JSON is an attribute, which is
// also how Terraform reads attributes-as-blocks (ingress, egress, route)
// in JSON.
var jsonBlockTypes = []string{"default_tags", "ignore_tags", "accepter", "requester", "timeouts"}

var (
	jsonTopSchema  = jsonSchema(true)
	jsonBodySchema = jsonSchema(false)
	dynamicSchema  = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{{Name: "for_each"}, {Name: "iterator"}, {Name: "labels"}},
		Blocks:     []hcl.BlockHeaderSchema{{Type: "content"}},
	}
)

func jsonSchema(top bool) *hcl.BodySchema {
	s := &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "dynamic", LabelNames: []string{"type"}}}}
	for _, t := range jsonBlockTypes {
		s.Blocks = append(s.Blocks, hcl.BlockHeaderSchema{Type: t})
	}
	if top {
		s.Blocks = append(s.Blocks,
			hcl.BlockHeaderSchema{Type: "lifecycle"},
			hcl.BlockHeaderSchema{Type: "provisioner", LabelNames: []string{"type"}},
			hcl.BlockHeaderSchema{Type: "connection"})
	}
	return s
}

// evalBody evaluates a block body; top marks a resource's own body, whose
// meta-arguments are left out.
func (s *scope) evalBody(body hcl.Body, top bool) resource.Body {
	out := resource.Body{}
	switch b := body.(type) {
	case *overlay:
		return mergeEvaluated(s.evalBody(b.base, top), s.evalBody(b.over, top))
	case *hclsyntax.Body:
		out.Attrs = make(map[string]resource.Attr, len(b.Attributes))
		// One context for all the attributes: building one per attribute
		// cost more than evaluating them.
		ctx := s.bodyContext(b, top)
		for name, a := range b.Attributes {
			if !top || !metaAttrs[name] {
				out.Attrs[name] = resource.Attr{Value: s.evalAttr(a.Expr, ctx), Range: a.SrcRange}
			}
		}
		for _, blk := range b.Blocks {
			switch {
			case top && metaBlocks[blk.Type]:
			case blk.Type == "dynamic":
				s.dynamic(blk.AsHCLBlock(), &out)
			default:
				addBlock(&out, &resource.Block{
					Type: blk.Type, DefRange: blk.DefRange(), Range: blk.Range(),
					Body: s.evalBody(blk.Body, false),
				})
			}
		}
	default:
		out.Attrs = map[string]resource.Attr{}
		schema := jsonBodySchema
		if top {
			schema = jsonTopSchema
		}
		content, remain, diags := body.PartialContent(schema)
		s.m.ev.unevaluated.add(diags)
		attrs, diags := remain.JustAttributes()
		s.m.ev.unevaluated.add(diags)
		for name, a := range attrs {
			if name != "//" && (!top || !metaAttrs[name]) {
				out.Attrs[name] = resource.Attr{Value: s.evalAttr(a.Expr, nil), Range: a.Range}
			}
		}
		for _, blk := range content.Blocks {
			switch {
			case top && metaBlocks[blk.Type]:
			case blk.Type == "dynamic":
				s.dynamic(blk, &out)
			default:
				addBlock(&out, &resource.Block{
					Type: blk.Type, DefRange: blk.DefRange, Range: blockRange(blk),
					Body: s.evalBody(blk.Body, false),
				})
			}
		}
	}
	return out
}

// dynamic expands a dynamic block into out, or marks its type unknown when
// its for_each is unknown.
func (s *scope) dynamic(b *hcl.Block, out *resource.Body) {
	ev := s.m.ev
	if len(b.Labels) != 1 {
		ev.report(&hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid dynamic block",
			Detail: "A dynamic block needs exactly one label: the type of the blocks it generates.", Subject: b.DefRange.Ptr()})
		return
	}
	typ := b.Labels[0]
	content, diags := partialContent(b.Body, dynamicSchema)
	forEach := content.Attributes["for_each"]
	if forEach == nil || len(content.Blocks) != 1 {
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid dynamic block",
			Detail: "A dynamic block needs a for_each argument and one content block.", Subject: b.DefRange.Ptr()})
	}
	iterator := typ
	if a := content.Attributes["iterator"]; a != nil {
		iterator = hcl.ExprAsKeyword(a.Expr)
		if !hclsyntax.ValidIdentifier(iterator) {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid dynamic iterator name",
				Detail: "The iterator must be a single name.", Subject: a.Expr.Range().Ptr()})
		}
	}
	if diags.HasErrors() {
		for _, d := range diags {
			ev.report(d)
		}
		return
	}
	contentBlock := content.Blocks[0]
	coll := s.eval(forEach.Expr)
	ty := coll.Type()
	iterable := ty.IsCollectionType() || ty.IsTupleType() || ty.IsObjectType()
	if !coll.IsKnown() || coll.IsNull() || !iterable || (ty.IsSetType() && !coll.IsWhollyKnown()) {
		if coll.IsKnown() {
			ev.unevaluated.add(invalid(forEach.Expr.Range(), "Invalid dynamic for_each value",
				"The for_each of a dynamic block must be a collection; the blocks are treated as unknown."))
		}
		setUnknown(out, typ)
		return
	}
	if !ev.spend(coll.LengthInt(), "dynamic \""+typ+"\"", b.DefRange) {
		setUnknown(out, typ)
		return
	}
	// One scope for every element: nothing keeps it once its body is
	// evaluated.
	inner := &scope{m: s.m, key: s.key, extra: make(map[string]cty.Value, len(s.extra)+1),
		contexts: map[*hclsyntax.Body]*hcl.EvalContext{}}
	maps.Copy(inner.extra, s.extra)
	for it := coll.ElementIterator(); it.Next(); {
		k, v := it.Element()
		inner.extra[iterator] = cty.ObjectVal(map[string]cty.Value{"key": k, "value": v})
		addBlock(out, &resource.Block{
			Type: typ, DefRange: contentBlock.DefRange, Range: blockRange(contentBlock),
			Body: inner.evalBody(contentBlock.Body, false),
		})
	}
}

func addBlock(out *resource.Body, b *resource.Block) {
	if out.Blocks == nil {
		out.Blocks = map[string][]*resource.Block{}
	}
	out.Blocks[b.Type] = append(out.Blocks[b.Type], b)
}

func setUnknown(out *resource.Body, typ string) {
	if out.UnknownBlocks == nil {
		out.UnknownBlocks = map[string]bool{}
	}
	out.UnknownBlocks[typ] = true
}
