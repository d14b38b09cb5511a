// Package resource holds the evaluated resource instances that the
// configuration evaluator (parser/eval) and the plan loader produce and the
// model builder (parser/build) turns into a model.Network. It is the seam
// between "what Terraform would compute" and "what the network is".
//
// References between resources are carried as reference strings (see
// Ref): a computed id-like attribute of a managed resource (id, arn,
// *_id) that the configuration does not set evaluates to a known string
// naming the instance and attribute, so it flows through locals, module
// inputs and outputs, conditionals, splats and collection functions exactly
// as Terraform's value would, and the builder can follow it.
package resource

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Instance is one resource instance after count/for_each expansion, with
// every attribute evaluated.
type Instance struct {
	// Mode is "managed" or "data"; "output" for a root module output
	// (Type "output", the value in Attrs["value"]), and "module" for a call
	// of a module that was not loaded (Type "module", its arguments in
	// Attrs): they tell the builder what the configuration hands to code it
	// cannot see.
	Mode string
	Type string
	Name string
	// Address is absolute, with module path and index:
	// module.net["a"].aws_subnet.private[0].
	Address string
	// Module is the module instance path ("" for the root module).
	Module string
	// DefRange is the block header; Range is the whole block.
	DefRange hcl.Range
	Range    hcl.Range
	Body
	// MaybeAbsent is true when the instance's count or for_each is
	// unknown: it stands for zero or more instances whose attributes were
	// evaluated with count.index / each.key / each.value unknown.
	MaybeAbsent bool
	// Provider is the provider configuration the instance uses.
	Provider *Provider
	// Mentions are the managed resources (addresses without instance
	// keys) whose id the instance's arguments read, directly or through
	// locals, whatever the values: the syntactic side of its links, for
	// when a value is unknown. Nil when not known (plan JSON).
	Mentions []string
}

// Body is the evaluated content of a block.
type Body struct {
	// Attrs are the attributes set in the block. Attributes that are not
	// set are absent (not null).
	Attrs map[string]Attr
	// Blocks are the nested blocks by type, in source order, after
	// dynamic-block expansion.
	Blocks map[string][]*Block
	// UnknownBlocks lists nested block types for which a dynamic block's
	// for_each was unknown, so the set of blocks is not known.
	UnknownBlocks map[string]bool
}

// Attr is one evaluated attribute.
type Attr struct {
	Value cty.Value
	Range hcl.Range
}

// Block is one nested block.
type Block struct {
	Type     string
	DefRange hcl.Range
	Range    hcl.Range
	Body
}

// Provider is one provider configuration (a provider block or its alias).
type Provider struct {
	// Key identifies the configuration: "aws", "aws.west",
	// "module.net:aws" for a provider block inside a module.
	Key string
	// DefaultTags is default_tags.tags as evaluated: a null value when the
	// block or attribute is absent, possibly unknown.
	DefaultTags cty.Value
	// Region is the region attribute (null when unset).
	Region cty.Value
	// DefRange is the provider block's header; zero for the implicit empty
	// configuration Terraform uses when no block is written.
	DefRange hcl.Range
}

// refPrefix marks a reference string. A NUL byte cannot appear in HCL
// source strings, so a real value never looks like a reference.
const refPrefix = "\x00ref:"

// Ref builds the reference string for attribute attr of the instance at
// address, e.g. Ref("module.net.aws_vpc.this[0]", "id").
func Ref(address, attr string) string {
	return refPrefix + address + "#" + attr
}

// ParseRef splits a reference string into the instance address and the
// attribute name. ok is false for any other string.
func ParseRef(s string) (address, attr string, ok bool) {
	rest, found := strings.CutPrefix(s, refPrefix)
	if !found {
		return "", "", false
	}
	i := strings.LastIndexByte(rest, '#')
	if i < 0 {
		return "", "", false
	}
	return rest[:i], rest[i+1:], true
}

// IsRef reports whether s is a reference string.
func IsRef(s string) bool { return strings.HasPrefix(s, refPrefix) }
