package funcs

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// maxRange is Terraform's own limit on the length of range()'s result.
const maxRange = 1024

// identityFunc returns its argument (sensitive, nonsensitive: vpclint has
// no notion of sensitivity).
var identityFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowNull: true,
		AllowUnknown: true, AllowDynamicType: true}},
	Type: func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) { return args[0], nil },
})

// unknownFunc returns a function whose result is never known before apply.
func unknownFunc(ty cty.Type) function.Function {
	return function.New(&function.Spec{
		Type: function.StaticReturnType(ty),
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) { return cty.UnknownVal(ty), nil },
	})
}

func stringPredicate(name string, pred func(s, sub string) bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}, {Name: name, Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			return cty.BoolVal(pred(args[0].AsString(), args[1].AsString())), nil
		},
	})
}

var (
	startsWithFunc  = stringPredicate("prefix", strings.HasPrefix)
	endsWithFunc    = stringPredicate("suffix", strings.HasSuffix)
	strContainsFunc = stringPredicate("substr", strings.Contains)
)

// boolListFunc is alltrue/anytrue: every (some) element of a list of bools
// is true.
func boolListFunc(all bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "list", Type: cty.List(cty.Bool)}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			for it := args[0].ElementIterator(); it.Next(); {
				_, v := it.Element()
				if !v.IsKnown() {
					return cty.UnknownVal(cty.Bool), nil
				}
				if v.IsNull() {
					continue
				}
				if v.True() != all {
					return cty.BoolVal(!all), nil
				}
			}
			return cty.BoolVal(all), nil
		},
	})
}

var (
	allTrueFunc = boolListFunc(true)
	anyTrueFunc = boolListFunc(false)
)

// sumFunc adds the numbers of a list or set.
var sumFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type:   function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		list := args[0]
		if !list.CanIterateElements() || list.LengthInt() == 0 {
			return cty.NilVal, errors.New("sum needs a non-empty list or set of numbers")
		}
		total := cty.Zero
		for it := list.ElementIterator(); it.Next(); {
			_, v := it.Element()
			n, err := convert.Convert(v, cty.Number)
			if err != nil || n.IsNull() {
				return cty.NilVal, errors.New("sum needs numbers")
			}
			if !n.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
			total = total.Add(n)
		}
		return total, nil
	},
})

// oneFunc returns the only element of a list or set, or null when empty.
var oneFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}},
	Type: func(args []cty.Value) (cty.Type, error) {
		ty := args[0].Type()
		switch {
		case ty.IsListType() || ty.IsSetType():
			return ty.ElementType(), nil
		case ty.IsTupleType():
			if n := len(ty.TupleElementTypes()); n == 1 {
				return ty.TupleElementTypes()[0], nil
			}
			return cty.DynamicPseudoType, nil
		case ty == cty.DynamicPseudoType:
			return cty.DynamicPseudoType, nil
		}
		return cty.NilType, errors.New("one needs a list, set or tuple")
	},
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		v := args[0]
		switch n := v.LengthInt(); n {
		case 0:
			return cty.NullVal(retType), nil
		case 1:
			it := v.ElementIterator()
			it.Next()
			_, e := it.Element()
			return e, nil
		default:
			return cty.NilVal, fmt.Errorf("one needs at most one element, got %d", n)
		}
	},
})

// rangeFunc is stdlib's range with Terraform's bound on the result length.
var rangeFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "params", Type: cty.Number},
	Type:     function.StaticReturnType(cty.List(cty.Number)),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		if len(args) < 1 || len(args) > 3 {
			return cty.NilVal, errors.New("range needs one to three numbers")
		}
		start, end, step := 0.0, 0.0, 1.0
		f := func(v cty.Value) float64 { x, _ := v.AsBigFloat().Float64(); return x }
		switch len(args) {
		case 1:
			end = f(args[0])
		case 2:
			start, end = f(args[0]), f(args[1])
		case 3:
			start, end, step = f(args[0]), f(args[1]), f(args[2])
		}
		if step != 0 && (end-start)/step > maxRange {
			return cty.NilVal, limitErrorf("range", "range would produce more than %d values, which Terraform refuses too", maxRange)
		}
		return stdlib.RangeFunc.Call(args)
	},
})

// replaceFunc is Terraform's replace: a substring wrapped in slashes is a
// regular expression.
var replaceFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "str", Type: cty.String}, {Name: "substr", Type: cty.String}, {Name: "replace", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		str, sub, repl := args[0].AsString(), args[1].AsString(), args[2].AsString()
		if len(sub) > 1 && sub[0] == '/' && sub[len(sub)-1] == '/' {
			re, err := regexp.Compile(sub[1 : len(sub)-1])
			if err != nil {
				return cty.NilVal, err
			}
			return cty.StringVal(re.ReplaceAllString(str, repl)), nil
		}
		return cty.StringVal(strings.ReplaceAll(str, sub, repl)), nil
	},
})

// indexFunc is Terraform's index(list, value): the position of value.
var indexFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "list", Type: cty.DynamicPseudoType}, {Name: "value", Type: cty.DynamicPseudoType}},
	Type:   function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		if !args[0].Type().IsListType() && !args[0].Type().IsTupleType() {
			return cty.NilVal, errors.New("index needs a list or tuple")
		}
		for it := args[0].ElementIterator(); it.Next(); {
			i, v := it.Element()
			eq, err := stdlib.Equal(v, args[1])
			if err != nil {
				return cty.NilVal, err
			}
			if eq.IsKnown() && eq.True() {
				return i, nil
			}
			if !eq.IsKnown() {
				return cty.UnknownVal(cty.Number), nil
			}
		}
		return cty.NilVal, errors.New("item not found")
	},
})

// matchKeysFunc is Terraform's matchkeys(values, keys, searchset).
var matchKeysFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "values", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "keys", Type: cty.List(cty.DynamicPseudoType)},
		{Name: "searchset", Type: cty.List(cty.DynamicPseudoType)},
	},
	Type: func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		vals, keys, search := args[0].AsValueSlice(), args[1].AsValueSlice(), args[2].AsValueSlice()
		if len(vals) != len(keys) {
			return cty.NilVal, errors.New("matchkeys needs values and keys of the same length")
		}
		var out []cty.Value
		for i, k := range keys {
			for _, s := range search {
				if eq, err := stdlib.Equal(k, s); err == nil && eq.IsKnown() && eq.True() {
					out = append(out, vals[i])
					break
				}
			}
		}
		if len(out) == 0 {
			return cty.ListValEmpty(retType.ElementType()), nil
		}
		return cty.ListVal(out), nil
	},
})

// transposeFunc is Terraform's transpose(map(list(string))).
var transposeFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "values", Type: cty.Map(cty.List(cty.String))}},
	Type:   function.StaticReturnType(cty.Map(cty.List(cty.String))),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		out := map[string][]cty.Value{}
		for it := args[0].ElementIterator(); it.Next(); {
			k, list := it.Element()
			for lit := list.ElementIterator(); lit.Next(); {
				_, v := lit.Element()
				if !v.IsKnown() {
					return cty.UnknownVal(cty.Map(cty.List(cty.String))), nil
				}
				out[v.AsString()] = append(out[v.AsString()], k)
			}
		}
		m := map[string]cty.Value{}
		for k, vs := range out {
			m[k] = cty.ListVal(vs)
		}
		if len(m) == 0 {
			return cty.MapValEmpty(cty.List(cty.String)), nil
		}
		return cty.MapVal(m), nil
	},
})

// lookupFunc is Terraform's lookup(map, key[, default]): the default may be
// null, and without one a missing key is an error.
var lookupFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "inputMap", Type: cty.DynamicPseudoType},
		{Name: "key", Type: cty.String},
	},
	VarParam: &function.Parameter{Name: "default", Type: cty.DynamicPseudoType, AllowNull: true,
		AllowUnknown: true, AllowDynamicType: true},
	Type: func(args []cty.Value) (cty.Type, error) {
		if len(args) > 3 {
			return cty.NilType, errors.New("lookup takes at most three arguments")
		}
		return cty.DynamicPseudoType, nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		m, key := args[0], args[1].AsString()
		ty := m.Type()
		if !ty.IsMapType() && !ty.IsObjectType() {
			return cty.NilVal, errors.New("lookup needs a map or an object")
		}
		if !m.IsKnown() {
			return cty.DynamicVal, nil
		}
		if m.IsNull() {
			return cty.NilVal, errors.New("lookup of a null map")
		}
		has := ty.IsMapType() && m.HasIndex(cty.StringVal(key)).True() ||
			ty.IsObjectType() && ty.HasAttribute(key)
		switch {
		case has && ty.IsMapType():
			return m.Index(cty.StringVal(key)), nil
		case has:
			return m.GetAttr(key), nil
		case len(args) == 3:
			return args[2], nil
		}
		return cty.NilVal, fmt.Errorf("lookup failed to find key %q", key)
	},
})

// maxProduct bounds setproduct's result, which cty's version builds
// however large (setproduct(range(1000), range(1000), range(1000)) asks for
// 10⁹ elements and exhausts memory).
const maxProduct = 100000

// setProductFunc is stdlib's setproduct with a bound on the result size.
var setProductFunc = function.New(&function.Spec{
	VarParam: &function.Parameter{Name: "sets", Type: cty.DynamicPseudoType},
	Type: func(args []cty.Value) (cty.Type, error) {
		return stdlib.SetProductFunc.ReturnType(argTypes(args))
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		total := 1
		for _, a := range args {
			if !a.IsKnown() || a.IsNull() || !a.CanIterateElements() {
				return stdlib.SetProductFunc.Call(args)
			}
			total *= a.LengthInt()
			if total > maxProduct {
				return cty.NilVal, limitErrorf("setproduct", "setproduct would produce more than %d elements, the most vpclint evaluates", maxProduct)
			}
		}
		return stdlib.SetProductFunc.Call(args)
	},
})

// argTypes returns the types of args.
func argTypes(args []cty.Value) []cty.Type {
	out := make([]cty.Type, len(args))
	for i, a := range args {
		out[i] = a.Type()
	}
	return out
}
