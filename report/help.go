package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vpclint/vpclint/lint"
)

// RuleMarkdown renders a rule's documentation page, the one rendering of it
// that every place shows: docs/rules/<id>.md (internal/docgen), SARIF's
// help.markdown and `vpclint explain`. It is a "# <id>" title, the summary,
// a facts line (severity, security severity, since, tags, off by default),
// then "Why it matters", "Example", "How to fix" (prose and the fixed HCL),
// "Options" (a table and a config example), "When it stays silent" and
// "References", each left out when empty.
func RuleMarkdown(r *lint.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", r.ID)
	section(&b, "", sentence(r.Doc.Summary))
	section(&b, "", strings.Join(ruleFacts(r), " · "))
	section(&b, "Why it matters", r.Doc.Why)
	section(&b, "Example", fence(r.Doc.Example))
	section(&b, "How to fix", paragraphs(r.Doc.HowToFix, fence(r.Doc.Fixed)))
	section(&b, "Options", ruleOptions(r))
	section(&b, "When it stays silent", r.Doc.Silent)
	var refs []string
	for _, ref := range r.Doc.References {
		refs = append(refs, "- <"+ref+">")
	}
	section(&b, "References", strings.Join(refs, "\n"))
	return b.String()
}

// RuleIndex renders the index of the rule pages, docs/rules/README.md: a
// table of every rule with its severities and summary, linking to its
// page, and the retired IDs that are never reused.
func RuleIndex(rules []*lint.Rule, retired []string) string {
	var b strings.Builder
	b.WriteString("# Rules\n\n")
	b.WriteString("Every rule vpclint runs, generated from the rules' own documentation by `go generate ./rules`.\n\n")
	b.WriteString("| rule | severity | security severity | summary |\n| --- | --- | --- | --- |\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "| [`%s`](%s.md) | %s | %.1f | %s |\n", r.ID, r.ID, r.Severity, r.SecuritySeverity, cell(r.Doc.Summary))
	}
	if len(retired) > 0 {
		quoted := make([]string, len(retired))
		for i, id := range retired {
			quoted[i] = "`" + id + "`"
		}
		fmt.Fprintf(&b, "\n## Retired rule IDs\n\nThese IDs are never reused: %s.\n", strings.Join(quoted, ", "))
	}
	return b.String()
}

// ruleHelpText is SARIF's help.text, for viewers that cannot show
// markdown: the summary, why it matters, how to fix and when it stays
// silent, as plain paragraphs.
func ruleHelpText(r *lint.Rule) string {
	var fix, silent string
	if r.Doc.HowToFix != "" {
		fix = "How to fix: " + r.Doc.HowToFix
	}
	if r.Doc.Silent != "" {
		silent = "When it stays silent: " + r.Doc.Silent
	}
	return paragraphs(sentence(r.Doc.Summary), r.Doc.Why, fix, silent)
}

// ruleFacts returns the facts line's parts, in bold markdown.
func ruleFacts(r *lint.Rule) []string {
	facts := []string{
		"**Severity:** " + r.Severity.String(),
		"**Security severity:** " + strconv.FormatFloat(r.SecuritySeverity, 'f', 1, 64),
	}
	if r.Since != "" {
		facts = append(facts, "**Since:** "+r.Since)
	}
	if len(r.Tags) > 0 {
		facts = append(facts, "**Tags:** "+strings.Join(r.Tags, ", "))
	}
	if r.DefaultOff {
		facts = append(facts, "off by default")
	}
	return facts
}

// ruleOptions renders the rule's options as a table and a config example,
// or "" for a rule without options.
func ruleOptions(r *lint.Rule) string {
	if len(r.Options) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("Set in the rule's block of `.vpclint.hcl`.\n\n| option | default | meaning |\n| --- | --- | --- |\n")
	for _, o := range r.Options {
		fmt.Fprintf(&b, "| `%s` | `%s` | %s |\n", o.Name, lint.HCLValue(o.Default), cell(o.Doc))
	}
	fmt.Fprintf(&b, "\n```hcl\nrule %q {\n", r.ID)
	for _, o := range r.Options {
		fmt.Fprintf(&b, "  %s = %s\n", o.Name, lint.HCLValue(o.Default))
	}
	b.WriteString("}\n```")
	return b.String()
}

// section appends a blank line, "## title" and a blank line when title is
// set, and body, unless body is empty.
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

// paragraphs joins the non-blank texts with blank lines.
func paragraphs(texts ...string) string {
	var out []string
	for _, t := range texts {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return strings.Join(out, "\n\n")
}

// fence wraps HCL in a code block, keeping the indentation of its first
// line, or returns "" for none.
func fence(hcl string) string {
	hcl = strings.TrimRight(strings.TrimLeft(hcl, "\n"), " \t\n")
	if strings.TrimSpace(hcl) == "" {
		return ""
	}
	return "```hcl\n" + hcl + "\n```"
}

// cell makes text safe for one markdown table cell.
func cell(text string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(text), " "), "|", `\|`)
}
