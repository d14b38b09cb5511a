package build

import (
	"math/big"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/vpclint/vpclint/model"
)

// The helpers below read one cty value as a Go value. They never panic:
// an unknown value, or a value that does not convert to the wanted type,
// reports ok == false; a null value is the zero value with ok == true (the
// caller checks isNull where "unset" differs from the zero value). Values
// reach them unmarked (see unmarkAll).

// isNull reports whether v is known and null.
func isNull(v cty.Value) bool { return v.IsKnown() && v.IsNull() }

// isUnset reports whether v is known and null or the empty string. Plan
// values write an unset optional string as "", so every reference and
// CIDR position treats "" as unset.
func isUnset(v cty.Value) bool {
	if isNull(v) {
		return true
	}
	s, ok := asString(v)
	return ok && s == ""
}

// definitelySet reports whether v is surely set: known and not unset, or
// unknown with a refinement saying it is not null.
func definitelySet(v cty.Value) bool {
	if !v.IsKnown() {
		return v.Range().DefinitelyNotNull()
	}
	return !isUnset(v)
}

// asString converts v to a string.
func asString(v cty.Value) (string, bool) {
	if !v.IsKnown() {
		return "", false
	}
	if v.IsNull() {
		return "", true
	}
	s, err := convert.Convert(v, cty.String)
	if err != nil || !s.IsKnown() || s.IsNull() {
		return "", false
	}
	return s.AsString(), true
}

// asInt converts v to an int that fits in 32 bits.
func asInt(v cty.Value) (int, bool) {
	if !v.IsKnown() {
		return 0, false
	}
	if v.IsNull() {
		return 0, true
	}
	n, err := convert.Convert(v, cty.Number)
	if err != nil || !n.IsKnown() || n.IsNull() {
		return 0, false
	}
	f := n.AsBigFloat()
	if !f.IsInt() {
		return 0, false
	}
	i, acc := f.Int64()
	if acc != big.Exact || i < -1<<31 || i > 1<<31-1 {
		return 0, false
	}
	return int(i), true
}

// asBool converts v to a bool.
func asBool(v cty.Value) (bool, bool) {
	if !v.IsKnown() {
		return false, false
	}
	if v.IsNull() {
		return false, true
	}
	b, err := convert.Convert(v, cty.Bool)
	if err != nil || !b.IsKnown() || b.IsNull() {
		return false, false
	}
	return b.True(), true
}

// boolOr reads v as a model.Bool, def when null.
func boolOr(v cty.Value, def bool) model.Bool {
	if isNull(v) {
		return model.Bool{Value: def, Known: true}
	}
	b, ok := asBool(v)
	return model.Bool{Value: b, Known: ok}
}

// stringOr reads v as a model.String, def when null or "".
func stringOr(v cty.Value, def string) model.String {
	s, ok := asString(v)
	if ok && s == "" {
		s = def
	}
	return model.String{Value: s, Known: ok}
}

// elems returns the elements of a list, set or tuple. ok is false when v
// is unknown or not a collection; null has no elements.
func elems(v cty.Value) ([]cty.Value, bool) {
	if !v.IsKnown() {
		return nil, false
	}
	if v.IsNull() {
		return nil, true
	}
	ty := v.Type()
	if !ty.IsListType() && !ty.IsSetType() && !ty.IsTupleType() {
		return nil, false
	}
	out := make([]cty.Value, 0, v.LengthInt())
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		out = append(out, e)
	}
	return out, true
}

// entries returns the key/value pairs of a map or object, in key order.
// ok is false when v is unknown or of another type; null has no entries.
func entries(v cty.Value) (keys []string, vals []cty.Value, ok bool) {
	if !v.IsKnown() {
		return nil, nil, false
	}
	if v.IsNull() {
		return nil, nil, true
	}
	ty := v.Type()
	if !ty.IsMapType() && !ty.IsObjectType() {
		return nil, nil, false
	}
	for it := v.ElementIterator(); it.Next(); {
		k, e := it.Element()
		keys = append(keys, k.AsString())
		vals = append(vals, e)
	}
	return keys, vals, true
}
