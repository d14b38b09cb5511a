package rules

import (
	"fmt"
	"slices"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// SGDuplicateRule reports a security group rule that allows nothing
// another rule of the same group and direction does not.
var SGDuplicateRule = &lint.Rule{
	ID:               "sg-duplicate-rule",
	Severity:         lint.Warning,
	SecuritySeverity: 2.0,
	Tags:             []string{"reliability", "maintainability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Security group rule that another rule of the group already covers",
		Why: `The rules of a security group are a union: a rule that allows nothing another rule of the
same group and direction does not allow adds no access. Rules are compared from every
source together (inline ` + "`ingress`" + `/` + "`egress`" + ` blocks, the attribute form,
` + "`aws_security_group_rule`" + ` and ` + "`aws_vpc_security_group_*_rule`" + `), over their exact traffic:
protocol × ports × the addresses of their CIDR peers, while a security group, prefix list or
self peer is covered only by the same peer on a rule whose protocol and ports cover the
rule's.

When the two rules share a permission, that is a protocol, port range and one peer (AWS
splits a rule into one permission per peer, and the description is not part of its
identity), the apply fails: AWS rejects a permission that already exists with
` + "`InvalidPermission.Duplicate`" + `, or, for two inline rules sent in one request, with "The same
permission must not appear multiple times". Two inline blocks that are identical in every
argument, description included, are merged by Terraform into one and only clutter the
configuration. A rule that is covered without sharing a permission (tcp 443 from 10.1.0.0/16
next to all tcp from 10.0.0.0/8) applies, but it misleads readers: removing the wider rule
looks safe and is not, and narrowing the wider rule does not narrow the access. Every rule
also counts against the quota of 60 rules per direction and group.

Cost: quadratic in the rules of one group and direction, since each rule is compared with the
others; three groups of 60 rules per direction take about 1 ms, and of 1,000, the most a
group can have, about 90 ms (BenchmarkSGWorstCase).`,
		Example: `resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    description = "HTTPS from the VPC"
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.web.id
  description       = "HTTPS from the load balancers"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
}`,
		Fixed: `resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    description = "HTTPS from the VPC"
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/16"]
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
		HowToFix: `Remove the rule the message names, or the repeated peer from it. If both rules are meant
to stay because they document different intents, merge them into one rule whose
description says both. Keep each group's rules in one style (see sg-mixed-rule-styles), so
that duplicates are visible in one place.`,
		Silent: `The rule stays silent for a rule with an unknown protocol, port or peer (a variable without
a value, a data source), and does not use such a rule, nor a rule resource whose ` + "`count`" + ` or
` + "`for_each`" + ` is unknown, as the covering one. A rule covered only by several other rules
together is not reported. Security group, prefix list and self peers are compared by
identity: a prefix list whose entries cover a CIDR does not cover that CIDR here. Rules of an
` + "`aws_security_group_rule`" + ` whose ` + "`security_group_id`" + ` cannot be resolved are not compared.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
			"https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group",
		},
	},
	Run: runSGDuplicateRule,
}

func runSGDuplicateRule(pass *lint.Pass) error {
	for _, g := range pass.Network.SecurityGroups {
		var place func(*model.SGRule) string // made for the group's first finding
		for _, d := range []model.Direction{model.Ingress, model.Egress} {
			var rules []sgDuplicateRuleSets
			for _, r := range g.RulesIn(d) {
				if sgRuleCertain(r) {
					rules = append(rules, sgDuplicateRuleSets{rule: r, cidrs: r.Match(),
						services: model.Match(r.Protocol, r.Ports, model.AllIPv4, model.AllIPv6)})
				}
			}
			for i, b := range rules {
				if a := sgDuplicateRuleCover(rules, i); a != nil {
					if place == nil {
						place = sgRulePlacer(g)
					}
					sgDuplicateRuleReport(pass, a, b.rule, place)
				}
			}
		}
	}
	return nil
}

// sgDuplicateRuleSets is a rule with the traffic sets its comparisons use.
type sgDuplicateRuleSets struct {
	rule *model.SGRule
	// cidrs is the traffic of the rule's CIDR peers.
	cidrs model.Traffic
	// services is the rule's protocol × ports from every address: what it
	// allows with a peer that is not a CIDR.
	services model.Traffic
}

// sgDuplicateRuleCover returns the first rule of rules that covers
// rules[i]; a rule that rules[i] covers too (an equal one) counts only when
// it comes first, so that of two equal rules the second is reported.
func sgDuplicateRuleCover(rules []sgDuplicateRuleSets, i int) *model.SGRule {
	b := rules[i]
	if !sgDuplicateRulePeersKnown(b.rule) {
		return nil
	}
	for j, a := range rules {
		if j != i && sgDuplicateRuleCovers(a, b) && (j < i || !sgDuplicateRulePeersKnown(a.rule) || !sgDuplicateRuleCovers(b, a)) {
			return a.rule
		}
	}
	return nil
}

// sgDuplicateRuleCovers reports whether rule a allows everything rule b
// allows: b's CIDR traffic is inside a's, and each of b's other peers is a
// peer of a with a's protocol and ports covering b's. The caller checks
// that b's peers are all known.
func sgDuplicateRuleCovers(a, b sgDuplicateRuleSets) bool {
	if len(b.rule.CIDRs) > 0 && !a.cidrs.Contains(b.cidrs) {
		return false
	}
	if len(b.rule.PrefixLists)+len(b.rule.Groups) == 0 && !b.rule.Self {
		return true
	}
	if !a.services.Contains(b.services) || (b.rule.Self && !a.rule.Self) {
		return false
	}
	for _, p := range b.rule.PrefixLists {
		if !slices.Contains(a.rule.PrefixLists, p) {
			return false
		}
	}
	for _, g := range b.rule.Groups {
		if !slices.ContainsFunc(a.rule.Groups, func(o model.GroupRef) bool { return o.ID == g.ID }) {
			return false
		}
	}
	return true
}

// sgDuplicateRulePeersKnown reports whether r has at least one peer and
// every peer is known.
func sgDuplicateRulePeersKnown(r *model.SGRule) bool {
	if !sgRuleHasPeer(r) {
		return false
	}
	for _, c := range r.CIDRs {
		if !c.Known {
			return false
		}
	}
	for _, p := range r.PrefixLists {
		if !p.Known {
			return false
		}
	}
	for _, g := range r.Groups {
		if !g.ID.Known {
			return false
		}
	}
	return true
}

// sgDuplicateRuleShared returns a permission that a and b both hold (same
// protocol, ports and one peer: AWS's identity of a rule), described as
// "tcp 22 from 10.0.0.0/8"; ok is false when they share none.
func sgDuplicateRuleShared(a, b *model.SGRule) (string, bool) {
	if a.Protocol != b.Protocol || a.Ports != b.Ports {
		return "", false
	}
	prefix := model.DescribeService(b.Protocol, b.Ports) + " " + sgPeerWord(b.Direction) + " "
	for _, c := range b.CIDRs {
		if slices.Contains(a.CIDRs, c) {
			return prefix + c.Prefix.String(), true
		}
	}
	for _, p := range b.PrefixLists {
		if slices.Contains(a.PrefixLists, p) {
			return prefix + "prefix list " + p.Value, true
		}
	}
	for _, g := range b.Groups {
		if slices.ContainsFunc(a.Groups, func(o model.GroupRef) bool { return o.ID == g.ID }) {
			return prefix + "security group " + g.ID.Value, true
		}
	}
	if a.Self && b.Self {
		return prefix + "itself", true
	}
	return "", false
}

// sgDuplicateRuleIdentical reports whether a and b are inline rules of one
// group with the same arguments, description included, which Terraform
// merges into one element of the rule set.
func sgDuplicateRuleIdentical(a, b *model.SGRule) bool {
	return a.Origin == model.OriginInline && b.Origin == model.OriginInline && a.Group == b.Group &&
		a.Protocol == b.Protocol && a.Ports == b.Ports && a.WrittenPorts == b.WrittenPorts &&
		slices.Equal(a.CIDRs, b.CIDRs) && slices.Equal(a.PrefixLists, b.PrefixLists) &&
		slices.Equal(a.Groups, b.Groups) && a.Self == b.Self && a.Description == b.Description
}

// sgDuplicateRuleReport reports rule b, which rule a covers; place names
// the rules of their group (see sgRulePlacer).
func sgDuplicateRuleReport(pass *lint.Pass, a, b *model.SGRule, place func(*model.SGRule) string) {
	subject := fmt.Sprintf("%s (%s)", sgRuleSubjectAt(b, place(b)), sgRuleText(b))
	other := fmt.Sprintf("%s (%s)", place(a), sgRuleText(a))
	related := []lint.Related{{Message: other + " already allows this traffic", Range: a.Range}}
	var msg string
	shared, collide := sgDuplicateRuleShared(a, b)
	switch {
	case sgDuplicateRuleIdentical(a, b):
		msg = fmt.Sprintf("%s is identical to %s: Terraform keeps one copy of identical inline rules, so this one only "+
			"clutters the configuration; remove it", subject, other)
	case collide:
		rejects := "a rule that already exists (InvalidPermission.Duplicate)"
		if a.Origin == model.OriginInline && b.Origin == model.OriginInline {
			rejects = "a request that lists one permission twice (InvalidParameterValue)"
		}
		msg = fmt.Sprintf("%s repeats the permission %s of %s, description aside: AWS rejects %s, so the apply fails; "+
			"remove this rule, or the repeated peer from it", subject, shared, other, rejects)
	default:
		msg = fmt.Sprintf("%s is redundant: %s already allows all of its traffic; remove it, or narrow the other rule "+
			"if this one states the intended access", subject, other)
	}
	pass.ReportRelatedf(b, related, "%s", msg)
}
