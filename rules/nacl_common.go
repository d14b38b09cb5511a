package rules

import (
	"fmt"
	"strings"

	"github.com/vpclint/vpclint/model"
)

// Helpers shared by the NACL rules.

// naclDirWord is "inbound" or "outbound".
func naclDirWord(d model.Direction) string {
	if d == model.Egress {
		return "outbound"
	}
	return "inbound"
}

// naclRuleAction describes what a rule does: "allow tcp 443 from
// 0.0.0.0/0".
func naclRuleAction(r *model.NACLRule) string {
	return r.Action.String() + " " + r.Match().Describe(r.Direction)
}

// naclRuleText describes a rule as "rule 120 (allow tcp 443 from
// 0.0.0.0/0)".
func naclRuleText(r *model.NACLRule) string {
	return fmt.Sprintf("rule %d (%s)", r.Number, naclRuleAction(r))
}

// naclRulesText describes rules as "rule 100 (…)", "rules 100 (…) and
// 110 (…)" or "rules 100 (…), 110 (…) and 120 (…)".
func naclRulesText(rules []*model.NACLRule) string {
	if len(rules) == 1 {
		return naclRuleText(rules[0])
	}
	parts := make([]string, len(rules))
	for i, r := range rules {
		parts[i] = fmt.Sprintf("%d (%s)", r.Number, naclRuleAction(r))
	}
	return "rules " + naclJoin(parts)
}

// naclJoin joins items as "a", "a and b" or "a, b and c".
func naclJoin(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
