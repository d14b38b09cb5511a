package eval

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// keyData is what count.index and each.* mean in one instance's scope:
// the value of count or each, cty.NilVal when the block has none. Built
// once per instance, not per expression.
type keyData struct {
	count, each cty.Value
}

// countKey is the keyData of count index i.
func countKey(i cty.Value) keyData {
	return keyData{count: cty.ObjectVal(map[string]cty.Value{"index": i})}
}

// eachKey is the keyData of for_each key k with value v.
func eachKey(k, v cty.Value) keyData {
	return keyData{each: cty.ObjectVal(map[string]cty.Value{"key": k, "value": v})}
}

// instanceKey is one instance of an expansion.
type instanceKey struct {
	// suffix is the address suffix: "[0]", `["web"]`, or "" for a single
	// instance and for the one instance of an unknown expansion.
	suffix string
	// name is the for_each key (the object attribute in a whole-resource
	// reference).
	name string
	data keyData
}

type expansionKind uint8

const (
	expSingle expansionKind = iota
	expCount
	expForEach
	expUnknown // count or for_each unknown: zero or more instances
)

// expansion is the result of count/for_each.
type expansion struct {
	kind expansionKind
	keys []instanceKey
}

var singleExpansion = expansion{kind: expSingle, keys: []instanceKey{{}}}

// unknownExpansion is one instance standing for any number, evaluated
// with count.index or each.* unknown.
func unknownExpansion(count bool) expansion {
	k := instanceKey{data: eachKey(cty.UnknownVal(cty.String), cty.DynamicVal)}
	if count {
		k.data = countKey(cty.UnknownVal(cty.Number))
	}
	return expansion{kind: expUnknown, keys: []instanceKey{k}}
}

// combine builds the whole-object value of an expansion from one value per
// key: the object itself, a tuple (count), an object by key (for_each), or
// unknown.
func (e expansion) combine(vals []cty.Value) cty.Value {
	switch e.kind {
	case expSingle:
		return vals[0]
	case expCount:
		if len(vals) == 0 {
			return cty.EmptyTupleVal
		}
		return cty.TupleVal(vals)
	case expForEach:
		attrs := make(map[string]cty.Value, len(vals))
		for i, k := range e.keys {
			attrs[k.name] = vals[i]
		}
		return cty.ObjectVal(attrs)
	}
	return cty.DynamicVal
}

// expand evaluates count or for_each of the block labelled what (an
// address) in scope s.
func (ev *evaluator) expand(s *scope, count, forEach hcl.Expression, what string, rng hcl.Range) expansion {
	switch {
	case count != nil:
		return ev.expandCount(s.eval(count), what, count.Range(), rng)
	case forEach != nil:
		return ev.expandForEach(s.eval(forEach), what, forEach.Range(), rng)
	}
	return singleExpansion
}

func (ev *evaluator) expandCount(v cty.Value, what string, exprRng, rng hcl.Range) expansion {
	if !v.IsKnown() {
		return unknownExpansion(true)
	}
	n, err := convert.Convert(v, cty.Number)
	var bf *big.Float
	if err == nil && !n.IsNull() {
		bf = n.AsBigFloat()
	}
	if bf == nil || !bf.IsInt() || bf.Sign() < 0 {
		ev.unevaluated.add(invalid(exprRng, "Invalid count argument",
			"The count of "+what+" must be a whole number, 0 or more; it is treated as unknown."))
		return unknownExpansion(true)
	}
	if !ev.within(what, bf, rng) {
		return unknownExpansion(true)
	}
	total, _ := bf.Int64()
	e := expansion{kind: expCount, keys: make([]instanceKey, total)}
	for i := range e.keys {
		e.keys[i] = instanceKey{
			suffix: "[" + strconv.Itoa(i) + "]",
			data:   countKey(cty.NumberIntVal(int64(i))),
		}
	}
	return e
}

func (ev *evaluator) expandForEach(v cty.Value, what string, exprRng, rng hcl.Range) expansion {
	ty := v.Type()
	switch {
	case !v.IsKnown():
		return unknownExpansion(false)
	case v.IsNull() || !ty.IsMapType() && !ty.IsObjectType() && !ty.IsSetType():
		ev.unevaluated.add(invalid(exprRng, "Invalid for_each argument",
			"The for_each of "+what+" must be a map, an object or a set of strings; it is treated as unknown."))
		return unknownExpansion(false)
	case ty.IsSetType():
		if !v.IsWhollyKnown() {
			return unknownExpansion(false)
		}
		if v.LengthInt() > 0 && !ty.ElementType().Equals(cty.String) {
			// An empty set of any element type (toset([])) is no instance.
			ev.unevaluated.add(invalid(exprRng, "Invalid for_each argument",
				"The for_each set of "+what+" must hold strings; it is treated as unknown."))
			return unknownExpansion(false)
		}
	}
	if !ev.within(what, big.NewFloat(float64(v.LengthInt())), rng) {
		return unknownExpansion(false)
	}
	e := expansion{kind: expForEach}
	for it := v.ElementIterator(); it.Next(); {
		k, val := it.Element()
		if k.IsNull() {
			ev.unevaluated.add(invalid(exprRng, "Invalid for_each argument",
				"The for_each of "+what+" has a null key; it is treated as unknown."))
			return unknownExpansion(false)
		}
		if ty.IsSetType() {
			val = k
		}
		name := k.AsString()
		e.keys = append(e.keys, instanceKey{
			suffix: "[" + quoteHCL(name) + "]",
			name:   name,
			data:   eachKey(k, val),
		})
	}
	return e
}

// within checks n instances of what against MaxInstances and the total
// budget, reporting an error when exceeded.
func (ev *evaluator) within(what string, n *big.Float, rng hcl.Range) bool {
	limit := ev.opts.MaxInstances
	if n.Cmp(big.NewFloat(float64(limit))) > 0 {
		ev.report(&hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Too many instances",
			Detail: fmt.Sprintf("%s (%s) expands to %s instances; vpclint evaluates at most %d per block.",
				what, at(rng), n.Text('f', 0), limit),
			Subject: rng.Ptr(),
		})
		return false
	}
	i, _ := n.Int64()
	return ev.spend(int(i), what, rng)
}

// spend takes n from the budget of instances and generated blocks of the
// whole configuration, reporting an error (once) when it is exhausted.
func (ev *evaluator) spend(n int, what string, rng hcl.Range) bool {
	ev.instances += n
	limit := ev.opts.MaxInstances * maxTotalFactor
	if ev.instances <= limit {
		return true
	}
	ev.report(&hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Configuration too large",
		Detail: fmt.Sprintf("Expanding %s (%s) takes the configuration past %d resource instances and dynamic blocks, the most vpclint evaluates.",
			what, at(rng), limit),
		Subject: rng.Ptr(),
	})
	ev.instances = limit + 1
	return false
}

func invalid(rng hcl.Range, summary, detail string) hcl.Diagnostics {
	return hcl.Diagnostics{{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: rng.Ptr()}}
}

// quoteHCL quotes s as Terraform writes instance keys in addresses.
func quoteHCL(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case (r == '$' || r == '%') && strings.HasPrefix(s[i+1:], "{"):
			b.WriteRune(r)
			b.WriteRune(r)
		case !unicode.IsPrint(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
