package parser

import (
	"path/filepath"
	"regexp"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/bounded"
	"github.com/vpclint/vpclint/parser/build"
	"github.com/vpclint/vpclint/parser/eval"
	"github.com/vpclint/vpclint/parser/plan"
	"github.com/vpclint/vpclint/parser/resource"
)

// maxPlanSize bounds the size of a plan or state JSON file: plans of large
// estates run to tens of megabytes, and the bound keeps a stray file from
// exhausting memory.
const maxPlanSize = 256 << 20

// loadPlan reads one plan or state JSON file into a network: the planned
// one (a state's), with the plan's prior state as its Before and its
// resource changes. When the plan's folder holds the configuration (.tf
// files), each instance and change is located at its block in the source,
// so that findings land on the lines a reviewer sees in the diff, and links
// the plan JSON cannot express (references through locals) are taken from
// the evaluated source. Otherwise they stay located in the plan file, as
// do the prior state's objects and the changes of resources the source no
// longer has.
func loadPlan(p *hclparse.Parser, path string, opts Options) (*model.Network, hcl.Diagnostics) {
	src, diag := bounded.ReadFile(path, maxPlanSize)
	if diag != nil {
		return nil, hcl.Diagnostics{diag}
	}
	pl, diags := plan.Load(path, src)
	if pl == nil || diags.HasErrors() {
		return nil, diags
	}
	p.AddFile(path, &hcl.File{Bytes: src})
	var source sourceIndex
	dir := filepath.Dir(path)
	if files, _ := configFiles(dir); len(files) > 0 {
		diags = append(diags, parseAll(p, []string{dir})...)
		ev, evDiags := eval.Load(dir, eval.Options{Parser: p, Vars: opts.Vars, VarFiles: opts.VarFiles, Env: opts.Env})
		if ev != nil && !evDiags.HasErrors() {
			source = newSourceIndex(ev.Instances)
			locateInSource(pl.Instances, source)
		}
	}
	net := build.Network(pl.Instances)
	if pl.Before != nil {
		net.Before = build.Network(pl.Before)
	}
	net.Changes = modelChanges(pl.Changes, source)
	return net, diags
}

// indexKeys matches the instance keys of an address.
var indexKeys = regexp.MustCompile(`\[[^\]]*\]`)

// sourceIndex finds the source instance of a plan address.
type sourceIndex struct {
	byAddr, byBase map[string]*resource.Instance
}

// newSourceIndex indexes the evaluated source instances.
func newSourceIndex(source []*resource.Instance) sourceIndex {
	ix := sourceIndex{byAddr: map[string]*resource.Instance{}, byBase: map[string]*resource.Instance{}}
	for _, s := range source {
		ix.byAddr[s.Address] = s
		if _, dup := ix.byBase[indexKeys.ReplaceAllString(s.Address, "")]; !dup {
			ix.byBase[indexKeys.ReplaceAllString(s.Address, "")] = s
		}
	}
	return ix
}

// lookup returns the source instance with the same address, else the
// first with the same address without instance keys, else nil.
func (ix sourceIndex) lookup(address string) *resource.Instance {
	if s := ix.byAddr[address]; s != nil {
		return s
	}
	return ix.byBase[indexKeys.ReplaceAllString(address, "")]
}

// modelChanges converts a plan's resource changes, locating each at its
// source block when source has one, else at its object in the plan.
func modelChanges(changes []plan.Change, source sourceIndex) []model.Change {
	out := make([]model.Change, 0, len(changes))
	for _, c := range changes {
		loc := model.Location{Range: c.DefRange, Address: c.Address}
		if s := source.lookup(c.Address); s != nil {
			loc.Range = s.DefRange
		}
		out = append(out, model.Change{
			Location:        loc,
			Type:            c.Type,
			PreviousAddress: c.PreviousAddress,
			Deposed:         c.Deposed,
			Action:          changeActions[c.Action],
			Reason:          c.Reason,
		})
	}
	return out
}

// changeActions maps the plan reader's actions to the model's.
var changeActions = map[plan.Action]model.ChangeAction{
	plan.Unknown:             model.ChangeUnknown,
	plan.NoOp:                model.ChangeNoOp,
	plan.Create:              model.ChangeCreate,
	plan.Read:                model.ChangeRead,
	plan.Update:              model.ChangeUpdate,
	plan.Delete:              model.ChangeDelete,
	plan.Replace:             model.ChangeReplace,
	plan.CreateBeforeDestroy: model.ChangeCreateBeforeDestroy,
	plan.Forget:              model.ChangeForget,
}

// locateInSource moves each plan instance's ranges to the matching source
// instance (see sourceIndex.lookup), and fills reference-valued arguments
// that the plan left unknown with the source's reference string.
func locateInSource(planned []*resource.Instance, source sourceIndex) {
	for _, in := range planned {
		s := source.lookup(in.Address)
		if s == nil {
			continue
		}
		in.DefRange, in.Range = s.DefRange, s.Range
		for name, a := range in.Attrs {
			if blocks, ok := blocksFromSource(a.Value, s.Blocks[name]); ok && len(s.Blocks[name]) > 0 {
				delete(in.Attrs, name)
				if in.Blocks == nil {
					in.Blocks = map[string][]*resource.Block{}
				}
				in.Blocks[name] = blocks
				continue
			}
			if sa, ok := s.Attrs[name]; ok {
				if !a.Value.IsKnown() && sa.Value.IsKnown() && isRefValue(sa) {
					a.Value = sa.Value
				}
				a.Range = sa.Range
			} else if blocks := s.Blocks[name]; len(blocks) > 0 {
				a.Range = blocks[0].DefRange
			} else {
				a.Range = s.DefRange
			}
			in.Attrs[name] = a
		}
	}
}

// isRefValue reports whether a source attribute is a reference string (a
// link to another resource).
func isRefValue(a resource.Attr) bool {
	v := a.Value
	return !v.IsNull() && v.Type().FriendlyName() == "string" && resource.IsRef(v.AsString())
}

// blocksFromSource turns a planned list of nested objects (an inline rule
// or route list, which plan JSON writes as one attribute) into blocks
// located at the source blocks they came from, matching each element to
// an unused source block whose known arguments all equal the element's. It
// returns false, changing nothing, when some element has no such block.
func blocksFromSource(v cty.Value, src []*resource.Block) ([]*resource.Block, bool) {
	if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() {
		return nil, false
	}
	used := make([]bool, len(src))
	var out []*resource.Block
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if !e.IsKnown() || e.IsNull() || !e.Type().IsObjectType() {
			return nil, false
		}
		i := matchBlock(e, src, used)
		if i < 0 {
			return nil, false
		}
		used[i] = true
		blk := &resource.Block{Type: src[i].Type, DefRange: src[i].DefRange, Range: src[i].Range,
			Body: resource.Body{Attrs: map[string]resource.Attr{}}}
		for name, av := range e.AsValueMap() {
			r := src[i].DefRange
			if sa, ok := src[i].Attrs[name]; ok {
				r = sa.Range
			}
			blk.Attrs[name] = resource.Attr{Value: av, Range: r}
		}
		out = append(out, blk)
	}
	return out, true
}

// matchBlock returns the index of the first unused block whose known
// arguments equal e's, or -1.
func matchBlock(e cty.Value, src []*resource.Block, used []bool) int {
	for i, blk := range src {
		if used[i] {
			continue
		}
		match := true
		for name, a := range blk.Attrs {
			if !a.Value.IsWhollyKnown() || !e.Type().HasAttribute(name) {
				continue
			}
			pv, err := convert.Convert(e.GetAttr(name), a.Value.Type())
			if err != nil || !pv.IsWhollyKnown() || !pv.Equals(a.Value).True() {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}
