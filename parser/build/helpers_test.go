package build

import (
	"maps"
	"net/netip"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// vals are the attributes of a hand-made instance or block.
type vals map[string]cty.Value

// fixture collects hand-made instances; each gets its own line of main.tf.
type fixture struct {
	insts []*resource.Instance
	line  int
}

// opt modifies an instance being added.
type opt func(*resource.Instance, *fixture)

// res adds a managed instance at address addr ("module.m.aws_vpc.a[0]").
func (fx *fixture) res(addr string, attrs vals, opts ...opt) *resource.Instance {
	fx.line += 10
	in := &resource.Instance{
		Mode:     "managed",
		Type:     addressType(addr),
		Address:  addr,
		DefRange: rng(fx.line),
		Range:    hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: fx.line}, End: hcl.Pos{Line: fx.line + 9}},
		Body:     body(fx.line, attrs),
	}
	if i := strings.Index(addr, "."+in.Type+"."); i >= 0 {
		in.Module = addr[:i]
	}
	for _, o := range opts {
		o(in, fx)
	}
	fx.insts = append(fx.insts, in)
	return in
}

// build runs Network on the instances added so far.
func (fx *fixture) build() *model.Network { return Network(fx.insts) }

// block adds a nested block on the next line.
func block(name string, attrs vals) opt {
	return func(in *resource.Instance, fx *fixture) {
		fx.line++
		if in.Blocks == nil {
			in.Blocks = map[string][]*resource.Block{}
		}
		in.Blocks[name] = append(in.Blocks[name], &resource.Block{
			Type:     name,
			DefRange: rng(fx.line),
			Range:    rng(fx.line),
			Body:     body(fx.line, attrs),
		})
	}
}

// unknownBlocks marks a dynamic block type with an unknown for_each.
func unknownBlocks(name string) opt {
	return func(in *resource.Instance, _ *fixture) {
		if in.UnknownBlocks == nil {
			in.UnknownBlocks = map[string]bool{}
		}
		in.UnknownBlocks[name] = true
	}
}

// maybeAbsent marks an instance whose count/for_each is unknown.
func maybeAbsent(in *resource.Instance, _ *fixture) { in.MaybeAbsent = true }

// data makes the instance a data source.
func data(in *resource.Instance, _ *fixture) { in.Mode = "data" }

// withProvider sets the instance's provider configuration.
func withProvider(p *resource.Provider) opt {
	return func(in *resource.Instance, _ *fixture) { in.Provider = p }
}

// rng is a range on line of main.tf.
func rng(line int) hcl.Range {
	return hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: line, Column: 1}, End: hcl.Pos{Line: line, Column: 20}}
}

// body makes a body whose attributes sit on line.
func body(line int, attrs vals) resource.Body {
	b := resource.Body{Attrs: map[string]resource.Attr{}}
	col := 1
	for _, k := range slices.Sorted(maps.Keys(attrs)) {
		v := attrs[k]
		b.Attrs[k] = resource.Attr{Value: v, Range: hcl.Range{Filename: "main.tf", Start: hcl.Pos{Line: line, Column: col}, End: hcl.Pos{Line: line, Column: col + 1}}}
		col += 2
	}
	return b
}

// ref is a reference string to attribute "id" (or attr) of address.
func ref(address string, attr ...string) cty.Value {
	a := "id"
	if len(attr) > 0 {
		a = attr[0]
	}
	return cty.StringVal(resource.Ref(address, a))
}

// str, num, bl and list are short cty constructors.
func str(s string) cty.Value { return cty.StringVal(s) }
func num(n int64) cty.Value  { return cty.NumberIntVal(n) }
func bl(b bool) cty.Value    { return cty.BoolVal(b) }
func strs(ss ...string) cty.Value {
	if len(ss) == 0 {
		return cty.ListValEmpty(cty.String)
	}
	var vs []cty.Value
	for _, s := range ss {
		vs = append(vs, cty.StringVal(s))
	}
	return cty.TupleVal(vs)
}

var unknown = cty.DynamicVal

// pfx is a known, set prefix.
func pfx(s string) model.Prefix { return model.Prefix{Prefix: netip.MustParsePrefix(s), Known: true} }

// known is a known string.
func known(s string) model.String { return model.String{Value: s, Known: true} }

// sgRule returns a security group rule object in attribute form, with every
// key present as Terraform requires.
func sgRuleObj(proto string, from, to int64, cidrs ...string) cty.Value {
	c := cty.ListValEmpty(cty.String)
	if len(cidrs) > 0 {
		c = strs(cidrs...)
	}
	return cty.ObjectVal(map[string]cty.Value{
		"protocol":         str(proto),
		"from_port":        num(from),
		"to_port":          num(to),
		"cidr_blocks":      c,
		"ipv6_cidr_blocks": cty.ListValEmpty(cty.String),
		"prefix_list_ids":  cty.ListValEmpty(cty.String),
		"security_groups":  cty.SetValEmpty(cty.String),
		"self":             bl(false),
		"description":      cty.NullVal(cty.String),
	})
}

// problems returns the problem messages of n.
func problems(n *model.Network) []string {
	var out []string
	for _, p := range n.Problems {
		out = append(out, p.Message)
	}
	return out
}

// wantNoProblems fails the test when n has problems.
func wantNoProblems(t *testing.T, n *model.Network) {
	t.Helper()
	if len(n.Problems) > 0 {
		t.Errorf("unexpected problems: %q", problems(n))
	}
}

// providerWith is a provider configuration with the given default_tags.
func providerWith(key string, defaultTags cty.Value) *resource.Provider {
	return &resource.Provider{Key: key, DefaultTags: defaultTags, Region: cty.NullVal(cty.String)}
}
