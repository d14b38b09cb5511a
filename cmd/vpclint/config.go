package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/parser/bounded"
)

// configName is the config file's name.
const configName = ".vpclint.hcl"

// fileConfig is what a .vpclint.hcl says.
type fileConfig struct {
	// Path is the file's path; "" when there is no config file.
	Path string
	// FailLevel is config.fail_level, nil when unset.
	FailLevel *lint.Severity
	// Exclude are config.exclude's globs, relative to the file's folder.
	Exclude []string
	// Rules are the rule blocks, by rule ID. The reach blocks are in the
	// reach-assertion rule's option "assertions".
	Rules map[string]lint.RuleConfig
	// ReachRanges are where each reachability assertion is written, by
	// name: its reach block, or the rule block's assertions attribute.
	ReachRanges map[string]hcl.Range
}

var (
	fileSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
		{Type: "config"},
		{Type: "rule", LabelNames: []string{"id"}},
		{Type: "reach", LabelNames: []string{"name"}},
	}}
	configBlockSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "fail_level"},
		{Name: "exclude"},
	}}
)

// findConfig returns the path of the config file that applies in folder
// dir: the one in dir or in the nearest parent up to the repository root
// (the nearest folder holding .git). Outside a repository only dir counts.
// It returns the path relative to dir, or "" when there is none.
func findConfig(dir string) (string, error) {
	var candidates []string
	for d := dir; ; {
		candidates = append(candidates, filepath.Join(d, configName))
		if exists(filepath.Join(d, ".git")) {
			break
		}
		parent := filepath.Dir(d)
		if parent == d { // no repository: only dir counts
			candidates = candidates[:1]
			break
		}
		d = parent
	}
	for _, c := range candidates {
		st, err := os.Stat(c)
		switch {
		case err == nil && st.IsDir():
			return "", fmt.Errorf("%s is a folder, not a config file", c)
		case err == nil:
			return filepath.Rel(dir, c)
		case !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
	}
	return "", nil
}

// exists reports whether path exists.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// loadConfig reads and checks the config file at path against the known
// rules. The returned parser holds the file, for rendering diagnostics.
func loadConfig(path string, known []*lint.Rule) (*fileConfig, *hclparse.Parser, hcl.Diagnostics) {
	p := hclparse.NewParser()
	cfg := &fileConfig{Path: path, Rules: map[string]lint.RuleConfig{}, ReachRanges: map[string]hcl.Range{}}
	// Read with the same bounds as configuration files: a regular file of
	// bounded size and nesting, so a FIFO or a hostile file cannot hang
	// or crash the run.
	f, diags := bounded.Read(path)
	p.AddFile(path, f)
	if diags.HasErrors() {
		return nil, p, diags
	}
	content, diags := f.Body.Content(fileSchema)
	var seenConfig *hcl.Block
	for _, b := range content.Blocks {
		switch b.Type {
		case "config":
			if seenConfig != nil {
				diags = append(diags, errorAt(b.DefRange, "Duplicate config block",
					"The config block was already given at %s.", seenConfig.DefRange))
				continue
			}
			seenConfig = b
			diags = append(diags, cfg.decodeConfigBlock(b)...)
		case "rule":
			diags = append(diags, cfg.decodeRuleBlock(b, known)...)
		}
	}
	diags = append(diags, cfg.decodeReachBlocks(content.Blocks, known)...)
	if diags.HasErrors() {
		return nil, p, diags
	}
	return cfg, p, diags
}

// decodeConfigBlock reads the config block's fail_level and exclude.
func (c *fileConfig) decodeConfigBlock(b *hcl.Block) hcl.Diagnostics {
	content, diags := b.Body.Content(configBlockSchema)
	if a, ok := content.Attributes["fail_level"]; ok {
		s, d := decodeSeverity(a)
		diags = append(diags, d...)
		c.FailLevel = s
	}
	if a, ok := content.Attributes["exclude"]; ok {
		diags = append(diags, gohcl.DecodeExpression(a.Expr, nil, &c.Exclude)...)
	}
	return diags
}

// decodeRuleBlock reads one rule block: enabled, severity and the rule's
// options.
func (c *fileConfig) decodeRuleBlock(b *hcl.Block, known []*lint.Rule) hcl.Diagnostics {
	id := b.Labels[0]
	i := slices.IndexFunc(known, func(r *lint.Rule) bool { return r.ID == id })
	if i < 0 {
		return hcl.Diagnostics{errorAt(b.LabelRanges[0], "Unknown rule",
			"There is no rule %q%s. Run `vpclint rules` to list them.", id, suggestion(lint.Suggest(id, lint.IDs(known))))}
	}
	rule := known[i]
	if _, dup := c.Rules[id]; dup {
		return hcl.Diagnostics{errorAt(b.DefRange, "Duplicate rule block", "Rule %q is configured twice.", id)}
	}
	attrs, diags := b.Body.JustAttributes()
	rc := lint.RuleConfig{Options: map[string]any{}}
	for _, a := range sortedAttrs(attrs) {
		switch a.Name {
		case "enabled":
			var on bool
			d := gohcl.DecodeExpression(a.Expr, nil, &on)
			diags = append(diags, d...)
			if !d.HasErrors() {
				rc.Enabled = &on
			}
		case "severity":
			s, d := decodeSeverity(a)
			diags = append(diags, d...)
			rc.Severity = s
		default:
			v, d := decodeOption(rule, a)
			diags = append(diags, d...)
			if !d.HasErrors() {
				rc.Options[a.Name] = v
			}
		}
	}
	c.Rules[id] = rc
	return diags
}

// sortedAttrs returns attrs in source order, so diagnostics come out in
// the order a person reads the file.
func sortedAttrs(attrs hcl.Attributes) []*hcl.Attribute {
	list := make([]*hcl.Attribute, 0, len(attrs))
	for _, a := range attrs {
		list = append(list, a)
	}
	slices.SortFunc(list, func(a, b *hcl.Attribute) int { return a.Range.Start.Byte - b.Range.Start.Byte })
	return list
}

// decodeSeverity reads a severity attribute ("error", "warning", "note").
func decodeSeverity(a *hcl.Attribute) (*lint.Severity, hcl.Diagnostics) {
	var s string
	if diags := gohcl.DecodeExpression(a.Expr, nil, &s); diags.HasErrors() {
		return nil, diags
	}
	sev, err := lint.ParseSeverity(s)
	if err != nil {
		return nil, hcl.Diagnostics{errorAt(a.Expr.Range(), "Invalid severity", "%s must be \"error\", \"warning\" or \"note\", not %q.", a.Name, s)}
	}
	return &sev, nil
}

// decodeOption reads the value of rule option a.Name and converts it with
// the option's Parse.
func decodeOption(rule *lint.Rule, a *hcl.Attribute) (any, hcl.Diagnostics) {
	i := slices.IndexFunc(rule.Options, func(o lint.Option) bool { return o.Name == a.Name })
	if i < 0 {
		return nil, hcl.Diagnostics{errorAt(a.NameRange, "Unknown rule option",
			"Rule %q has no option %q%s. %s", rule.ID, a.Name, suggestion(lint.Suggest(a.Name, optionNames(rule))), optionList(rule))}
	}
	val, diags := a.Expr.Value(nil)
	if diags.HasErrors() {
		return nil, diags
	}
	v, err := goValue(val)
	if err == nil {
		v, err = rule.Options[i].Parse(v)
	}
	if err != nil {
		return nil, hcl.Diagnostics{errorAt(a.Expr.Range(), "Invalid rule option", "Option %s of rule %q: %s.", a.Name, rule.ID, err)}
	}
	return v, nil
}

// goValue converts an option's HCL value to what lint.Option.Parse takes:
// a string, a float64, a bool, a []string, or a []map[string]any for a
// non-empty list of objects whose attributes are such values.
func goValue(v cty.Value) (any, error) {
	if v.IsNull() {
		return nil, errors.New("the value must not be null")
	}
	switch t := v.Type(); {
	case t == cty.String:
		return v.AsString(), nil
	case t == cty.Number:
		f, _ := v.AsBigFloat().Float64()
		return f, nil
	case t == cty.Bool:
		return v.True(), nil
	case isObjectList(v):
		return objectList(v)
	case t.IsTupleType() || t.IsListType() || t.IsSetType():
		list, err := convert.Convert(v, cty.List(cty.String))
		if err != nil || !list.IsWhollyKnown() {
			return nil, errors.New("a list must hold strings only")
		}
		out := []string{}
		for _, e := range list.AsValueSlice() {
			if e.IsNull() {
				return nil, errors.New("a list must not hold null")
			}
			out = append(out, e.AsString())
		}
		return out, nil
	}
	return nil, fmt.Errorf("the value must be a string, a number, a bool or a list of strings, not %s", v.Type().FriendlyName())
}

// isObjectList reports whether v is a non-empty list of objects (or maps).
func isObjectList(v cty.Value) bool {
	t := v.Type()
	if !(t.IsTupleType() || t.IsListType() || t.IsSetType()) || v.LengthInt() == 0 {
		return false
	}
	for _, e := range v.AsValueSlice() {
		if et := e.Type(); !et.IsObjectType() && !et.IsMapType() {
			return false
		}
	}
	return true
}

// objectList converts a list of objects, each attribute with goValue.
func objectList(v cty.Value) ([]map[string]any, error) {
	out := make([]map[string]any, 0, v.LengthInt())
	for _, e := range v.AsValueSlice() {
		if e.IsNull() {
			return nil, errors.New("a list must not hold null")
		}
		obj := map[string]any{}
		for k, a := range e.AsValueMap() {
			g, err := goValue(a)
			if err != nil {
				return nil, fmt.Errorf("attribute %s: %w", k, err)
			}
			obj[k] = g
		}
		out = append(out, obj)
	}
	return out, nil
}

// optionNames returns the names of rule's options.
func optionNames(rule *lint.Rule) []string {
	names := make([]string, len(rule.Options))
	for i, o := range rule.Options {
		names[i] = o.Name
	}
	return names
}

// optionList says which options rule has.
func optionList(rule *lint.Rule) string {
	if len(rule.Options) == 0 {
		return "It has no options; every rule block takes enabled and severity."
	}
	return fmt.Sprintf("Its options are %s; every rule block also takes enabled and severity.", strings.Join(optionNames(rule), ", "))
}

// suggestion returns ` (did you mean "s"?)`, or "" for no suggestion.
func suggestion(s string) string {
	if s == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", s)
}

// excludeGlobs turns the config file's exclude globs, written relative to
// the file's folder, into globs relative to the working folder cwd, which
// is how the parser matches them. A glob starting with ** matches at any
// depth and is kept as it is.
func (c *fileConfig) excludeGlobs(cwd string) []string {
	base := filepath.Dir(c.Path)
	if !filepath.IsAbs(base) {
		base = filepath.Join(cwd, base)
	}
	out := make([]string, 0, len(c.Exclude))
	for _, g := range c.Exclude {
		g = filepath.ToSlash(g)
		if strings.HasPrefix(g, "**") || filepath.IsAbs(g) {
			out = append(out, g)
			continue
		}
		rel, err := filepath.Rel(cwd, filepath.Join(base, g))
		if err != nil {
			rel = g
		}
		out = append(out, filepath.ToSlash(rel))
	}
	return out
}

// errorAt returns an error diagnostic at rng.
func errorAt(rng hcl.Range, summary, format string, args ...any) *hcl.Diagnostic {
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: fmt.Sprintf(format, args...), Subject: rng.Ptr()}
}
