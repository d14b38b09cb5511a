package build

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// tags returns the effective tags of in: the default_tags of its provider
// configuration merged with its own tags, its own winning (semantics §5).
// A null map is absent; an unknown map (or a value that is not a map)
// makes the result unknown. A null tag value is no tag.
func tags(in *resource.Instance) model.Tags {
	t := model.Tags{Known: true, Values: map[string]model.String{}, FromDefault: map[string]bool{}}
	if in.Provider != nil {
		keys, ok := addTags(t.Values, in.Provider.DefaultTags)
		t.Known = ok
		for _, k := range keys {
			t.FromDefault[k] = true
		}
	}
	keys, ok := addTags(t.Values, instanceFields(in).get("tags"))
	t.Known = t.Known && ok
	for _, k := range keys {
		delete(t.FromDefault, k)
	}
	return t
}

// addTags adds the entries of map v to dst, overwriting, and returns the
// keys added. ok is false when v is unknown or not a map.
func addTags(dst map[string]model.String, v cty.Value) (added []string, ok bool) {
	if v == cty.NilVal {
		return nil, true
	}
	keys, vals, ok := entries(v)
	if !ok {
		return nil, false
	}
	for i, k := range keys {
		if isNull(vals[i]) {
			continue
		}
		s, known := asString(vals[i])
		dst[k] = model.String{Value: s, Known: known}
		added = append(added, k)
	}
	return added, true
}
