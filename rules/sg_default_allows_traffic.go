package rules

import (
	"fmt"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// SGDefaultAllowsTraffic reports an aws_default_security_group that keeps
// rules.
var SGDefaultAllowsTraffic = &lint.Rule{
	ID:               "sg-default-allows-traffic",
	Severity:         lint.Warning,
	SecuritySeverity: 5.0,
	Tags:             []string{"security"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Default security group that keeps rules",
		Why: `Every VPC has a default security group, and AWS puts an instance, network interface, Lambda
function, endpoint or database in it whenever the resource is created in the VPC without a
security group: a forgotten ` + "`vpc_security_group_ids`" + `, a module default, a console launch.
Whatever the default group allows, such resources get by accident. AWS creates it allowing
all traffic between its members and all egress, which turns it into a flat network
between unrelated workloads that landed there.

An ` + "`aws_default_security_group`" + ` adopts the group, deletes all of its rules and adds exactly the
ones the configuration lists (inline blocks, and any rule resources attached to it). Listing
none is the CIS AWS Foundations "restrict all traffic in the default security group"
control (5.4): resources that land in it by mistake then have no network access, which
makes the mistake visible at once instead of silently granting access. This rule reports a
managed default group that keeps any ingress or egress rule.`,
		Example: `resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
		Fixed: `resource "aws_default_security_group" "default" {
  vpc_id = "vpc-0123456789abcdef0"
}`,
		HowToFix: `Remove every ` + "`ingress`" + ` and ` + "`egress`" + ` block (and every rule resource) of the default group, and
give each workload a security group of its own with the access it needs. Before applying,
check that no running resource relies on the default group's rules (the console's
"Network interfaces" view filtered by the group ID shows them).`,
		Silent: `The rule stays silent for a default group without rules (a rule without any peer allows
nothing and does not count), and for one whose only rules may not exist: a dynamic block over an unknown collection, or a rule resource whose ` + "`count`" + ` or
` + "`for_each`" + ` is unknown. It does not report a VPC whose default group is not managed by an
` + "`aws_default_security_group`" + ` (its rules are unknown to the configuration: they may have
been removed elsewhere), nor ordinary ` + "`aws_security_group`" + ` resources named "default".`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group",
			"https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html",
		},
	},
	Run: runSGDefaultAllowsTraffic,
}

func runSGDefaultAllowsTraffic(pass *lint.Pass) error {
	for _, g := range pass.Network.SecurityGroups {
		if !g.Default {
			continue
		}
		var kept []*model.SGRule
		for _, r := range g.Rules {
			if (r.Origin == model.OriginInline || !r.MaybeAbsent) && sgRuleHasPeer(r) {
				kept = append(kept, r)
			}
		}
		if len(kept) == 0 {
			continue
		}
		place := sgRulePlacer(g)
		descs := make([]string, len(kept))
		related := make([]lint.Related, len(kept))
		for i, r := range kept {
			descs[i] = sgDefaultAllowsTrafficRule(r, place(r))
			related[i] = lint.Related{Message: place(r) + " is a rule of the default group", Range: r.Range}
		}
		pass.ReportRelatedf(g, related, "default security group %s keeps %d %s (%s): any resource created in %s "+
			"without a security group lands in this group and gets that access; remove the group's rules so that it allows "+
			"nothing, and give workloads their own groups", g.Address, len(kept), plural("rule", "rules", len(kept)),
			sgDefaultAllowsTrafficList(descs), sgDefaultAllowsTrafficVPC(g))
	}
	return nil
}

// sgDefaultAllowsTrafficRule describes one rule, written at place (see
// sgRulePlace): "ingress all from itself", or "aws_security_group_rule.x
// (values unknown)".
func sgDefaultAllowsTrafficRule(r *model.SGRule, place string) string {
	if !r.Known {
		return place + " (values unknown)"
	}
	return r.Direction.String() + " " + sgRuleText(r)
}

// sgDefaultAllowsTrafficList joins rule descriptions with semicolons (each
// may hold "and"), naming at most four.
func sgDefaultAllowsTrafficList(descs []string) string {
	if len(descs) > 4 {
		return strings.Join(descs[:4], "; ") + fmt.Sprintf("; and %d more", len(descs)-4)
	}
	return strings.Join(descs, "; ")
}

// sgDefaultAllowsTrafficVPC names the group's VPC.
func sgDefaultAllowsTrafficVPC(g *model.SecurityGroup) string {
	if g.VPC == nil {
		return "its VPC"
	}
	return g.VPC.Address
}
