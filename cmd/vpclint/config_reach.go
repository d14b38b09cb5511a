package main

import (
	"errors"
	"slices"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/rules"
)

// The rule and option that the config file's reach blocks set.
var (
	reachRuleID     = rules.ReachAssertion.ID
	reachOptionName = "assertions"
)

// decodeReachBlocks reads the top-level reach blocks into the
// reach-assertion rule's option "assertions", one object per block (the
// label is its name), checked with the option's Parse so that a bad
// attribute is reported at its line. Assertions may instead be written as
// the option itself, `assertions = [{ name = …, … }]` in the rule's block,
// but not both ways. It records where each assertion is written in
// c.ReachRanges.
func (c *fileConfig) decodeReachBlocks(blocks []*hcl.Block, known []*lint.Rule) hcl.Diagnostics {
	var reachBlocks []*hcl.Block
	var ruleBlock *hcl.Block
	for _, b := range blocks {
		switch {
		case b.Type == "reach":
			reachBlocks = append(reachBlocks, b)
		case b.Type == "rule" && b.Labels[0] == reachRuleID:
			ruleBlock = b
		}
	}
	if len(reachBlocks) == 0 {
		c.optionRanges(ruleBlock)
		return nil
	}
	opt := reachOption(known)
	if opt == nil {
		return hcl.Diagnostics{errorAt(reachBlocks[0].DefRange, "Unknown rule",
			"reach blocks set the assertions of rule %q, which this build of vpclint does not have.", reachRuleID)}
	}
	if _, set := c.Rules[reachRuleID].Options[reachOptionName]; set {
		return hcl.Diagnostics{errorAt(reachBlocks[0].DefRange, "Assertions given twice",
			"Rule %q already sets %s at %s: write the assertions either as reach blocks or in the rule block.",
			reachRuleID, reachOptionName, ruleBlock.DefRange)}
	}
	var (
		diags   hcl.Diagnostics
		objects []map[string]any
		seen    = map[string]*hcl.Block{}
	)
	for _, b := range reachBlocks {
		name := b.Labels[0]
		if first, dup := seen[name]; dup {
			diags = append(diags, errorAt(b.DefRange, "Duplicate reach block",
				"The reach block %q was already given at %s.", name, first.DefRange))
			continue
		}
		seen[name] = b
		obj, d := decodeReachBlock(b, opt)
		diags = append(diags, d...)
		objects = append(objects, obj)
		c.ReachRanges[name] = b.DefRange
	}
	if diags.HasErrors() {
		return diags
	}
	v, err := opt.Parse(objects)
	if err != nil { // each block passed alone, so this is a bug
		return hcl.Diagnostics{errorAt(reachBlocks[0].DefRange, "Invalid reach assertion", "%s.", err)}
	}
	rc := c.Rules[reachRuleID]
	if rc.Options == nil {
		rc.Options = map[string]any{}
	}
	rc.Options[reachOptionName] = v
	c.Rules[reachRuleID] = rc
	return nil
}

// optionRanges records, for assertions written in the rule block's
// assertions attribute, that attribute as where each one is written.
func (c *fileConfig) optionRanges(ruleBlock *hcl.Block) {
	specs, ok := c.Rules[reachRuleID].Options[reachOptionName].([]rules.ReachAssertionSpec)
	if !ok || ruleBlock == nil {
		return
	}
	attrs, _ := ruleBlock.Body.JustAttributes() // decoded without errors already
	a, ok := attrs[reachOptionName]
	if !ok {
		return
	}
	for _, s := range specs {
		c.ReachRanges[s.Name] = a.Expr.Range()
	}
}

// reachOption returns the assertions option of the reach-assertion rule
// of known, or nil when known does not have the rule.
func reachOption(known []*lint.Rule) *lint.Option {
	i := slices.IndexFunc(known, func(r *lint.Rule) bool { return r.ID == reachRuleID })
	if i < 0 {
		return nil
	}
	j := slices.IndexFunc(known[i].Options, func(o lint.Option) bool { return o.Name == reachOptionName })
	if j < 0 {
		return nil
	}
	return &known[i].Options[j]
}

// decodeReachBlock reads one reach block into an assertion object and
// checks it alone with the option's Parse, pointing an error about one
// attribute (a *lint.FieldError) at that attribute.
func decodeReachBlock(b *hcl.Block, opt *lint.Option) (map[string]any, hcl.Diagnostics) {
	name := b.Labels[0]
	attrs, diags := b.Body.JustAttributes()
	obj := map[string]any{"name": name}
	for _, a := range sortedAttrs(attrs) {
		if a.Name == "name" {
			diags = append(diags, errorAt(a.NameRange, "Invalid reach assertion",
				"The assertion's name is the block's label (%q); remove the name attribute.", name))
			continue
		}
		val, d := a.Expr.Value(nil)
		diags = append(diags, d...)
		if d.HasErrors() {
			continue
		}
		v, err := goValue(val)
		if err != nil {
			diags = append(diags, errorAt(a.Expr.Range(), "Invalid reach assertion", "Attribute %s of reach %q: %s.", a.Name, name, err))
			continue
		}
		obj[a.Name] = v
	}
	if diags.HasErrors() {
		return obj, diags
	}
	if _, err := opt.Parse([]map[string]any{obj}); err != nil {
		var fe *lint.FieldError
		if !errors.As(err, &fe) {
			return obj, hcl.Diagnostics{errorAt(b.DefRange, "Invalid reach assertion", "reach %q: %s.", name, err)}
		}
		rng := b.DefRange // a missing attribute
		if a, ok := attrs[fe.Field]; ok {
			rng = a.Range
		}
		return obj, hcl.Diagnostics{errorAt(rng, "Invalid reach assertion", "Attribute %s of reach %q: %s.", fe.Field, name, fe.Err)}
	}
	return obj, nil
}
