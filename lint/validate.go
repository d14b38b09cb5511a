package lint

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	kebabCase  = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	optionName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)
)

// reservedOptions are the attribute names every rule block in the config
// file already has.
var reservedOptions = []string{"enabled", "severity"}

// Validate checks every field of every rule that the rest of vpclint relies
// on: a unique kebab-case ID, a valid severity and security severity, the
// required doc fields, a Run function (except for Builtins), and options
// that the config file can set. It returns every problem found, joined.
func Validate(rules []*Rule) error {
	var errs []error
	seen := map[string]bool{}
	for i, r := range rules {
		if r == nil {
			errs = append(errs, fmt.Errorf("rule %d is nil", i))
			continue
		}
		if seen[r.ID] {
			errs = append(errs, fmt.Errorf("rule %q: duplicate ID", r.ID))
		}
		seen[r.ID] = true
		for _, p := range ruleProblems(r) {
			errs = append(errs, fmt.Errorf("rule %q: %s", r.ID, p))
		}
	}
	return errors.Join(errs...)
}

// ruleProblems returns what is wrong with r, one sentence each.
func ruleProblems(r *Rule) []string {
	var ps []string
	check := func(bad bool, problem string) {
		if bad {
			ps = append(ps, problem)
		}
	}
	check(!kebabCase.MatchString(r.ID), "ID is not kebab-case")
	check(r.Severity < Error || r.Severity > Note, fmt.Sprintf("severity %d is not Error, Warning or Note", int(r.Severity)))
	check(math.IsNaN(r.SecuritySeverity) || r.SecuritySeverity < 0 || r.SecuritySeverity > 10,
		fmt.Sprintf("security severity %v is not between 0 and 10", r.SecuritySeverity))
	check(r.Run == nil && !slices.Contains(Builtins, r), "Run is nil")
	ps = append(ps, summaryProblems(r.Doc.Summary)...)
	check(strings.TrimSpace(r.Doc.Why) == "", "Doc.Why is empty")
	check(strings.TrimSpace(r.Doc.Example) == "", "Doc.Example is empty")
	check(strings.TrimSpace(r.Doc.Fixed) == "", "Doc.Fixed is empty")
	names := map[string]bool{}
	for _, o := range r.Options {
		ps = append(ps, optionProblems(o, names)...)
		names[o.Name] = true
	}
	return ps
}

// summaryProblems checks the one-line, sentence-case, no-final-period
// summary.
func summaryProblems(s string) []string {
	if strings.TrimSpace(s) == "" {
		return []string{"Doc.Summary is empty"}
	}
	var ps []string
	if strings.ContainsAny(s, "\r\n") {
		ps = append(ps, "Doc.Summary is more than one line")
	}
	if strings.TrimSpace(s) != s {
		ps = append(ps, "Doc.Summary has leading or trailing space")
	}
	if strings.HasSuffix(s, ".") {
		ps = append(ps, "Doc.Summary ends with a period")
	}
	if first, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(first) {
		ps = append(ps, "Doc.Summary does not start with a capital letter")
	}
	return ps
}

// optionProblems checks one option, given the names of the options before
// it.
func optionProblems(o Option, earlier map[string]bool) []string {
	var ps []string
	switch {
	case !optionName.MatchString(o.Name):
		ps = append(ps, fmt.Sprintf("option %q: name is not a lower-case HCL attribute name", o.Name))
	case slices.Contains(reservedOptions, o.Name):
		ps = append(ps, fmt.Sprintf("option %q: name is reserved for every rule", o.Name))
	case earlier[o.Name]:
		ps = append(ps, fmt.Sprintf("option %q: duplicate name", o.Name))
	}
	if o.Parse == nil {
		ps = append(ps, fmt.Sprintf("option %q: Parse is nil", o.Name))
	}
	if o.Default == nil {
		ps = append(ps, fmt.Sprintf("option %q: Default is nil", o.Name))
	}
	if strings.TrimSpace(o.Doc) == "" {
		ps = append(ps, fmt.Sprintf("option %q: Doc is empty", o.Name))
	}
	return ps
}
