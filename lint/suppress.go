package lint

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/model"
)

// suppress drops the findings that a well-formed directive silences and
// appends the findings about the directives themselves: invalid-ignore for
// a malformed directive, an unknown rule ID or a built-in rule, and
// unused-ignore for each rule ID that ran but whose directive silenced
// nothing. all is every known rule, built-ins included.
func suppress(findings []Finding, directives []model.Directive, all []*Rule, cfg Config) []Finding {
	used := make([]map[string]bool, len(directives))
	kept := make([]Finding, 0, len(findings))
	for _, f := range findings {
		silenced := false
		for i, d := range directives {
			if directiveProblem(d) == "" && slices.Contains(d.Rules, f.Rule.ID) && covers(d, f.Range.Start, f.Range.Filename) {
				if used[i] == nil {
					used[i] = map[string]bool{}
				}
				used[i][f.Rule.ID] = true
				silenced = true
			}
		}
		if !silenced {
			kept = append(kept, f)
		}
	}
	for i, d := range directives {
		kept = append(kept, directiveFindings(d, used[i], all, cfg)...)
	}
	return kept
}

// directiveProblem says why d cannot be used, or returns "".
func directiveProblem(d model.Directive) string {
	switch {
	case d.Malformed != "":
		return d.Malformed
	case len(d.Rules) == 0:
		return "no rule ID"
	case strings.TrimSpace(d.Reason) == "":
		return "no reason given"
	}
	return ""
}

// covers reports whether directive d applies at position pos of file.
func covers(d model.Directive, pos hcl.Pos, file string) bool {
	if d.Scope.Filename != file {
		return false
	}
	return d.File || (!posBefore(pos, d.Scope.Start) && posBefore(pos, d.Scope.End))
}

// posBefore reports whether a comes before b in the same file.
func posBefore(a, b hcl.Pos) bool {
	return a.Line < b.Line || (a.Line == b.Line && a.Column < b.Column)
}

// directiveFindings returns the built-in findings about directive d, given
// the rule IDs for which it silenced something.
func directiveFindings(d model.Directive, used map[string]bool, all []*Rule, cfg Config) []Finding {
	name := "vpclint:ignore"
	if d.File {
		name = "vpclint:ignore-file"
	}
	var out []Finding
	add := func(r *Rule, format string, args ...any) {
		if cfg.Enabled(r) {
			out = append(out, Finding{Rule: r, Severity: r.Severity, Message: fmt.Sprintf(format, args...), Range: d.Comment})
		}
	}
	if p := directiveProblem(d); p != "" {
		add(InvalidIgnore, "malformed %s comment: %s; write `# %s <rule-id>[,<rule-id>] <reason>`", name, p, name)
		return out
	}
	seen := map[string]bool{}
	for _, id := range d.Rules {
		if seen[id] {
			continue
		}
		seen[id] = true
		r := findRule(all, id)
		switch {
		case r == nil:
			add(InvalidIgnore, "%s names unknown rule %q%s", name, id, didYouMean(id, all))
		case slices.Contains(Builtins, r):
			add(InvalidIgnore, "%s cannot silence %s; disable that rule in .vpclint.hcl instead", name, id)
		case !cfg.Enabled(r) || used[id]:
		case d.File:
			add(UnusedIgnore, "%s for %s silences no finding in this file; remove it", name, id)
		default:
			add(UnusedIgnore, "%s for %s silences no finding in the block it covers; remove it", name, id)
		}
	}
	return out
}

// didYouMean returns `; did you mean "x"?` for the rule ID closest to id,
// or "" when none is close.
func didYouMean(id string, rules []*Rule) string {
	if s := Suggest(id, IDs(rules)); s != "" {
		return fmt.Sprintf("; did you mean %q?", s)
	}
	return ""
}
