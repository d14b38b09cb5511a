package main

import (
	"fmt"
	"maps"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/report"
)

// maxWarningKinds bounds how many kinds of warning the one-line count
// names.
const maxWarningKinds = 3

// splitDiags separates errors from warnings.
func splitDiags(diags hcl.Diagnostics) (errs, warnings hcl.Diagnostics) {
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			errs = append(errs, d)
		} else {
			warnings = append(warnings, d)
		}
	}
	return errs, warnings
}

// warn writes the loader's warnings (deprecated syntax, expressions it could
// not evaluate) to stderr: one line each under --debug, else one line that
// counts them by kind, so that old Terraform with thousands of deprecated
// quoted types does not bury the findings. (hcl's diagnostic writer is
// not used for them: it rescans the file for each one, which takes minutes
// for thousands.)
func (c *cli) warn(warnings hcl.Diagnostics) {
	if len(warnings) == 0 {
		return
	}
	if c.debug {
		for _, w := range warnings {
			at := ""
			if w.Subject != nil {
				at = fmt.Sprintf("%s:%d,%d: ", w.Subject.Filename, w.Subject.Start.Line, w.Subject.Start.Column)
			}
			c.debugf("warning: %s%s: %s", at, w.Summary, w.Detail)
		}
		return
	}
	var kinds []string
	count := map[string]int{}
	for _, w := range warnings {
		if count[w.Summary] == 0 {
			kinds = append(kinds, w.Summary)
		}
		count[w.Summary]++
	}
	var parts []string
	for i, k := range kinds {
		if i == maxWarningKinds {
			parts = append(parts, fmt.Sprintf("%d more kinds", len(kinds)-i))
			break
		}
		parts = append(parts, fmt.Sprintf("%d × %s", count[k], k))
	}
	fmt.Fprintf(c.stderr, "vpclint: %s about the Terraform source (%s); --debug shows each\n",
		plural(len(warnings), "warning"), strings.Join(parts, ", "))
}

// plural returns "1 warning", "2 warnings".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// problems turns load errors into the report's list of what was not
// analysed.
func problems(errs hcl.Diagnostics) []report.Problem {
	var out []report.Problem
	for _, d := range errs {
		p := report.Problem{Message: d.Summary}
		if d.Detail != "" {
			p.Message += ": " + d.Detail
		}
		if d.Subject != nil {
			p.Range = *d.Subject
		}
		out = append(out, p)
	}
	return out
}

// withRuleOff returns cfg with rule id turned off, leaving cfg itself as
// it was.
func withRuleOff(cfg lint.Config, id string) lint.Config {
	rules := maps.Clone(cfg.Rules)
	if rules == nil {
		rules = map[string]lint.RuleConfig{}
	}
	off := false
	rc := rules[id]
	rc.Enabled = &off
	rules[id] = rc
	cfg.Rules = rules
	return cfg
}
