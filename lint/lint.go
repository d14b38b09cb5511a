// Package lint is vpclint's rule API and driver core, shaped like
// golang.org/x/tools/go/analysis: a rule is a value with its ID, severity,
// doc and one Run function; a Pass hands it the network model; findings are
// data; Run sorts, suppresses and recovers.
//
// It copies go/analysis's design rather than importing its types: Analyzer
// names must be Go identifiers, Pass is built around Go packages, and
// Diagnostic has no severity, rule ID or resource address.
package lint

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/model"
)

// Severity is a finding's severity; the words are exactly SARIF's levels.
type Severity int

// Severities, from the most to the least severe.
const (
	Error Severity = iota
	Warning
	Note
)

// String returns "error", "warning" or "note".
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "note"
	}
}

// ParseSeverity parses "error", "warning" or "note".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "note":
		return Note, nil
	}
	return 0, fmt.Errorf("unknown severity %q (want error, warning or note)", s)
}

// AtLeast reports whether s is at least as severe as threshold.
func (s Severity) AtLeast(threshold Severity) bool { return s <= threshold }

// Doc is a rule's documentation. Each field has one job; docs/rules/<id>.md
// and the SARIF rule metadata are generated from it.
type Doc struct {
	// Summary is one line, sentence case, no final period (SARIF
	// shortDescription, the index table).
	Summary string
	// Why says what breaks on the network and what it costs (SARIF
	// fullDescription, "Why it matters").
	Why string
	// Example is HCL on which the rule fires.
	Example string
	// Fixed is Example corrected; the rule stays silent on it.
	Fixed string
	// HowToFix says in prose how to correct the problem.
	HowToFix string
	// Silent says when the rule deliberately stays quiet (unknown values).
	Silent string
	// References are links to AWS and provider documentation.
	References []string
}

// Option is a rule option settable in the config file (an attribute of the
// rule's block in .vpclint.hcl).
type Option struct {
	// Name is the attribute name in the rule's config block.
	Name string
	// Doc says what the option does.
	Doc string
	// Default is the value used when the config does not set the option,
	// of the type Parse returns.
	Default any
	// Parse validates a value from the config file (a string, a float64, a
	// bool, a []string, or a []map[string]any for a list of objects whose
	// attributes are such values, as HCL gives it) and converts it to the
	// type the rule reads with Pass.Option. Its error is shown with the
	// config file and line; a *FieldError in it points at one attribute of
	// an object.
	Parse func(value any) (any, error)
}

// FieldError is an Option.Parse error about one attribute of an object in
// a list-of-objects value, so that the config file can point at that
// attribute rather than at the whole value.
type FieldError struct {
	// Field is the attribute's name.
	Field string
	Err   error
}

// Error returns "field: err".
func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }

// Unwrap returns Err.
func (e *FieldError) Unwrap() error { return e.Err }

// Rule is one check. It is a value: metadata can be read without running it.
type Rule struct {
	// ID is kebab-case, stable and never reused: "nacl-rule-shadowed".
	ID string
	// Severity is the default severity of its findings.
	Severity Severity
	// SecuritySeverity is SARIF's properties.security-severity, 0 to 10.
	SecuritySeverity float64
	// Tags are SARIF properties.tags, e.g. "security", "reliability".
	Tags []string
	// Since is the release that added the rule.
	Since string
	// DefaultOff rules run only when enabled in the config file.
	DefaultOff bool
	Doc        Doc
	// Options are the rule's config-file options.
	Options []Option
	// Run reports the rule's findings on pass.Network through pass.Report.
	Run func(*Pass) error
}

// Pass is what a rule's Run function receives.
type Pass struct {
	Rule    *Rule
	Network *model.Network
	// Options are the configured option values by name; options the
	// config does not set are absent (Option returns their default).
	Options map[string]any
	// Report records one finding. Rules call Reportf, which fills in the
	// rule, range and resource.
	Report func(Finding)
}

// Option returns the value of the rule option name: the configured value,
// else the option's default. It panics on a name the rule does not declare,
// which is a programming error caught by the rule's tests.
func (p *Pass) Option(name string) any {
	if v, ok := p.Options[name]; ok {
		return v
	}
	for _, o := range p.Rule.Options {
		if o.Name == name {
			return o.Default
		}
	}
	panic("lint: rule " + p.Rule.ID + " has no option " + name)
}

// Reportf records a finding at the given place.
func (p *Pass) Reportf(at model.Locatable, format string, args ...any) {
	loc := at.Loc()
	p.Report(Finding{
		Rule:     p.Rule,
		Severity: p.Rule.Severity,
		Message:  fmt.Sprintf(format, args...),
		Range:    loc.Range,
		Resource: loc.Address,
	})
}

// ReportRelatedf records a finding with related locations (e.g. the
// lower-numbered NACL rules that win). The message must still name them,
// because GitHub ignores relatedLocations.
func (p *Pass) ReportRelatedf(at model.Locatable, related []Related, format string, args ...any) {
	loc := at.Loc()
	p.Report(Finding{
		Rule:     p.Rule,
		Severity: p.Rule.Severity,
		Message:  fmt.Sprintf(format, args...),
		Range:    loc.Range,
		Resource: loc.Address,
		Related:  related,
	})
}

// Finding is one reported problem.
type Finding struct {
	Rule *Rule
	// Severity starts as the rule's severity; a rule may lower or raise it
	// for one finding, and the config's override replaces it.
	Severity Severity
	Message  string
	// Range is the block that must change.
	Range hcl.Range
	// Resource is the Terraform address, with module path and index.
	Resource string
	Related  []Related
	// Fix is an optional one-line hint on how to fix the problem ("add an
	// egress block"), shown on its own line by the text format; "" when the
	// message already says it.
	Fix string
}

// WithSeverity returns a copy of f with severity s.
func (f Finding) WithSeverity(s Severity) Finding {
	f.Severity = s
	return f
}

// Related is a secondary location of a finding.
type Related struct {
	Message string
	Range   hcl.Range
}
