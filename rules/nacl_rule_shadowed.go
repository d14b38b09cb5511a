package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// NACLRuleShadowed reports a NACL rule that can never match because
// lower-numbered rules already decide all of its traffic.
var NACLRuleShadowed = &lint.Rule{
	ID:               "nacl-rule-shadowed",
	Severity:         lint.Error,
	SecuritySeverity: 7.0,
	Tags:             []string{"security", "correctness"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Network ACL rule that lower-numbered rules already decide",
		Why: `A network ACL evaluates each direction's rules in ascending rule number and the first rule
that matches a packet decides it. A rule whose whole match set (protocol × ports × CIDR) is
already matched by lower-numbered rules of the same direction never decides anything. It
need not be covered by one rule: several lower rules can cover it together.

When the covering rules take the opposite action, the rule's intent is lost: a deny meant
to block an address range (an attacker, a partner that must not reach the database) is
never applied because an earlier allow lets the traffic through, or an allow meant to open
a port never works because an earlier deny drops it. These findings are errors, and so is a
deny that earlier allows take even part of. When the covering rules take the same action
the rule is only redundant, and the finding is a warning: it still uses one of the 20 rules
a NACL has per direction and misleads readers. An allow covered partly by earlier allows and
partly by earlier denies is also a warning: it is redundant where the allows cover it, and
the denies are usually deliberate carve-outs (a blocked RDP port before an ephemeral range).

Cost: quadratic in the rules of one direction of an ACL, since each rule is checked against
what the rules before it decide; 40 rules per direction, the most AWS allows, take under a
millisecond (BenchmarkNACLWorstCase).`,
		Example: `resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 200
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "203.0.113.0/24"
  }
}`,
		Fixed: `resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "203.0.113.0/24"
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}`,
		HowToFix: `If the rule should take effect, give it a number below the rules the message names (leave
gaps of 10 between rules so that one can be inserted later). If it is redundant, remove
it.`,
		Silent: `The rule stays silent for a direction whose rules are not all known (a dynamic block over an
unknown collection). It is silent for a rule with an unknown value, and for a rule when an
earlier rule with an unknown value, or one whose ` + "`count`" + ` or ` + "`for_each`" + ` is unknown and that
matches part of its traffic, might decide that traffic instead. It is also silent when an
` + "`aws_network_acl_rule`" + ` whose ` + "`network_acl_id`" + ` cannot be resolved might take part of the
rule's traffic, and for rules that share their number with a covering rule (AWS rejects the
duplicate; that is not a shadowing problem). IPv4 and IPv6 rules never cover each other.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html",
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl",
		},
	},
	Run: runNACLRuleShadowed,
}

func runNACLRuleShadowed(pass *lint.Pass) error {
	for _, n := range pass.Network.NACLs {
		for _, d := range []model.Direction{model.Ingress, model.Egress} {
			if !n.Incomplete[d] {
				naclRuleShadowedDirection(pass, n.Evaluate(d))
			}
		}
	}
	return nil
}

// naclRuleShadowedDirection reports the shadowed rules of one evaluated
// direction whose covering rules are certain (certainlyShadowed).
func naclRuleShadowedDirection(pass *lint.Pass, ev *model.Evaluation) {
	cands := make([]shadowCandidate[model.Traffic], len(ev.Rules))
	for i, re := range ev.Rules {
		cands[i] = shadowCandidate[model.Traffic]{
			known: re.Rule.Known, maybeAbsent: re.Rule.MaybeAbsent, shadowed: re.Shadowed(),
			number: re.Rule.Number, match: re.Match,
		}
		for _, c := range re.Covering {
			cands[i].coveringNumbers = append(cands[i].coveringNumbers, c.Number)
		}
	}
	for _, i := range certainlyShadowed(cands) {
		naclRuleShadowedReport(pass, ev.Rules[i])
	}
}

// naclRuleShadowedReport reports one shadowed rule: an error for a deny
// that some covering allow takes and for an allow that covering denies
// take entirely, a warning otherwise.
func naclRuleShadowedReport(pass *lint.Pass, re model.RuleEval) {
	r := re.Rule
	same, lowest := true, re.Covering[0].Number
	related := make([]lint.Related, len(re.Covering))
	for i, c := range re.Covering {
		same = same && c.Action == r.Action
		lowest = min(lowest, c.Number)
		related[i] = lint.Related{Message: naclRuleText(c) + " decides this traffic first", Range: c.Range}
	}
	subject := fmt.Sprintf("%s rule %d of %s (%s)", naclDirWord(r.Direction), r.Number, r.NACL.Address, naclRuleAction(r))
	covering, n := naclRulesText(re.Covering), len(re.Covering)
	opposite := naclOpposite(r.Action)
	mixed := naclRuleShadowedMixed(re.Covering, r.Action)
	// A lost deny, even in part, is an error; so is an allow that opens
	// nothing. An allow that earlier allows make redundant, but for what a
	// (usually deliberate) earlier deny takes, is a warning.
	severity := lint.Error
	if same || (mixed && r.Action == model.Allow) {
		severity = lint.Warning
	}
	var msg string
	switch {
	case same:
		msg = fmt.Sprintf("%s is redundant: %s already %s all of its traffic; remove it",
			subject, covering, naclActionVerb(r.Action, n))
	case mixed:
		msg = fmt.Sprintf("%s can never match: %s already decide all of its traffic, %s part of it; give it a "+
			"number below %d if it should take effect, or remove it", subject, covering, naclActionParticiple(opposite), lowest)
	default:
		msg = fmt.Sprintf("%s can never match: %s already %s all of its traffic; give it a number below %d if it "+
			"should take effect, or remove it", subject, covering, naclActionVerb(opposite, n), lowest)
	}
	pass.Report(lint.Finding{
		Rule:     pass.Rule,
		Message:  msg,
		Range:    r.Range,
		Resource: r.Address,
		Related:  related,
	}.WithSeverity(severity))
}

// naclRuleShadowedMixed reports whether some covering rule takes action a.
func naclRuleShadowedMixed(covering []*model.NACLRule, a model.Action) bool {
	for _, c := range covering {
		if c.Action == a {
			return true
		}
	}
	return false
}

// naclOpposite returns the other action.
func naclOpposite(a model.Action) model.Action {
	if a == model.Allow {
		return model.Deny
	}
	return model.Allow
}

// naclActionVerb is "allows"/"denies" for one rule, "allow"/"deny" for
// several.
func naclActionVerb(a model.Action, rules int) string {
	switch {
	case rules > 1:
		return a.String()
	case a == model.Deny:
		return "denies"
	}
	return "allows"
}

// naclActionParticiple is "allowing" or "denying".
func naclActionParticiple(a model.Action) string {
	if a == model.Deny {
		return "denying"
	}
	return "allowing"
}
