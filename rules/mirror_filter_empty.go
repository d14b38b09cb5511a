package rules

import (
	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// MirrorFilterEmpty reports a traffic mirror filter, used by a session,
// that accepts no traffic in either direction.
var MirrorFilterEmpty = &lint.Rule{
	ID:               "mirror-filter-empty",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Traffic mirror session whose filter accepts nothing in either direction",
		Why: `A traffic mirror session copies only the packets its filter accepts: AWS mirrors nothing by
default, and a packet that no accept rule matches first is not mirrored. A filter without
rules, with only reject rules, or whose accept rules all come after rejects that already
decide their traffic, accepts nothing, so every session that uses it mirrors nothing. The
session is created without an error, the target's appliance sees an empty stream, and a
security investigation or a network capture concludes that the traffic never happened.

Cost: quadratic in the rules of one direction of a filter, since each rule is checked against
what the rules before it decide; 10 rules per direction take under a millisecond
(BenchmarkMirrorWorstCase).`,
		Example: `resource "aws_ec2_traffic_mirror_filter" "capture" {
  description = "capture everything"
}

resource "aws_ec2_traffic_mirror_session" "web" {
  network_interface_id     = "eni-0123456789abcdef0"
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.capture.id
  traffic_mirror_target_id = "tmt-0123456789abcdef0"
  session_number           = 1
}`,
		Fixed: `resource "aws_ec2_traffic_mirror_filter" "capture" {
  description = "capture everything"
}

resource "aws_ec2_traffic_mirror_filter_rule" "all_in" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.capture.id
  traffic_direction        = "ingress"
  rule_number              = 100
  rule_action              = "accept"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_filter_rule" "all_out" {
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.capture.id
  traffic_direction        = "egress"
  rule_number              = 100
  rule_action              = "accept"
  source_cidr_block        = "0.0.0.0/0"
  destination_cidr_block   = "0.0.0.0/0"
}

resource "aws_ec2_traffic_mirror_session" "web" {
  network_interface_id     = "eni-0123456789abcdef0"
  traffic_mirror_filter_id = aws_ec2_traffic_mirror_filter.capture.id
  traffic_mirror_target_id = "tmt-0123456789abcdef0"
  session_number           = 1
}`,
		HowToFix: `Add ` + "`aws_ec2_traffic_mirror_filter_rule`" + ` resources with ` + "`rule_action = \"accept\"`" + ` for the traffic to
capture, in the direction it flows from the source's point of view (` + "`ingress`" + ` for what it
receives, ` + "`egress`" + ` for what it sends), numbered below any reject rule that would decide that
traffic first. To mirror the source's DNS queries to the Amazon DNS server, add
` + "`network_services = [\"amazon-dns\"]`" + ` to the filter.`,
		Silent: `The rule stays silent for a filter that no session of the configuration uses, for a filter with
network services (` + "`amazon-dns`" + `) or an unknown ` + "`network_services`" + ` value, and when a rule of the
filter has an unknown value or a rule resource whose ` + "`traffic_mirror_filter_id`" + ` or
` + "`traffic_direction`" + ` cannot be resolved might belong to it. An accept rule whose ` + "`count`" + ` or
` + "`for_each`" + ` is unknown counts as accepting what no earlier rule decides.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/mirroring/traffic-mirroring-filter.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ec2_traffic_mirror_filter",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ec2_traffic_mirror_session",
		},
	},
	Run: runMirrorFilterEmpty,
}

func runMirrorFilterEmpty(pass *lint.Pass) error {
	byFilter, _ := mirrorSessionsOf(pass.Network)
	for _, f := range pass.Network.MirrorFilters {
		sessions := byFilter[f]
		if len(sessions) == 0 || !f.NetworkServicesKnown || len(f.NetworkServices) > 0 {
			continue
		}
		why, ok := mirrorFilterEmptyWhy(f)
		if !ok {
			continue
		}
		related := make([]lint.Related, len(sessions))
		for i, s := range sessions {
			related[i] = lint.Related{Message: s.Address + " uses this filter", Range: s.DefRange}
		}
		names := mirrorSessionNames(sessions)
		pass.ReportRelatedf(f, related, "traffic mirror filter %s accepts no traffic in either direction (%s), so %s %s %s "+
			"nothing; add accept rules for the traffic to capture (for everything: ingress and egress rule 100, "+
			"accept from 0.0.0.0/0 to 0.0.0.0/0)", f.Address, why, plural("session", "sessions", len(names)), joinUpTo(names, 3),
			plural("mirrors", "mirror", len(names)))
	}
	return nil
}

// mirrorFilterEmptyWhy says why filter f certainly accepts nothing: it has
// no rules, only reject rules, or accept rules that earlier rejects decide
// (an earlier accept that decides anything would accept it) or that match
// nothing. ok is false when f may accept something, or when some rule is
// not known.
func mirrorFilterEmptyWhy(f *model.MirrorFilter) (why string, ok bool) {
	accepts, blocked := 0, 0
	for _, d := range []model.Direction{model.Ingress, model.Egress} {
		if f.Incomplete[d] {
			return "", false
		}
		for _, re := range f.Evaluate(d).Rules {
			switch {
			case !re.Rule.Known:
				return "", false
			case re.Rule.Action != model.MirrorAccept:
			case !re.Share.IsEmpty():
				return "", false // a share is an upper bound: empty means it surely accepts nothing
			default:
				accepts++
				if len(re.Covering) > 0 {
					blocked++
				}
			}
		}
	}
	switch {
	case len(f.Rules) == 0:
		return "it has no rules", true
	case accepts == 0:
		return "it has only reject rules", true
	case blocked == accepts:
		return "every accept rule comes after reject rules that already decide all of its traffic", true
	}
	return "its accept rules come after reject rules that decide their traffic, or pair an IPv4 with an IPv6 block", true
}
