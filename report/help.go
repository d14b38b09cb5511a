package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/vpclint/vpclint/lint"
)

// RuleMarkdown renders a rule's documentation page: a "# <id>" title, a
// metadata line (severity, security severity, since, tags), the summary, then
// "Why it matters", "Example", "How to fix" (prose and the fixed HCL), "When
// it stays silent", "Options" and "References", each left out when empty.
// It is SARIF's help.markdown, and meant to be docs/rules/<id>.md too.
func RuleMarkdown(r *lint.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n%s\n", r.ID, strings.Join(ruleFacts(r), " · "))
	section(&b, "", sentence(r.Doc.Summary))
	section(&b, "Why it matters", r.Doc.Why)
	section(&b, "Example", fence(r.Doc.Example))
	section(&b, "How to fix", strings.TrimSpace(r.Doc.HowToFix+"\n\n"+fence(r.Doc.Fixed)))
	section(&b, "When it stays silent", r.Doc.Silent)
	var opts, refs []string
	for _, o := range r.Options {
		def := ""
		if o.Default != nil {
			def = fmt.Sprintf(" (default %#q)", lint.HCLValue(o.Default))
		}
		opts = append(opts, fmt.Sprintf("- %#q%s: %s", o.Name, def, o.Doc))
	}
	section(&b, "Options", strings.Join(opts, "\n"))
	for _, ref := range r.Doc.References {
		refs = append(refs, "- <"+ref+">")
	}
	section(&b, "References", strings.Join(refs, "\n"))
	return b.String()
}

// ruleHelpText is RuleMarkdown's plain-text counterpart, for SARIF help.text:
// the summary, why it matters, how to fix and when it stays silent.
func ruleHelpText(r *lint.Rule) string {
	paras := []string{sentence(r.Doc.Summary), r.Doc.Why}
	if r.Doc.HowToFix != "" {
		paras = append(paras, "How to fix: "+r.Doc.HowToFix)
	}
	if r.Doc.Silent != "" {
		paras = append(paras, "When it stays silent: "+r.Doc.Silent)
	}
	for i := range paras {
		paras[i] = strings.TrimSpace(paras[i])
	}
	return strings.Join(slices.DeleteFunc(paras, func(p string) bool { return p == "" }), "\n\n")
}

// ruleFacts returns the metadata line's parts.
func ruleFacts(r *lint.Rule) []string {
	facts := []string{"Severity: " + r.Severity.String()}
	if r.SecuritySeverity > 0 {
		facts = append(facts, "Security severity: "+strconv.FormatFloat(r.SecuritySeverity, 'f', 1, 64))
	}
	if r.Since != "" {
		facts = append(facts, "Since: "+r.Since)
	}
	if len(r.Tags) > 0 {
		facts = append(facts, "Tags: "+strings.Join(r.Tags, ", "))
	}
	if r.DefaultOff {
		facts = append(facts, "Off by default")
	}
	return facts
}

// section appends a blank line, "## title" when title is set, and body,
// unless body is empty.
func section(b *strings.Builder, title, body string) {
	body = strings.TrimSpace(body)
	if body == "" {
		return
	}
	if title != "" {
		fmt.Fprintf(b, "\n## %s\n", title)
	}
	fmt.Fprintf(b, "\n%s\n", body)
}

// fence wraps HCL in a code block, or returns "" for none.
func fence(hcl string) string {
	hcl = strings.Trim(hcl, "\n")
	if strings.TrimSpace(hcl) == "" {
		return ""
	}
	return "```hcl\n" + hcl + "\n```"
}
