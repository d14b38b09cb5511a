package report

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/vpclint/vpclint/lint"
)

// repoURL is vpclint's home; rule docs live under docs/rules/ in it.
const repoURL = "https://github.com/vpclint/vpclint"

// releaseVersion matches the versions that have a release tag.
var releaseVersion = regexp.MustCompile(`^v?\d+\.\d+\.\d+(-(alpha|beta|rc)(\.\d+)?)?$`)

// DocURL returns the address of the rule's documentation page at the
// release tag of version, or on the main branch when version is not a
// release ("", "dev", a pseudo-version).
func DocURL(ruleID, version string) string {
	ref := "main"
	if releaseVersion.MatchString(version) {
		ref = "v" + strings.TrimPrefix(version, "v")
	}
	return fmt.Sprintf("%s/blob/%s/docs/rules/%s.md", repoURL, ref, ruleID)
}

// ruleList returns the rules that ran and the rules of the findings, once
// each, in ID order.
func ruleList(ran []*lint.Rule, findings []lint.Finding) []*lint.Rule {
	var list []*lint.Rule
	seen := map[string]bool{}
	add := func(r *lint.Rule) {
		if r != nil && !seen[r.ID] {
			seen[r.ID] = true
			list = append(list, r)
		}
	}
	for _, r := range ran {
		add(r)
	}
	for _, f := range findings {
		add(f.Rule)
	}
	slices.SortFunc(list, func(a, b *lint.Rule) int { return strings.Compare(a.ID, b.ID) })
	return list
}

// ruleID returns the ID of f's rule, or "unknown" for a finding without one.
func ruleID(f lint.Finding) string {
	if f.Rule == nil {
		return "unknown"
	}
	return f.Rule.ID
}

// camelCase turns a kebab-case rule ID into SARIF's rule name:
// "nacl-rule-shadowed" becomes "NaclRuleShadowed".
func camelCase(id string) string {
	var b strings.Builder
	for part := range strings.SplitSeq(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// tally counts findings by severity.
type tally struct{ errors, warnings, notes int }

func count(findings []lint.Finding) tally {
	var t tally
	for _, f := range findings {
		switch f.Severity {
		case lint.Error:
			t.errors++
		case lint.Warning:
			t.warnings++
		default:
			t.notes++
		}
	}
	return t
}

// plural returns "1 error", "2 errors".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
