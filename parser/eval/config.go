package eval

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// module is the static configuration of one module folder.
type module struct {
	dir       string
	variables map[string]*variable
	locals    map[string]*hcl.Attribute
	outputs   map[string]*output
	// resources are the resource and data blocks in file and block order;
	// byAddr indexes them by "type.name" and "data.type.name".
	resources []*resourceConfig
	byAddr    map[string]*resourceConfig
	calls     []*moduleCall
	callNamed map[string]*moduleCall
	providers map[string]*providerConfig
}

// output is an output block.
type output struct {
	value    hcl.Expression
	defRange hcl.Range
}

// resourceConfig is a resource or data block.
type resourceConfig struct {
	mode     string // "managed" or "data"
	typ      string
	name     string
	count    hcl.Expression
	forEach  hcl.Expression
	provider string // provider configuration's local name: "aws", "aws.west"
	body     hcl.Body
	defRange hcl.Range
	rng      hcl.Range
}

// addr is the module-relative address without instance key.
func (r *resourceConfig) addr() string {
	if r.mode == modeData {
		return "data." + r.typ + "." + r.name
	}
	return r.typ + "." + r.name
}

// moduleCall is a module block.
type moduleCall struct {
	name      string
	source    string
	count     hcl.Expression
	forEach   hcl.Expression
	inputs    map[string]*hcl.Attribute
	providers map[string]string // child's local name -> caller's local name
	body      hcl.Body
	defRange  hcl.Range
}

// providerConfig is a provider block.
type providerConfig struct {
	key      string // "aws" or "aws.west"
	body     hcl.Body
	defRange hcl.Range
}

const (
	modeManaged = "managed"
	modeData    = "data"
)

var fileSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "provider", LabelNames: []string{"name"}},
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "module", LabelNames: []string{"name"}},
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
}}

var (
	outputSchema   = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "value"}}}
	resourceSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "count"}, {Name: "for_each"}, {Name: "provider"},
	}}
	moduleSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
		{Name: "source", Required: true}, {Name: "version"}, {Name: "count"}, {Name: "for_each"},
		{Name: "providers"}, {Name: "depends_on"},
	}}
	providerSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "alias"}}}
)

// partialContent is body.PartialContent(schema) without the rest of the
// body. For a native body, a schema of optional attributes and of blocks
// that every block of the body has the right labels for, it reads the
// attributes and blocks directly: PartialContent would make four maps and
// a copy of the body, and has nothing to report for such a schema. Only
// the rest of a PartialContent hides attributes and blocks, and no caller
// passes one.
func partialContent(body hcl.Body, schema *hcl.BodySchema) (*hcl.BodyContent, hcl.Diagnostics) {
	b, native := body.(*hclsyntax.Body)
	if !native || slices.ContainsFunc(schema.Attributes, func(a hcl.AttributeSchema) bool { return a.Required }) ||
		!labelsFit(b, schema) {
		content, _, diags := body.PartialContent(schema)
		return content, diags
	}
	content := &hcl.BodyContent{Attributes: hcl.Attributes{}, MissingItemRange: b.MissingItemRange()}
	for _, s := range schema.Attributes {
		if a, ok := b.Attributes[s.Name]; ok {
			content.Attributes[s.Name] = a.AsHCLAttribute()
		}
	}
	if len(schema.Blocks) > 0 {
		for _, blk := range b.Blocks {
			if slices.ContainsFunc(schema.Blocks, func(s hcl.BlockHeaderSchema) bool { return s.Type == blk.Type }) {
				content.Blocks = append(content.Blocks, blk.AsHCLBlock())
			}
		}
	}
	return content, nil
}

// labelsFit reports whether every block of b that schema asks for has as
// many labels as the schema names, so that PartialContent reports nothing
// about it.
func labelsFit(b *hclsyntax.Body, schema *hcl.BodySchema) bool {
	if len(schema.Blocks) == 0 {
		return true
	}
	for _, blk := range b.Blocks {
		for _, s := range schema.Blocks {
			if s.Type == blk.Type && len(s.LabelNames) != len(blk.Labels) {
				return false
			}
		}
	}
	return true
}

// readDir lists dir, through the parser when it is a Folders.
func (l *loader) readDir(dir string) ([]fs.DirEntry, error) {
	if f, ok := l.parser.(Folders); ok {
		return f.ReadDir(dir)
	}
	return os.ReadDir(dir)
}

// configFiles lists the .tf and .tf.json files of dir that Terraform reads,
// in lexical order, primary files first and override files after.
func (l *loader) configFiles(dir string) (primary, override []string, err error) {
	entries, err := l.readDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || ignoredFile(name) {
			continue
		}
		base, ok := strings.CutSuffix(name, ".tf")
		if !ok {
			base, ok = strings.CutSuffix(name, ".tf.json")
		}
		if !ok {
			continue
		}
		path := filepath.Join(dir, name)
		if base == "override" || strings.HasSuffix(base, "_override") {
			override = append(override, path)
		} else {
			primary = append(primary, path)
		}
	}
	return primary, override, nil
}

// ignoredFile reports the editor and hidden files Terraform skips.
func ignoredFile(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		(strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"))
}

// readModule parses and decodes the module in dir; the error is about
// reading the folder (file errors are diagnostics).
func (l *loader) readModule(dir string) (*module, error) {
	primary, override, err := l.configFiles(dir)
	if err != nil {
		return nil, err
	}
	m := &module{
		dir:       dir,
		variables: map[string]*variable{},
		locals:    map[string]*hcl.Attribute{},
		outputs:   map[string]*output{},
		byAddr:    map[string]*resourceConfig{},
		callNamed: map[string]*moduleCall{},
		providers: map[string]*providerConfig{},
	}
	for _, path := range primary {
		if f := l.parse(path); f != nil {
			l.decodeFile(m, f, false)
		}
	}
	for _, path := range override {
		if f := l.parse(path); f != nil {
			l.decodeFile(m, f, true)
		}
	}
	return m, nil
}

// parse parses one file with the shared parser, collecting its attribute
// names (see names.go).
func (l *loader) parse(path string) *hcl.File {
	var f *hcl.File
	var diags hcl.Diagnostics
	if strings.HasSuffix(path, ".json") {
		f, diags = l.parser.ParseJSONFile(path)
	} else {
		f, diags = l.parser.ParseHCLFile(path)
	}
	l.diags = append(l.diags, diags...)
	if f == nil {
		return nil
	}
	if nc, ok := l.parser.(NamesCache); ok {
		l.names.merge(nc.FileNames(path, f).names)
	} else {
		l.names.addFile(f)
	}
	return f
}

// decodeFile adds the blocks of f to m. In an override file a block that
// already exists replaces the attributes it sets (see override.go).
func (l *loader) decodeFile(m *module, f *hcl.File, isOverride bool) {
	content, diags := partialContent(f.Body, fileSchema)
	l.diags = append(l.diags, diags...)
	for _, b := range content.Blocks {
		switch b.Type {
		case "variable":
			l.decodeVariable(m, b, isOverride)
		case "locals":
			l.decodeLocals(m, b, isOverride)
		case "output":
			l.decodeOutput(m, b, isOverride)
		case "module":
			l.decodeModule(m, b, isOverride)
		case "provider":
			l.decodeProvider(m, b, isOverride)
		case "resource":
			l.decodeResource(m, b, modeManaged, isOverride)
		case "data":
			l.decodeResource(m, b, modeData, isOverride)
		}
	}
}

func (l *loader) duplicate(what string, b *hcl.Block, prev hcl.Range) {
	l.diags = append(l.diags, &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Duplicate " + what,
		Detail:   fmt.Sprintf("%s was already defined at %s.", what, at(prev)),
		Subject:  b.DefRange.Ptr(),
	})
}

func (l *loader) noBase(what string, b *hcl.Block) {
	l.diags = append(l.diags, &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Missing base " + what + " for override",
		Detail:   fmt.Sprintf("An override file can only change a %s defined in a primary file.", what),
		Subject:  b.DefRange.Ptr(),
	})
}

func (l *loader) decodeLocals(m *module, b *hcl.Block, isOverride bool) {
	attrs, diags := b.Body.JustAttributes()
	l.diags = append(l.diags, diags...)
	for _, a := range sortedAttrs(attrs) {
		if prev, ok := m.locals[a.Name]; ok && !isOverride {
			l.diags = append(l.diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Duplicate local value definition",
				Detail:   fmt.Sprintf("local.%s was already defined at %s.", a.Name, at(prev.Range)),
				Subject:  a.NameRange.Ptr(),
			})
			continue
		}
		m.locals[a.Name] = a
	}
}

func (l *loader) decodeOutput(m *module, b *hcl.Block, isOverride bool) {
	name := b.Labels[0]
	content, diags := partialContent(b.Body, outputSchema)
	l.diags = append(l.diags, diags...)
	prev, exists := m.outputs[name]
	switch {
	case exists && !isOverride:
		l.duplicate("output "+name, b, prev.defRange)
		return
	case !exists && isOverride:
		l.noBase("output", b)
		return
	case exists:
		if a := content.Attributes["value"]; a != nil {
			prev.value = a.Expr
		}
		return
	}
	o := &output{defRange: b.DefRange}
	if a := content.Attributes["value"]; a != nil {
		o.value = a.Expr
	}
	m.outputs[name] = o
}

func (l *loader) decodeResource(m *module, b *hcl.Block, mode string, isOverride bool) {
	r := &resourceConfig{
		mode: mode, typ: b.Labels[0], name: b.Labels[1],
		body: b.Body, defRange: b.DefRange, rng: blockRange(b),
	}
	if prev, ok := m.byAddr[r.addr()]; ok {
		if isOverride {
			prev.body = overlayBodies(prev.body, b.Body)
			l.decodeResourceMeta(prev)
		} else {
			l.duplicate(r.addr(), b, prev.defRange)
		}
		return
	}
	if isOverride {
		l.noBase(mode+" resource", b)
		return
	}
	l.decodeResourceMeta(r)
	if mode == modeManaged {
		l.types[r.typ] = true
	}
	m.resources = append(m.resources, r)
	m.byAddr[r.addr()] = r
}

// decodeResourceMeta reads count, for_each and provider.
func (l *loader) decodeResourceMeta(r *resourceConfig) {
	content, diags := partialContent(r.body, resourceSchema)
	l.diags = append(l.diags, diags...)
	r.count, r.forEach = nil, nil
	if a := content.Attributes["count"]; a != nil {
		r.count = a.Expr
	}
	if a := content.Attributes["for_each"]; a != nil {
		r.forEach = a.Expr
		if r.count != nil {
			l.diags = append(l.diags, countAndForEach(a.Range))
			r.count = nil
		}
	}
	r.provider = defaultProvider(r.typ)
	if a := content.Attributes["provider"]; a != nil {
		name, quoted, ok := providerRef(a.Expr)
		l.checkProviderRef(a.Expr, quoted, ok)
		if ok {
			r.provider = name
		}
	}
}

func countAndForEach(rng hcl.Range) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Invalid combination of count and for_each",
		Detail:   "The count and for_each meta-arguments are mutually exclusive; only one may be used.",
		Subject:  rng.Ptr(),
	}
}

// defaultProvider is the provider local name Terraform infers from a
// resource type: the part before the first underscore.
func defaultProvider(typ string) string {
	name, _, _ := strings.Cut(typ, "_")
	return name
}

// providerRef reads a provider reference (aws, aws.west) as a local name.
// quoted is set for Terraform 0.11's quoted form ("aws.west").
func providerRef(expr hcl.Expression) (name string, quoted, ok bool) {
	tr, diags := hcl.AbsTraversalForExpr(expr)
	if t, isTemplate := expr.(*hclsyntax.TemplateExpr); isTemplate && t.IsStringLiteral() {
		v, _ := t.Value(nil)
		tr, diags = hclsyntax.ParseTraversalAbs([]byte(v.AsString()), expr.Range().Filename, expr.Range().Start)
		quoted = true
	}
	if diags.HasErrors() || len(tr) > 2 {
		return "", quoted, false
	}
	name = tr.RootName()
	if len(tr) == 2 {
		step, isAttr := tr[1].(hcl.TraverseAttr)
		if !isAttr {
			return "", quoted, false
		}
		name += "." + step.Name
	}
	return name, quoted, true
}

// checkProviderRef reports a bad or quoted provider reference.
func (l *loader) checkProviderRef(expr hcl.Expression, quoted, ok bool) {
	switch {
	case !ok:
		l.diags = append(l.diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Invalid provider reference",
			Detail:   "A provider reference is a provider name, optionally with an alias: aws or aws.west.",
			Subject:  expr.Range().Ptr(),
		})
	case quoted:
		l.diags = append(l.diags, &hcl.Diagnostic{
			Severity: hcl.DiagWarning,
			Summary:  "Quoted provider reference",
			Detail:   "Terraform 0.12 and later expect the provider reference without quotes.",
			Subject:  expr.Range().Ptr(),
		})
	}
}

func (l *loader) decodeModule(m *module, b *hcl.Block, isOverride bool) {
	name := b.Labels[0]
	prev, exists := m.callNamed[name]
	body, defRange := b.Body, b.DefRange
	switch {
	case exists && !isOverride:
		l.duplicate("module call "+name, b, prev.defRange)
		return
	case !exists && isOverride:
		l.noBase("module call", b)
		return
	case exists:
		body, defRange = overlayBodies(prev.body, b.Body), prev.defRange
	}
	c := l.moduleCall(name, body, defRange)
	if exists {
		m.calls[slices.Index(m.calls, prev)] = c
	} else {
		m.calls = append(m.calls, c)
	}
	m.callNamed[name] = c
}

func (l *loader) moduleCall(name string, body hcl.Body, defRange hcl.Range) *moduleCall {
	content, remain, diags := body.PartialContent(moduleSchema)
	l.diags = append(l.diags, diags...)
	c := &moduleCall{name: name, body: body, defRange: defRange, providers: map[string]string{}}
	if a := content.Attributes["source"]; a != nil {
		v, d := a.Expr.Value(nil)
		if d.HasErrors() || !v.IsKnown() || v.IsNull() || !v.Type().Equals(cty.String) {
			l.diags = append(l.diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Invalid module source",
				Detail:   "The module source must be a literal string.",
				Subject:  a.Expr.Range().Ptr(),
			})
		} else {
			c.source = v.AsString()
		}
	}
	if a := content.Attributes["count"]; a != nil {
		c.count = a.Expr
	}
	if a := content.Attributes["for_each"]; a != nil {
		c.forEach = a.Expr
		if c.count != nil {
			l.diags = append(l.diags, countAndForEach(a.Range))
			c.count = nil
		}
	}
	if a := content.Attributes["providers"]; a != nil {
		l.decodeProvidersMap(c, a.Expr)
	}
	inputs, diags := remain.JustAttributes()
	l.diags = append(l.diags, diags...)
	c.inputs = inputs
	return c
}

func (l *loader) decodeProvidersMap(c *moduleCall, expr hcl.Expression) {
	pairs, diags := hcl.ExprMap(expr)
	l.diags = append(l.diags, diags...)
	for _, p := range pairs {
		child, quoted1, ok1 := providerRef(p.Key)
		l.checkProviderRef(p.Key, quoted1, ok1)
		parent, quoted2, ok2 := providerRef(p.Value)
		l.checkProviderRef(p.Value, quoted2, ok2)
		if ok1 && ok2 {
			c.providers[child] = parent
		}
	}
}

func (l *loader) decodeProvider(m *module, b *hcl.Block, isOverride bool) {
	content, diags := partialContent(b.Body, providerSchema)
	l.diags = append(l.diags, diags...)
	key := b.Labels[0]
	if a := content.Attributes["alias"]; a != nil {
		alias := hcl.ExprAsKeyword(a.Expr)
		if alias == "" {
			if v, d := a.Expr.Value(nil); !d.HasErrors() && v.IsKnown() && !v.IsNull() && v.Type().Equals(cty.String) {
				alias = v.AsString()
			}
		}
		if !hclsyntax.ValidIdentifier(alias) {
			l.diags = append(l.diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Invalid provider alias",
				Detail:   "The alias must be a literal name.",
				Subject:  a.Expr.Range().Ptr(),
			})
			return
		}
		key += "." + alias
	}
	if prev, ok := m.providers[key]; ok {
		if isOverride {
			prev.body = overlayBodies(prev.body, b.Body)
		} else {
			l.duplicate("provider configuration "+key, b, prev.defRange)
		}
		return
	}
	if isOverride {
		l.noBase("provider configuration", b)
		return
	}
	m.providers[key] = &providerConfig{key: key, body: b.Body, defRange: b.DefRange}
}

// blockRange is the whole block for native syntax, the header for JSON.
func blockRange(b *hcl.Block) hcl.Range {
	if body, ok := b.Body.(*hclsyntax.Body); ok {
		return hcl.RangeBetween(b.DefRange, body.SrcRange)
	}
	return b.DefRange
}

// sortedAttrs orders attributes by source position.
func sortedAttrs(attrs hcl.Attributes) []*hcl.Attribute {
	out := make([]*hcl.Attribute, 0, len(attrs))
	for _, a := range attrs {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b *hcl.Attribute) int {
		if c := strings.Compare(a.Range.Filename, b.Range.Filename); c != 0 {
			return c
		}
		return a.Range.Start.Byte - b.Range.Start.Byte
	})
	return out
}

// at formats a range as file:line.
func at(r hcl.Range) string {
	return fmt.Sprintf("%s:%d", r.Filename, r.Start.Line)
}
