package lint

import (
	"cmp"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"

	"github.com/vpclint/vpclint/internal/parallel"
	"github.com/vpclint/vpclint/model"
)

// Config is the user's configuration of a run (the config file and the
// command-line flags, already merged and validated by the caller).
type Config struct {
	// Rules maps a rule ID to its settings. A rule without an entry runs
	// with its defaults.
	Rules map[string]RuleConfig
}

// RuleConfig is the configuration of one rule. Nil fields keep the rule's
// defaults.
type RuleConfig struct {
	// Enabled turns the rule on or off; nil means on unless the rule is
	// DefaultOff.
	Enabled *bool
	// Severity replaces the severity of every finding of the rule.
	Severity *Severity
	// Options are option values by name, already converted by the option's
	// Parse. Options not set are absent and Pass.Option gives their default.
	Options map[string]any
}

// Enabled reports whether rule r runs under c: as configured, else unless
// the rule is DefaultOff.
func (c Config) Enabled(r *Rule) bool {
	if e := c.Rules[r.ID].Enabled; e != nil {
		return *e
	}
	return !r.DefaultOff
}

// RuleError is a rule that could not finish: its Run returned an error or
// panicked. The run's findings are then incomplete, so Run returns none.
type RuleError struct {
	Rule *Rule
	// Err is the error Run returned, or the panic value.
	Err error
	// Stack is the goroutine's stack at the panic, nil for a returned error.
	Stack []byte
}

// Error names the rule and what went wrong.
func (e *RuleError) Error() string {
	if e.Stack != nil {
		return fmt.Sprintf("rule %s panicked: %v (this is a bug in vpclint; please report it)", e.Rule.ID, e.Err)
	}
	return fmt.Sprintf("rule %s: %v", e.Rule.ID, e.Err)
}

// Unwrap returns the underlying error.
func (e *RuleError) Unwrap() error { return e.Err }

// Run runs every enabled rule of rules on net and returns the findings to
// report, sorted by file, line, column, rule and message.
//
// rules is the whole registry, disabled rules included, so that a
// directive naming a disabled rule is told apart from one naming an
// unknown rule; the built-in rules (Builtins) are added by Run and must not
// be in it. Run:
//   - runs each enabled rule with its configured options, up to
//     GOMAXPROCS rules at a time (a rule only reads the model, which does
//     not change once built);
//   - replaces the severity of a rule's findings when cfg overrides it;
//   - drops duplicate findings (same rule, range and message, e.g. a module
//     analysed once per caller);
//   - applies the vpclint:ignore directives of net.Directives, and reports
//     malformed ones (invalid-ignore) and those that silence nothing
//     (unused-ignore).
//
// If a rule fails (returns an error or panics), Run still runs the others
// and then returns no findings and the errors of every failed rule, each a
// *RuleError, joined with errors.Join in rules order.
func Run(rules []*Rule, net *model.Network, cfg Config) ([]Finding, error) {
	all := append(slices.Clip(rules), Builtins...)
	if err := cfg.check(all); err != nil {
		return nil, err
	}
	enabled := slices.DeleteFunc(slices.Clone(rules), func(r *Rule) bool { return !cfg.Enabled(r) })
	type result struct {
		findings []Finding
		err      error
	}
	results := make([]result, len(enabled))
	parallel.ForEach(len(enabled), func(i int) {
		r := enabled[i]
		results[i].findings, results[i].err = runRule(r, net, cfg.Rules[r.ID].Options)
	})
	var (
		findings []Finding
		errs     []error
	)
	for _, res := range results {
		if res.err != nil {
			errs = append(errs, res.err)
			continue
		}
		findings = append(findings, res.findings...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	findings = dedupe(findings)
	findings = suppress(findings, net.Directives, all, cfg)
	for i, f := range findings {
		if s := cfg.Rules[f.Rule.ID].Severity; s != nil {
			findings[i].Severity = *s
		}
	}
	sortFindings(findings)
	return findings, nil
}

// check returns an error if c names a rule that is not in rules or an
// option the rule does not declare.
func (c Config) check(rules []*Rule) error {
	var errs []error
	for id, rc := range c.Rules {
		r := findRule(rules, id)
		if r == nil {
			errs = append(errs, fmt.Errorf("config names unknown rule %q", id))
			continue
		}
		for name := range rc.Options {
			if !slices.ContainsFunc(r.Options, func(o Option) bool { return o.Name == name }) {
				errs = append(errs, fmt.Errorf("config sets option %q that rule %s does not have", name, id))
			}
		}
	}
	return errors.Join(errs...)
}

// findRule returns the rule of rules with the given ID, or nil.
func findRule(rules []*Rule, id string) *Rule {
	i := slices.IndexFunc(rules, func(r *Rule) bool { return r.ID == id })
	if i < 0 {
		return nil
	}
	return rules[i]
}

// runRule runs one rule and returns its findings, turning a returned error
// or a panic into a *RuleError. Every finding is attributed to r, whatever
// the rule put in Finding.Rule.
func runRule(r *Rule, net *model.Network, options map[string]any) (findings []Finding, err error) {
	defer func() {
		if p := recover(); p != nil {
			perr, ok := p.(error)
			if !ok {
				perr = fmt.Errorf("%v", p)
			}
			findings, err = nil, &RuleError{Rule: r, Err: perr, Stack: debug.Stack()}
		}
	}()
	pass := &Pass{
		Rule:    r,
		Network: net,
		Options: options,
		Report: func(f Finding) {
			f.Rule = r
			findings = append(findings, f)
		},
	}
	if err := r.Run(pass); err != nil {
		return nil, &RuleError{Rule: r, Err: err}
	}
	return findings, nil
}

// dedupe sorts findings and drops those equal to an earlier one in rule,
// range and message. Of duplicates, the most severe is kept.
func dedupe(findings []Finding) []Finding {
	sortFindings(findings)
	return slices.CompactFunc(findings, func(a, b Finding) bool {
		return a.Rule == b.Rule && a.Range == b.Range && a.Message == b.Message
	})
}

// sortFindings sorts by file, line, column, rule and message, then by
// the remaining fields so that the order never depends on rule run order.
func sortFindings(findings []Finding) {
	slices.SortStableFunc(findings, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Range.Filename, b.Range.Filename),
			cmp.Compare(a.Range.Start.Line, b.Range.Start.Line),
			cmp.Compare(a.Range.Start.Column, b.Range.Start.Column),
			cmp.Compare(a.Rule.ID, b.Rule.ID),
			cmp.Compare(a.Message, b.Message),
			cmp.Compare(a.Range.End.Line, b.Range.End.Line),
			cmp.Compare(a.Range.End.Column, b.Range.End.Column),
			cmp.Compare(a.Severity, b.Severity),
			cmp.Compare(a.Resource, b.Resource),
		)
	})
}
