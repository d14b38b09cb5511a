package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// variable is a variable block.
type variable struct {
	name string
	// ty is the type constraint, possibly with optional attributes, and
	// defaults their default values.
	ty       cty.Type
	defaults *typeexpr.Defaults
	// def is the default value after conversion; cty.NilVal when there is
	// no default (the variable is required).
	def      cty.Value
	nullable bool
	// parseHCL is Terraform's parsing mode for -var and TF_VAR_ strings:
	// literal for primitive types and no type, HCL expressions otherwise.
	parseHCL bool
	body     hcl.Body
	defRange hcl.Range
}

var variableSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "default"}, {Name: "type"}, {Name: "nullable"},
}}

func (l *loader) decodeVariable(m *module, b *hcl.Block, isOverride bool) {
	name := b.Labels[0]
	prev, exists := m.variables[name]
	body, defRange := b.Body, b.DefRange
	switch {
	case exists && !isOverride:
		l.duplicate("variable "+name, b, prev.defRange)
		return
	case !exists && isOverride:
		l.noBase("variable", b)
		return
	case exists:
		body, defRange = overlayBodies(prev.body, b.Body), prev.defRange
	}
	m.variables[name] = l.variable(name, body, defRange)
}

func (l *loader) variable(name string, body hcl.Body, defRange hcl.Range) *variable {
	content, diags := partialContent(body, variableSchema)
	l.diags = append(l.diags, diags...)
	v := &variable{name: name, ty: cty.DynamicPseudoType, def: cty.NilVal, nullable: true, body: body, defRange: defRange}
	if a := content.Attributes["type"]; a != nil {
		var d hcl.Diagnostics
		v.ty, v.defaults, v.parseHCL, d = typeConstraint(a.Expr)
		l.diags = append(l.diags, d...)
	}
	if a := content.Attributes["nullable"]; a != nil {
		val, d := constantValue(a.Expr)
		if d.HasErrors() || !val.IsKnown() || val.IsNull() || !val.Type().Equals(cty.Bool) {
			l.diags = append(l.diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Invalid nullable value",
				Detail:   "nullable must be true or false.",
				Subject:  a.Expr.Range().Ptr(),
			})
		} else {
			v.nullable = val.True()
		}
	}
	if a := content.Attributes["default"]; a != nil {
		val, d := constantValue(a.Expr)
		l.diags = append(l.diags, d...)
		if !d.HasErrors() {
			conv, err := v.convert(val)
			if err != nil {
				l.diags = append(l.diags, &hcl.Diagnostic{
					Severity: hcl.DiagError,
					Summary:  "Invalid default value for variable",
					Detail:   fmt.Sprintf("This default value is not compatible with the variable's type constraint: %s.", err),
					Subject:  a.Expr.Range().Ptr(),
				})
			} else {
				v.def = conv
			}
		}
	}
	return v
}

// constantValue is the value of expr evaluated without variables or
// functions, as a variable's default is: its fast value when it has one.
func constantValue(expr hcl.Expression) (cty.Value, hcl.Diagnostics) {
	if v, ok := fastValue(expr, nil); ok {
		return v, nil
	}
	return expr.Value(nil)
}

// typeConstraint decodes a type argument, with Terraform's legacy bare
// list and map keywords.
func typeConstraint(expr hcl.Expression) (cty.Type, *typeexpr.Defaults, bool, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	keyword := hcl.ExprAsKeyword(expr)
	if t, ok := expr.(*hclsyntax.TemplateExpr); ok && t.IsStringLiteral() {
		// Terraform 0.11's quoted "string", "list", "map": accepted by
		// 0.12 to 0.14 with a warning, an error since. vpclint still
		// reads such code.
		v, _ := t.Value(nil)
		keyword = v.AsString()
		diags = hcl.Diagnostics{{
			Severity: hcl.DiagWarning,
			Summary:  "Quoted type constraint",
			Detail:   fmt.Sprintf("Terraform 0.12 and later expect type = %s, without quotes.", keyword),
			Subject:  expr.Range().Ptr(),
		}}
	}
	switch keyword {
	case "string":
		return cty.String, nil, false, diags
	case "list":
		return cty.List(cty.DynamicPseudoType), nil, true, diags
	case "map":
		return cty.Map(cty.DynamicPseudoType), nil, true, diags
	}
	ty, defaults, diags := typeexpr.TypeConstraintWithDefaults(expr)
	if diags.HasErrors() {
		return cty.DynamicPseudoType, nil, false, diags
	}
	return ty, defaults, !ty.IsPrimitiveType(), nil
}

// convert applies optional-attribute defaults, then the type constraint.
func (v *variable) convert(val cty.Value) (cty.Value, error) {
	if v.defaults != nil {
		val = v.defaults.Apply(val)
	}
	return convert.Convert(val, v.ty)
}

// unknown is the value of a variable that has none.
func (v *variable) unknown() cty.Value {
	return cty.UnknownVal(v.ty.WithoutOptionalAttributesDeep())
}

// final is the variable's value given the caller's value (given false:
// the caller set none). A conversion failure returns unknown and the error.
func (v *variable) final(val cty.Value, given bool) (cty.Value, error) {
	if !given || (val.IsNull() && !v.nullable) {
		if v.def != cty.NilVal && (!v.def.IsNull() || v.nullable) {
			return v.def, nil
		}
		return v.unknown(), nil
	}
	conv, err := v.convert(val)
	if err != nil {
		return v.unknown(), err
	}
	return conv, nil
}

// rawValue is a root variable value before conversion, with where it was
// set for error messages.
type rawValue struct {
	val    cty.Value
	rng    *hcl.Range
	source string
}

// rootVariables computes the root module's variable values from, lowest
// precedence first: defaults, TF_VAR_ environment variables,
// terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical
// order, -var-file files, -var values.
func (ev *evaluator) rootVariables(m *module) map[string]cty.Value {
	raw := map[string]rawValue{}
	for _, kv := range ev.opts.Env {
		key, s, _ := strings.Cut(kv, "=")
		name, ok := strings.CutPrefix(key, "TF_VAR_")
		if v := m.variables[name]; ok && v != nil {
			source := "environment variable " + key
			if val, ok := ev.parseRaw(v, s, source); ok {
				raw[name] = rawValue{val: val, source: source}
			}
		}
	}
	for _, path := range ev.tree.autoVarFiles(ev.rootDir) {
		ev.readVarFile(m, path, raw)
	}
	for _, path := range ev.opts.VarFiles {
		if _, err := os.Stat(path); err != nil {
			ev.diags = append(ev.diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Failed to read variables file",
				Detail:   fmt.Sprintf("Cannot read -var-file %s: %v.", path, err),
			})
			continue
		}
		ev.readVarFile(m, path, raw)
	}
	for _, s := range ev.opts.Vars {
		name, text, ok := strings.Cut(s, "=")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			ev.diags = append(ev.diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Invalid -var option",
				Detail:   fmt.Sprintf("The -var value %q is not of the form name=value.", s),
			})
			continue
		}
		if v := m.variables[name]; v != nil {
			source := "-var " + name
			if val, ok := ev.parseRaw(v, text, source); ok {
				raw[name] = rawValue{val: val, source: source}
			}
		}
	}
	out := make(map[string]cty.Value, len(m.variables))
	for name, v := range m.variables {
		r, given := raw[name]
		val, err := v.final(r.val, given)
		if err != nil {
			ev.diags = append(ev.diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Invalid value for input variable",
				Detail:   fmt.Sprintf("The value of var.%s from %s is not compatible with its type constraint: %s.", name, r.source, err),
				Subject:  r.rng,
			})
		}
		out[name] = val
	}
	return out
}

// autoVarFiles lists the variable files Terraform reads by itself in dir.
func (l *loader) autoVarFiles(dir string) []string {
	var out []string
	for _, name := range []string{"terraform.tfvars", "terraform.tfvars.json"} {
		if st, err := os.Stat(filepath.Join(dir, name)); err == nil && st.Mode().IsRegular() {
			out = append(out, filepath.Join(dir, name))
		}
	}
	entries, _ := l.readDir(dir)
	var auto []string
	for _, e := range entries {
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".auto.tfvars") || strings.HasSuffix(e.Name(), ".auto.tfvars.json")) {
			auto = append(auto, e.Name())
		}
	}
	slices.Sort(auto)
	for _, name := range auto {
		out = append(out, filepath.Join(dir, name))
	}
	return out
}

// readVarFile reads the values of one variables file into raw; values of
// undeclared variables are ignored, as Terraform does (with a warning).
func (ev *evaluator) readVarFile(m *module, path string, raw map[string]rawValue) {
	var f *hcl.File
	var diags hcl.Diagnostics
	if strings.HasSuffix(path, ".json") {
		f, diags = ev.opts.Parser.ParseJSONFile(path)
	} else {
		f, diags = ev.opts.Parser.ParseHCLFile(path)
	}
	ev.diags = append(ev.diags, diags...)
	if f == nil {
		return
	}
	attrs, diags := f.Body.JustAttributes()
	ev.diags = append(ev.diags, diags...)
	for _, a := range sortedAttrs(attrs) {
		val, diags := a.Expr.Value(nil)
		ev.diags = append(ev.diags, diags...)
		if diags.HasErrors() || m.variables[a.Name] == nil {
			continue
		}
		raw[a.Name] = rawValue{val: val, rng: a.Expr.Range().Ptr(), source: path}
	}
}

// parseRaw reads a -var or TF_VAR_ string in the variable's parsing mode.
func (ev *evaluator) parseRaw(v *variable, s, source string) (cty.Value, bool) {
	if !v.parseHCL {
		return cty.StringVal(s), true
	}
	expr, diags := hclsyntax.ParseExpression([]byte(s), source, hcl.InitialPos)
	if !diags.HasErrors() {
		var val cty.Value
		val, diags = expr.Value(nil)
		if !diags.HasErrors() {
			return val, true
		}
	}
	ev.diags = append(ev.diags, &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Invalid value for input variable",
		Detail:   fmt.Sprintf("The value of var.%s from %s is not a valid expression: %s", v.name, source, diags.Error()),
	})
	return cty.NilVal, false
}
