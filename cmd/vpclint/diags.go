package main

import (
	"bytes"
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

// maxShownDiags bounds the diagnostics writeDiags renders, and
// maxSnippetScan the bytes of source hcl's writer scans for them (it reads
// a diagnostic's file from the start to its source lines, every time):
// 20,000 duplicate resources in a 2 MB generated file took minutes to
// print, and nobody reads past the first screens anyway.
const (
	maxShownDiags  = 50
	maxSnippetScan = 64 << 20
)

// shownDiags returns how many of diags, from the first, writeDiags renders
// with their source lines: at most maxShownDiags, and no more than fit in
// maxSnippetScan bytes scanned, but always the first.
func shownDiags(files map[string]*hcl.File, diags hcl.Diagnostics) int {
	scanned := 0
	for i, d := range diags {
		scanned += snippetEnd(files, d)
		if i == maxShownDiags || i > 0 && scanned > maxSnippetScan {
			return i
		}
	}
	return len(diags)
}

// snippetEnd returns the byte offset, in its file, of the end of the last
// source line hcl's writer shows for d (the line where its subject or
// context ends); 0 when it shows none.
func snippetEnd(files map[string]*hcl.File, d *hcl.Diagnostic) int {
	if d.Subject == nil {
		return 0
	}
	f := files[d.Subject.Filename]
	if f == nil || f.Bytes == nil {
		return 0
	}
	r := *d.Subject
	if d.Context != nil {
		r = hcl.RangeOver(r, *d.Context)
	}
	// The writer widens an empty range to one byte.
	end := min(max(r.End.Byte, r.Start.Byte+1), len(f.Bytes))
	if i := bytes.IndexByte(f.Bytes[end:], '\n'); i >= 0 {
		return end + i
	}
	return len(f.Bytes)
}

// snippetFiles returns the files to render d with: its file cut after the
// source lines shown, which the writer then scans no further, or files
// as they are when no source is shown.
func snippetFiles(files map[string]*hcl.File, d *hcl.Diagnostic) map[string]*hcl.File {
	end := snippetEnd(files, d)
	if end == 0 {
		return files
	}
	f := files[d.Subject.Filename]
	return map[string]*hcl.File{d.Subject.Filename: {Body: f.Body, Bytes: f.Bytes[:end], Nav: f.Nav}}
}

// countDiags says how many errors and warnings diags holds: "3 more
// errors", "1 more error and 2 more warnings".
func countDiags(diags hcl.Diagnostics) string {
	errs, warnings := splitDiags(diags)
	var parts []string
	if len(errs) > 0 {
		parts = append(parts, plural(len(errs), "more error"))
	}
	if len(warnings) > 0 {
		parts = append(parts, plural(len(warnings), "more warning"))
	}
	return strings.Join(parts, " and ")
}

// oneLine renders d on one line: "error: file:line,column: summary: detail".
func oneLine(d *hcl.Diagnostic) string {
	sev := "error"
	if d.Severity != hcl.DiagError {
		sev = "warning"
	}
	at := ""
	if d.Subject != nil {
		at = fmt.Sprintf("%s:%d,%d: ", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column)
	}
	return fmt.Sprintf("%s: %s%s: %s", sev, at, d.Summary, d.Detail)
}

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
