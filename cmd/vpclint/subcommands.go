package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/report"
	"github.com/vpclint/vpclint/rules"
)

// allRules returns the registry and the built-in rules.
func allRules() []*lint.Rule {
	return append(rules.All(), lint.Builtins...)
}

// runRules is `vpclint rules`: one line per rule with its ID, default
// severity and summary.
func runRules(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		return (&cli{stderr: stderr}).fail(nil, usageError("vpclint rules takes no arguments"))
	}
	tw := tabwriter.NewWriter(stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tSUMMARY")
	for _, r := range allRules() {
		var notes []string
		if r.DefaultOff {
			notes = append(notes, "off by default")
		}
		if slices.Contains(lint.Builtins, r) {
			notes = append(notes, "built-in")
		}
		summary := r.Doc.Summary
		if len(notes) > 0 {
			summary += " (" + strings.Join(notes, ", ") + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Severity, summary)
	}
	_ = tw.Flush() // nothing to do if stdout is gone
	return exitClean
}

// runExplain is `vpclint explain RULE`: the rule's documentation page,
// the same markdown as docs/rules/<id>.md and SARIF's help.
func runExplain(args []string, stdout, stderr io.Writer) int {
	c := &cli{stderr: stderr}
	if len(args) != 1 {
		return c.fail(nil, usageError("vpclint explain takes one rule ID"))
	}
	all := allRules()
	i := slices.IndexFunc(all, func(r *lint.Rule) bool { return r.ID == args[0] })
	if i < 0 {
		return c.fail(nil, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown rule",
			Detail: fmt.Sprintf("There is no rule %q%s. Run `vpclint rules` to list them.", args[0], suggestion(lint.Suggest(args[0], lint.IDs(all))))})
	}
	_, _ = io.WriteString(stdout, report.RuleMarkdown(all[i]))
	return exitClean
}
