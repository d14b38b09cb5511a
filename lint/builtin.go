package lint

import "github.com/agext/levenshtein"

// The built-in rules are reported by Run itself, about vpclint:ignore
// directives rather than the network. They have no Run function; they can
// be disabled or given another severity in the config like any rule, but a
// directive cannot silence them.
var (
	// InvalidIgnore reports a vpclint:ignore directive that cannot be used.
	InvalidIgnore = &Rule{
		ID:       "invalid-ignore",
		Severity: Error,
		Tags:     []string{"maintainability"},
		Since:    "0.1.0",
		Doc: Doc{
			Summary: "A vpclint:ignore comment that is malformed or names an unknown rule",
			Why: "A directive without a reason, without a rule ID, with a misspelt rule ID, or not " +
				"where it can apply silences nothing, so the finding it was meant to silence still " +
				"fails the check, and the intent behind it is lost. The reason is required so that " +
				"a reviewer can tell an accepted risk from a hidden one.",
			Example: "# vpclint:ignore nat-untaged\n" +
				"resource \"aws_nat_gateway\" \"a\" {\n  subnet_id = aws_subnet.public.id\n}\n",
			Fixed: "# vpclint:ignore nat-untagged shared NAT, tagged by the platform team's module\n" +
				"resource \"aws_nat_gateway\" \"a\" {\n  subnet_id = aws_subnet.public.id\n}\n",
			HowToFix: "Write `# vpclint:ignore <rule-id>[,<rule-id>] <reason>` on the line before the " +
				"block or at the end of its first line, or `# vpclint:ignore-file <rule-id> <reason>` " +
				"as the first line of the file. `vpclint rules` lists the rule IDs.",
		},
	}

	// UnusedIgnore reports a vpclint:ignore directive that silences no
	// finding of a rule that ran, so stale ignores do not pile up.
	UnusedIgnore = &Rule{
		ID:       "unused-ignore",
		Severity: Warning,
		Tags:     []string{"maintainability"},
		Since:    "0.1.0",
		Doc: Doc{
			Summary: "A vpclint:ignore comment that silences no finding",
			Why: "An ignore left behind after the problem was fixed, or placed on the wrong block, " +
				"would silently hide the next real finding of that rule in the block.",
			Example: "# vpclint:ignore sg-empty-egress egress comes from a separate rule resource\n" +
				"resource \"aws_security_group\" \"a\" {\n  egress {\n    from_port   = 443\n" +
				"    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = [\"10.0.0.0/8\"]\n  }\n}\n",
			Fixed: "resource \"aws_security_group\" \"a\" {\n  egress {\n    from_port   = 443\n" +
				"    to_port     = 443\n    protocol    = \"tcp\"\n    cidr_blocks = [\"10.0.0.0/8\"]\n  }\n}\n",
			HowToFix: "Remove the comment, or the rule IDs in it that no longer fire.",
			Silent: "A directive naming a rule that is disabled in the config is not reported: the " +
				"rule did not run, so vpclint cannot tell whether the directive is still needed.",
		},
	}
)

// Builtins are the rules Run reports itself, in ID order.
var Builtins = []*Rule{InvalidIgnore, UnusedIgnore}

// Suggest returns the candidate closest to given (an edit distance below
// 3), for "did you mean" hints about rule IDs and option names, or "" when
// none is close. Of equally close candidates, the first wins.
func Suggest(given string, candidates []string) string {
	best, bestDist := "", 3
	for _, c := range candidates {
		if d := levenshtein.Distance(given, c, nil); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// IDs returns the IDs of rules, in order.
func IDs(rules []*Rule) []string {
	ids := make([]string, len(rules))
	for i, r := range rules {
		ids[i] = r.ID
	}
	return ids
}
