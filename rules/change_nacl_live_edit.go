package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// ChangeNACLLiveEdit reports a plan that makes a network ACL in use deny
// traffic it allows now.
var ChangeNACLLiveEdit = &lint.Rule{
	ID:               "change-nacl-live-edit",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Planned change makes a network ACL in use deny traffic it allows now",
		Why: `A network ACL is stateless: every packet is checked against its rules, replies included, so
a rule change takes effect on the flows already running, not only on new connections. When
the plan removes or narrows an allow, adds a deny, or moves a deny before an allow, the
traffic that becomes denied stops on every subnet associated with the ACL the moment the
change is applied: established sessions hang, replies are dropped, load balancer health
checks fail. A network ACL is usually shared by every subnet of a tier, so one edit cuts a
whole tier.

The rule evaluates each direction of the ACL before and after the plan, first match wins, and
reports the traffic allowed today that the planned rules deny, naming the rule that will deny
it (or the implicit deny when no rule allows it any more). When the ACL is destroyed and
re-created (not create-before-destroy), the provider first moves its subnets to the VPC's
default network ACL; if that ACL is managed here and denies some of the traffic, the rule
reports the gap as well.

Cost: quadratic in the rules of one direction of an ACL, which is evaluated before and after
the plan; 40 rules per direction take about 1.5 ms (BenchmarkPlanWorstCase).`,
		Example: changeNACLLiveEditExample,
		Fixed:   changeNACLLiveEditFixed,
		HowToFix: `If the traffic must keep flowing, add the new allow first (under a lower rule number than
the rule it replaces), apply, then remove or narrow the old rule in a second change. To
replace the ACL itself, use ` + "`lifecycle { create_before_destroy = true }`" + ` so the subnets move
straight to the new ACL. When the traffic is meant to stop, say so with
` + "`# vpclint:ignore change-nacl-live-edit <reason>`" + ` above the block.`,
		Silent: `The rule needs a plan with a prior state; on configuration alone it has nothing to compare.
It only looks at ACLs that subnets of the configuration use in the prior state, and only at
the subnets that still use the same ACL after the plan (a subnet moved to another ACL is a
different change). It stays silent about traffic whose fate after the plan is not certain (an
unknown rule, a rule resource whose count is unknown, a rule whose ACL cannot be resolved),
about an ACL that the plan destroys without a successor at the same address, and about the
brief gap while the provider deletes an edited inline rule before re-creating it. An ACL whose
rules are aws_network_acl_rule resources is evaluated on those resources, before and after,
since a plan cannot tell the ACL's own rule list from copies of them: rules added outside
Terraform are not seen.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
			"https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl",
		},
	},
	Run: runChangeNACLLiveEdit,
}

// The doc example is the configuration of the fixtures
// testdata/rules/change-nacl-live-edit/{fires,silent}_doc_example, whose
// plans were made against a state where rule 100 allows tcp 443 from
// 10.0.0.0/16 and rule 110 allows the replies.
const (
	changeNACLLiveEditExample = `# In the current state, rule 100 allows https from the whole VPC,
# 10.0.0.0/16. This change narrows it to one subnet in place.
resource "aws_subnet" "app" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.2.0/24"
}

resource "aws_network_acl" "app" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  subnet_ids = [aws_subnet.app.id]

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "10.0.1.0/24"
  }

  egress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "10.0.0.0/16"
  }
}`
	changeNACLLiveEditFixed = `# Step one of the safe way: allow the narrower range under a lower rule
# number and apply. Remove rule 100 in a later change, once the rest of
# the VPC no longer needs it.
resource "aws_subnet" "app" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  cidr_block = "10.0.2.0/24"
}

resource "aws_network_acl" "app" {
  vpc_id     = "vpc-0a1b2c3d4e5f60789"
  subnet_ids = [aws_subnet.app.id]

  ingress {
    rule_no    = 90
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "10.0.1.0/24"
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "10.0.0.0/16"
  }

  egress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "10.0.0.0/16"
  }
}`
)

func runChangeNACLLiveEdit(pass *lint.Pass) error {
	for _, p := range changePlans(pass.Network) {
		after := changeByAddress(p.after.NACLs, func(n *model.NACL) string { return n.Address })
		afterSubnets := changeByAddress(p.after.Subnets, func(s *model.Subnet) string { return s.Address })
		subnetsOf := groupBy(p.before.Subnets, subnetNACL)
		for _, n := range p.before.NACLs {
			a := after[n.Address]
			if a == nil || n.MaybeAbsent {
				continue
			}
			subnets := changeNACLSubnets(subnetsOf[n], afterSubnets, a)
			if len(subnets) == 0 {
				continue
			}
			for _, d := range []model.Direction{model.Ingress, model.Egress} {
				now := changeNACLEvaluate(p.before, n, d, true)
				planned := changeNACLEvaluate(p.after, a, d, changeNACLMirrorOnly(p.before, n, d))
				changeNACLLiveEditReport(pass, now, planned, subnets, changeNACLLiveEditAt(p, n, a, d),
					"by the planned rules of "+n.Address)
				if p.action(n.Address) != model.ChangeReplace {
					continue
				}
				if def := changeDefaultNACL(p.before, n); def != nil {
					changeNACLLiveEditReport(pass, now, changeNACLEvaluate(p.before, def, d, true), subnets, p.at(n.Address, n),
						fmt.Sprintf("while %s is destroyed and re-created: in between, they use the VPC's default network ACL %s", n.Address, def.Address))
				}
			}
		}
	}
	return nil
}

// changeNACLLiveEditReport reports the traffic that evaluation now allows
// and evaluation then denies on subnets; when says when then applies.
func changeNACLLiveEditReport(pass *lint.Pass, now, then *model.Evaluation, subnets []*model.Subnet, at model.Locatable, when string) {
	d := now.Direction
	lost := now.Allowed().Intersect(then.Denied())
	if lost.IsEmpty() {
		return
	}
	pass.Reportf(at, "%s %s becomes denied on %s %s (%s); network ACLs are stateless, so flows in progress "+
		"stop at once. If this traffic must keep flowing, add the new allow first, apply, then remove or narrow the old rule",
		naclDirWord(d), lost.Describe(d), changeSubnetNames(subnets), when, changeNACLDenier(then, lost))
}

// changeNACLEvaluate evaluates direction d of ACL n of net. When the
// direction is incomplete only because of rule-resource copies (see
// changeMirrorOnly), and trustMirror says the same holds on the other side
// of the plan, it evaluates the rules Terraform manages as the whole ACL.
func changeNACLEvaluate(net *model.Network, n *model.NACL, d model.Direction, trustMirror bool) *model.Evaluation {
	if !trustMirror || !changeNACLMirrorOnly(net, n, d) {
		return n.Evaluate(d)
	}
	managed := &model.NACL{Resource: n.Resource, Default: n.Default, VPC: n.VPC, Rules: n.Rules,
		Subnets: n.Subnets, InlineSet: n.InlineSet, Tags: n.Tags}
	return managed.Evaluate(d)
}

// changeNACLMirrorOnly reports whether direction d of n is incomplete only
// because its rule resources may be copied into its inline rules.
func changeNACLMirrorOnly(net *model.Network, n *model.NACL, d model.Direction) bool {
	orphans := false
	for _, r := range net.UnattachedNACLRules {
		orphans = orphans || r.Direction == d
	}
	return changeMirrorOnly(n.Incomplete[d], n.InlineSet[d], orphans)
}

// changeNACLDenier names what denies lost in evaluation e: its deny rules,
// and the implicit deny when no rule allows part of it.
func changeNACLDenier(e *model.Evaluation, lost model.Traffic) string {
	var rules []*model.NACLRule
	for _, r := range e.Rules {
		if r.Exact && r.Rule.Action == model.Deny && r.Share.Overlaps(lost) {
			rules = append(rules, r.Rule)
		}
	}
	var parts []string
	if len(rules) > 0 {
		parts = append(parts, "denied by "+naclRulesText(rules))
	}
	if e.Exact && e.Implicit.Overlaps(lost) {
		parts = append(parts, "no rule allows it, so the implicit deny drops it")
	}
	return naclJoin(parts)
}

// changeNACLSubnets returns the subnets of using, those that use an ACL
// now, that still use a, its planned successor, after the plan (after are
// the planned subnets by address).
func changeNACLSubnets(using []*model.Subnet, after map[string]*model.Subnet, a *model.NACL) []*model.Subnet {
	var out []*model.Subnet
	for _, s := range using {
		if after[s.Address] != nil && after[s.Address].NACL == a {
			out = append(out, s)
		}
	}
	return out
}

// changeDefaultNACL returns the managed default network ACL of n's VPC in
// the prior state, or nil (AWS's untouched default allows everything).
func changeDefaultNACL(before *model.Network, n *model.NACL) *model.NACL {
	if n.VPC == nil {
		return nil
	}
	for _, o := range before.NACLs {
		if o.Default && o.VPC == n.VPC && o != n {
			return o
		}
	}
	return nil
}

// changeNACLLiveEditAt returns where to report a change of n (planned as
// a) in direction d: the ACL's own change when it has one, else the first
// changed rule resource of that direction, else the ACL.
func changeNACLLiveEditAt(p changePlan, n, a *model.NACL, d model.Direction) model.Locatable {
	if act := p.action(n.Address); act != model.ChangeNoOp && act != model.ChangeUnknown {
		return p.at(n.Address, n)
	}
	for _, r := range append(n.RulesIn(d), a.RulesIn(d)...) {
		if act := p.action(r.Address); r.Origin == model.OriginNACLRule && act != model.ChangeNoOp && act != model.ChangeUnknown {
			return p.at(r.Address, r)
		}
	}
	return p.at(n.Address, n)
}
