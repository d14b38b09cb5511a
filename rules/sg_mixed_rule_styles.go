package rules

import (
	"fmt"
	"slices"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// SGMixedRuleStyles reports a security group whose rules are managed by
// more than one kind of Terraform resource.
var SGMixedRuleStyles = &lint.Rule{
	ID:               "sg-mixed-rule-styles",
	Severity:         lint.Warning,
	SecuritySeverity: 4.0,
	Tags:             []string{"reliability", "correctness"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Security group whose rules are managed by more than one kind of resource",
		Why: `A security group's rules can be written three ways: inline in the group (` + "`ingress`" + ` /
` + "`egress`" + ` blocks or the attribute form, including ` + "`egress = []`" + `), as
` + "`aws_security_group_rule`" + ` resources, or as ` + "`aws_vpc_security_group_ingress_rule`" + ` /
` + "`aws_vpc_security_group_egress_rule`" + ` resources. The provider documents that they must not be
combined on one group: "Doing so may cause rule conflicts, perpetual differences, and result
in rules being overwritten."

The damage is certain when a group sets a direction inline and a rule resource adds a rule
in the same direction: the group resource owns that direction's rule set, so the next apply
removes the rule it does not list, and the apply after that adds it back. The rule is
missing every other apply, and connections that depend on it fail in between. ` + "`egress = []`" + `
next to an ` + "`aws_vpc_security_group_egress_rule`" + ` is the common case: the empty list means
"this group has no egress rules", not "no inline ones".

When the group sets only the other direction inline (inline ingress, egress from rule
resources), the provider leaves the unset direction alone today, so nothing flaps; the
finding is a note, because adding the first inline rule of that direction later silently
deletes the rule resources' rules. Mixing ` + "`aws_security_group_rule`" + ` with
` + "`aws_vpc_security_group_*_rule`" + ` on one group is the documented conflict between the two rule
resources, which track rules differently (by content and by rule ID).`,
		Example: `resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"
  egress = []
}

resource "aws_vpc_security_group_egress_rule" "db_out" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "-1"
  cidr_ipv4         = "10.0.0.0/16"
}`,
		Fixed: `resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_vpc_security_group_egress_rule" "db_out" {
  security_group_id = aws_security_group.db.id
  ip_protocol       = "-1"
  cidr_ipv4         = "10.0.0.0/16"
}`,
		HowToFix: `Pick one style per group. The provider recommends ` + "`aws_vpc_security_group_ingress_rule`" + ` and
` + "`aws_vpc_security_group_egress_rule`" + ` with one peer per rule: move the inline rules into such
resources and remove the group's ` + "`ingress`" + ` and ` + "`egress`" + ` arguments entirely (not ` + "`[]`" + `), and
replace ` + "`aws_security_group_rule`" + ` resources with them (` + "`terraform state rm`" + ` plus ` + "`import`" + `
blocks avoid a gap in connectivity). Alternatively move every rule inline.`,
		Silent: `The rule stays silent when the group's inline rules may or may not be set (a dynamic block
over an unknown collection sets them only if it yields an element), and it ignores rule
resources whose ` + "`count`" + ` or ` + "`for_each`" + ` is unknown and rule resources whose
` + "`security_group_id`" + ` cannot be resolved.`,
		References: []string{
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group_rule",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_ingress_rule",
		},
	},
	Run: runSGMixedRuleStyles,
}

func runSGMixedRuleStyles(pass *lint.Pass) error {
	for _, g := range pass.Network.SecurityGroups {
		var separate [2][]*model.SGRule // by direction
		var byOrigin [model.OriginVPCSGRule + 1][]*model.SGRule
		for _, r := range g.Rules {
			if r.Origin == model.OriginInline || r.MaybeAbsent {
				continue
			}
			separate[r.Direction] = append(separate[r.Direction], r)
			byOrigin[r.Origin] = append(byOrigin[r.Origin], r)
		}
		sgMixedRuleStylesInline(pass, g, separate)
		if len(byOrigin[model.OriginSGRule]) > 0 && len(byOrigin[model.OriginVPCSGRule]) > 0 {
			legacy, current := byOrigin[model.OriginSGRule], byOrigin[model.OriginVPCSGRule]
			pass.ReportRelatedf(g, sgMixedRuleStylesRelated(append(legacy, current...)),
				"security group %s gets rules from both aws_security_group_rule (%s) and aws_vpc_security_group_*_rule (%s): "+
					"the provider documents that combining them on one group may cause rule conflicts, perpetual diffs and "+
					"overwritten rules; replace the aws_security_group_rule resources with aws_vpc_security_group_ingress_rule "+
					"and _egress_rule", g.Address, sgMixedRuleStylesNames(legacy), sgMixedRuleStylesNames(current))
		}
	}
	return nil
}

// sgMixedRuleStylesInline reports rule resources next to inline rules:
// a warning per direction that both manage, else a note when they manage
// different directions.
func sgMixedRuleStylesInline(pass *lint.Pass, g *model.SecurityGroup, separate [2][]*model.SGRule) {
	flapping := false
	for _, d := range []model.Direction{model.Ingress, model.Egress} {
		if !g.InlineSet[d] || len(separate[d]) == 0 {
			continue
		}
		flapping = true
		how := fmt.Sprintf("%s manages its %s rules inline", g.Address, d)
		if !slices.ContainsFunc(g.RulesIn(d), func(r *model.SGRule) bool { return r.Origin == model.OriginInline }) {
			how = fmt.Sprintf("%s = [] tells %s to keep no %s rules", d, g.Address, d)
		}
		pass.ReportRelatedf(g, sgMixedRuleStylesRelated(separate[d]),
			"%s, while %s also %s %s rules: the next apply removes %s from the group and the one after adds %s back, "+
				"so connections that need %s fail every other apply; move every %s rule of the group into one style (e.g. "+
				"aws_vpc_security_group_%s_rule resources, with the group's %s argument removed, not set to [])",
			how, sgMixedRuleStylesNames(separate[d]), plural("adds", "add", len(separate[d])), d,
			plural("that rule", "those rules", len(separate[d])), plural("it", "them", len(separate[d])),
			plural("it", "them", len(separate[d])), d, d, d)
	}
	if flapping {
		return
	}
	for _, d := range []model.Direction{model.Ingress, model.Egress} {
		if !g.InlineSet[d.Opposite()] || len(separate[d]) == 0 {
			continue
		}
		f := lint.Finding{
			Rule: pass.Rule,
			Message: fmt.Sprintf("%s manages its %s rules inline while %s %s its %s rules: the provider documents "+
				"combining inline rules with rule resources as unsupported, and adding the group's first inline %s rule "+
				"later would delete %s; move every rule of the group into one style",
				g.Address, d.Opposite(), sgMixedRuleStylesNames(separate[d]), plural("adds", "add", len(separate[d])), d, d,
				plural("that resource's rule", "those resources' rules", len(separate[d]))),
			Range:    g.DefRange,
			Resource: g.Address,
			Related:  sgMixedRuleStylesRelated(separate[d]),
		}
		pass.Report(f.WithSeverity(lint.Note))
	}
}

// sgMixedRuleStylesNames names rule resources, at most four.
func sgMixedRuleStylesNames(rules []*model.SGRule) string {
	names := make([]string, len(rules))
	for i, r := range rules {
		names[i] = r.Address
	}
	return joinUpTo(names, 4)
}

// sgMixedRuleStylesRelated points at each rule resource.
func sgMixedRuleStylesRelated(rules []*model.SGRule) []lint.Related {
	out := make([]lint.Related, len(rules))
	for i, r := range rules {
		out[i] = lint.Related{Message: fmt.Sprintf("%s adds a %s rule to the group", r.Address, r.Direction), Range: r.Range}
	}
	return out
}
