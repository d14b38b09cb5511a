package plan

import (
	"encoding/json"
	"math"

	"github.com/zclconf/go-cty/cty"
)

// toValue converts a decoded JSON value (as encoding/json produces it, with
// json.Number or float64 numbers) into a cty value, overlaying unknown:
// the matching part of after_unknown, where true marks a value (or a
// whole sub-tree) that is known only after apply. Objects become cty
// objects, arrays tuples, null a null of dynamic type, unknown
// cty.DynamicVal. Keys that after_unknown marks true but the value lacks
// (Terraform omits them) are added as unknown.
func toValue(v, unknown any) cty.Value {
	if unknown == true {
		return cty.DynamicVal
	}
	switch v := v.(type) {
	case nil:
		return cty.NullVal(cty.DynamicPseudoType)
	case bool:
		return cty.BoolVal(v)
	case string:
		return cty.StringVal(v)
	case json.Number:
		n, err := cty.ParseNumberVal(string(v))
		if err != nil {
			return cty.DynamicVal
		}
		return n
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return cty.DynamicVal
		}
		return cty.NumberFloatVal(v)
	case []any:
		u, _ := unknown.([]any)
		elems := make([]cty.Value, len(v))
		for i, e := range v {
			var ue any
			if i < len(u) {
				ue = u[i]
			}
			elems[i] = toValue(e, ue)
		}
		return cty.TupleVal(elems)
	case map[string]any:
		return cty.ObjectVal(objectAttrs(v, unknown))
	}
	return cty.DynamicVal
}

// objectAttrs converts the members of a JSON object, overlaying unknown.
func objectAttrs(obj map[string]any, unknown any) map[string]cty.Value {
	u, _ := unknown.(map[string]any)
	attrs := make(map[string]cty.Value, len(obj)+len(u))
	for k, e := range obj {
		attrs[k] = toValue(e, u[k])
	}
	for k, ue := range u {
		if _, ok := obj[k]; !ok && ue == true {
			attrs[k] = cty.DynamicVal
		}
	}
	return attrs
}
