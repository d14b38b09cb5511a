package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// MirrorFilterShadowed reports a traffic mirror filter rule that can never
// match because lower-numbered rules of its direction already decide all
// of its traffic.
var MirrorFilterShadowed = &lint.Rule{
	ID:               "mirror-filter-shadowed",
	Severity:         lint.Error,
	SecuritySeverity: 0,
	Tags:             []string{"reliability", "correctness"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Traffic mirror filter rule that lower-numbered rules already decide",
		Why: `A traffic mirror filter evaluates the rules of each direction (the source's inbound and its
outbound traffic) in ascending rule number, and the first rule that matches a packet
decides whether it is mirrored. A rule matches on protocol, source and destination CIDR,
and for tcp and udp on source and destination ports. A rule whose whole match is already
matched by lower-numbered rules of the same direction, alone or together, never decides
anything.

When the covering rules take the opposite action, the rule's intent is lost, silently: an
accept meant to capture the traffic under investigation captures nothing, so the appliance
shows no packets and the investigation concludes the traffic never happened; or a reject
meant to keep noisy or sensitive traffic (backups, health checks, a database's replication)
off the target is ignored, and the extra volume is mirrored, counted against the source's
bandwidth and dropped when the target falls behind. These findings are errors, and so is a
reject that earlier accepts take even part of. When the covering rules take the same action
the rule is only redundant, and the finding is a warning; so is an accept covered partly by
earlier accepts and partly by earlier rejects, which are usually deliberate carve-outs.

Cost: quadratic in the rules of one direction of a filter, since each rule is checked against
what the rules before it decide; 10 rules per direction take about 1 ms
(BenchmarkMirrorWorstCase).`,
		Example: `resource "aws_ec2_traffic_mirror_filter" "web" {
  description = "capture web traffic"
}

resource "aws_ec2_traffic_mirror_filter_rule" "reject_all" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "reject"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "https" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "ingress"
  rule_number              = 200
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "10.0.0.0/16"

  destination_port_range {
    from_port = 443
    to_port   = 443
  }
}`,
		Fixed: `resource "aws_ec2_traffic_mirror_filter" "web" {
  description = "capture web traffic"
}

resource "aws_ec2_traffic_mirror_filter_rule" "https" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.web.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "accept"
  protocol                 = 6
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "10.0.0.0/16"

  destination_port_range {
    from_port = 443
    to_port   = 443
  }
}`,
		HowToFix: `If the rule should take effect, give it a number below the rules the message names (leave
gaps between numbers so that one can be inserted later). If it is redundant, remove it. A
filter that should mirror only some traffic needs no final reject rule: a packet no rule
accepts is not mirrored.`,
		Silent: `The rule stays silent for a direction of a filter when a rule resource whose
` + "`traffic_mirror_filter_id`" + ` or ` + "`traffic_direction`" + ` cannot be resolved might belong to it. It is
silent for a rule with an unknown value, for every rule after a rule with an unknown value,
and for a rule when an earlier rule whose ` + "`count`" + ` or ` + "`for_each`" + ` is unknown matches part of its
traffic. It is silent for a rule that shares its number with a covering rule (AWS rejects
the duplicate) and for a port range on a protocol other than tcp and udp, which vpclint
does not give a meaning. IPv4 and IPv6 rules never cover each other.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/mirroring/traffic-mirroring-filter.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ec2_traffic_mirror_filter_rule",
		},
	},
	Run: runMirrorFilterShadowed,
}

func runMirrorFilterShadowed(pass *lint.Pass) error {
	for _, f := range pass.Network.MirrorFilters {
		for _, d := range []model.Direction{model.Ingress, model.Egress} {
			if !f.Incomplete[d] {
				mirrorFilterShadowedDirection(pass, f.Evaluate(d))
			}
		}
	}
	return nil
}

// mirrorFilterShadowedDirection reports the shadowed rules of one evaluated
// direction whose covering rules certainly decide their traffic
// (certainlyShadowed).
func mirrorFilterShadowedDirection(pass *lint.Pass, ev *model.MirrorEvaluation) {
	cands := make([]shadowCandidate[model.MirrorTraffic], len(ev.Rules))
	for i, re := range ev.Rules {
		cands[i] = shadowCandidate[model.MirrorTraffic]{
			known: re.Rule.Known, maybeAbsent: re.Rule.MaybeAbsent, shadowed: re.Shadowed(),
			number: re.Rule.Number, match: re.Match,
		}
		for _, c := range re.Covering {
			cands[i].coveringNumbers = append(cands[i].coveringNumbers, c.Number)
		}
	}
	for _, i := range certainlyShadowed(cands) {
		mirrorFilterShadowedReport(pass, ev.Rules[i])
	}
}

// mirrorFilterShadowedReport reports one shadowed rule: a warning when the
// covering rules take its action (it is redundant) or when it accepts and
// only part of its traffic is rejected first, an error otherwise.
func mirrorFilterShadowedReport(pass *lint.Pass, re model.MirrorRuleEval) {
	r := re.Rule
	same, mixed, lowest := true, false, re.Covering[0].Number
	related := make([]lint.Related, len(re.Covering))
	for i, c := range re.Covering {
		same = same && c.Action == r.Action
		mixed = mixed || c.Action == r.Action
		lowest = min(lowest, c.Number)
		related[i] = lint.Related{Message: mirrorRuleText(c) + " decides this traffic first", Range: c.Range}
	}
	subject := fmt.Sprintf("%s rule %d of %s (%s)", naclDirWord(r.Direction), r.Number, r.Filter.Address, mirrorRuleAction(r))
	covering, n := mirrorRulesText(re.Covering), len(re.Covering)
	opposite := model.MirrorAccept
	if r.Action == model.MirrorAccept {
		opposite = model.MirrorReject
	}
	severity := lint.Error
	if same || (mixed && r.Action == model.MirrorAccept) {
		severity = lint.Warning
	}
	var msg string
	switch {
	case same:
		msg = fmt.Sprintf("%s is redundant: %s already %s all of its traffic; remove it",
			subject, covering, mirrorActionVerb(r.Action, n))
	case mixed:
		msg = fmt.Sprintf("%s can never match: %s already decide all of its traffic, %sing part of it; give it a "+
			"number below %d if it should take effect, or remove it", subject, covering, opposite, lowest)
	default:
		msg = fmt.Sprintf("%s can never match: %s already %s all of its traffic; give it a number below %d if it "+
			"should take effect, or remove it", subject, covering, mirrorActionVerb(opposite, n), lowest)
	}
	pass.Report(lint.Finding{
		Rule:     pass.Rule,
		Message:  msg,
		Range:    r.Range,
		Resource: r.Address,
		Related:  related,
	}.WithSeverity(severity))
}

// mirrorActionVerb is "accepts"/"rejects" for one rule, "accept"/"reject"
// for several.
func mirrorActionVerb(a model.MirrorAction, rules int) string {
	if rules > 1 {
		return a.String()
	}
	return a.String() + "s"
}
