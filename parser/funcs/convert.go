package funcs

import (
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// toCollectionFunc is stdlib.MakeToFunc(want) for tolist, toset and tomap
// (want is a list, set or map of cty.DynamicPseudoType), with a linear
// path for the common case.
//
// go-cty converts a tuple (or object) to such a collection by unifying its
// element types, which compares every pair of them: toset() of 40,000
// strings takes 19 s, of 1,000,000 hours. When all elements already have
// one type, free of unknown types, unification returns that type and
// converts nothing, so the collection is built directly from the elements:
// the same value, in linear time. Anything else (mixed types, as in
// toset([1, "a"]), which gives strings; empty, null or unknown values) goes
// to the library.
func toCollectionFunc(want cty.Type) function.Function {
	lib := stdlib.MakeToFunc(want)
	return function.New(&function.Spec{
		Description: lib.Description(),
		Params:      lib.Params(),
		Type: func(args []cty.Value) (cty.Type, error) {
			if homogeneous(args[0].Type(), want) {
				return want, nil
			}
			return lib.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v := args[0]
			if !homogeneous(v.Type(), want) || v.IsNull() {
				return lib.Call(args)
			}
			switch {
			case want.IsListType():
				return cty.ListVal(v.AsValueSlice()), nil
			case want.IsSetType():
				return cty.SetVal(v.AsValueSlice()), nil
			default:
				return cty.MapVal(v.AsValueMap()), nil
			}
		},
	})
}

// homogeneous reports whether the elements of a value of type ty (a tuple
// for a list or set want, an object for a map) all have one type, free of
// cty.DynamicPseudoType, and there is at least one.
func homogeneous(ty, want cty.Type) bool {
	var elems []cty.Type
	switch {
	case ty.IsTupleType() && (want.IsListType() || want.IsSetType()):
		elems = ty.TupleElementTypes()
	case ty.IsObjectType() && want.IsMapType():
		for _, t := range ty.AttributeTypes() {
			elems = append(elems, t)
		}
	}
	if len(elems) == 0 || elems[0].HasDynamicTypes() {
		return false
	}
	for _, t := range elems[1:] {
		if !t.Equals(elems[0]) {
			return false
		}
	}
	return true
}
