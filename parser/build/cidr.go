package build

import (
	"fmt"
	"net/netip"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// cidrChecker parses the CIDR arguments of one resource. lax is true for
// resources whose provider code lets a CIDR with host bits through
// (aws_network_acl_rule, semantics §2.4), which changes what the problem
// message says.
type cidrChecker struct {
	b   *builder
	lax bool
}

// cidrs returns a checker for the CIDR arguments of in.
func (b *builder) cidrs(in *resource.Instance) cidrChecker {
	return cidrChecker{b: b, lax: in.Type == "aws_network_acl_rule"}
}

// one parses argument name of f as one CIDR block. Unset (null or "") is
// known and invalid; unknown values and reference strings are unknown; a
// malformed CIDR or one with host bits set is a problem, and unknown.
func (c cidrChecker) one(f fields, name string) model.Prefix {
	return c.parse(f, name, f.get(name))
}

// list parses argument name of f as a list of CIDR blocks. An unknown list
// is one unknown prefix; unset elements are skipped.
func (c cidrChecker) list(f fields, name string) []model.Prefix {
	els, ok := elems(f.get(name))
	if !ok {
		return []model.Prefix{{}}
	}
	var out []model.Prefix
	for _, e := range els {
		if p := c.parse(f, name, e); p.IsSet() || !p.Known {
			out = append(out, p)
		}
	}
	return out
}

func (c cidrChecker) parse(f fields, name string, v cty.Value) model.Prefix {
	if isUnset(v) {
		return model.Prefix{Known: true}
	}
	s, ok := asString(v)
	if !ok || resource.IsRef(s) {
		return model.Prefix{}
	}
	p, err := netip.ParsePrefix(s)
	switch {
	case err != nil:
		c.b.problem(f.locOf(name), fmt.Sprintf("%s %q is not a valid CIDR block", name, s))
		return model.Prefix{}
	case p != p.Masked():
		why := "the provider rejects it"
		if c.lax {
			why = "the provider does not check it, so AWS may not get the block you meant"
		}
		c.b.problem(f.locOf(name), fmt.Sprintf("%s %q has host bits set; %s (did you mean %s?)", name, s, why, p.Masked()))
		return model.Prefix{}
	}
	return model.Prefix{Prefix: p, Known: true}
}
