package rules

import (
	"sort"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// ChangeSGRuleRemoval reports a plan that takes away permissions a security
// group has now.
var ChangeSGRuleRemoval = &lint.Rule{
	ID:               "change-sg-rule-removal",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Planned change removes traffic a security group allows now",
		Why: `The plan takes away a permission that a security group has in the current state: an inline
rule is edited or deleted, a rule resource is deleted or replaced by a narrower one, or the
group is replaced by one with fewer rules. From the moment it is applied, new connections that
only this permission allowed are refused. Connections the group already tracks continue until
they close or time out, but untracked flows (a TCP or UDP rule open to 0.0.0.0/0 or ::/0 in
both directions) stop at once. Moving a rule (changing its CIDR, port or source group) in one
step is the usual way to cause this: the old clients are cut off before anyone notices.

The rule compares the traffic each group allows before and after the plan, exactly, per peer:
addresses as sets of protocol × port × CIDR, and each other peer (a security group, a prefix
list, the group itself) with its own protocols and ports. A permission that another rule of
the group still grants is not lost: splitting a rule in two, or merging two into one, stays
silent.

Cost: the rules of one group and direction times the size of what the planned rules allow
together, quadratic at worst; 60 rules per direction take about 1 ms, and 1,000 about 5 ms
(BenchmarkPlanWorstCase).`,
		Example: changeSGRuleRemovalExample,
		Fixed:   changeSGRuleRemovalFixed,
		HowToFix: `Add the new permission first, apply, move the clients, then remove the old permission in a
separate change. When the traffic is meant to stop (closing a port for good), say so with
` + "`# vpclint:ignore change-sg-rule-removal <reason>`" + ` above the block.`,
		Silent: `The rule needs a plan with a prior state (` + "`terraform show -json`" + ` of a saved plan); on
configuration alone it has nothing to compare. It stays silent about a direction of a group
when the planned rules are not all known (an unknown CIDR or source group, a rule resource
whose group cannot be resolved, a dynamic block over an unknown collection), since they might
still grant what the old rules did. For a group whose rules are separate rule resources, a
plan cannot tell the group's own rule list from copies of those resources, so the group is
compared on its rule resources, before and after. A group that the plan destroys without a
successor at the same address is left out (whatever used it must have moved to another group;
see change-sg-replace for a group destroyed and re-created). Rule resources of a group that
the configuration does not manage (a literal ` + "`security_group_id`" + ` of a group from
elsewhere) are not compared, and a brief gap while a rule is replaced by an identical one is
not reported.`,
		References: []string{
			"https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group",
			"https://developer.hashicorp.com/terraform/internals/json-format",
		},
	},
	Run: runChangeSGRuleRemoval,
}

// The doc example is the configuration of the fixtures
// testdata/rules/change-sg-rule-removal/{fires,silent}_doc_example, whose
// plans were made against a state where the group allows tcp 5432 from
// 10.0.1.0/24.
const (
	changeSGRuleRemovalExample = `# In the current state, the group allows tcp 5432 from the old
# application subnet, 10.0.1.0/24. This change moves the rule to the new
# subnet in one step.
resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.0.2.0/24"]
  }
}`
	changeSGRuleRemovalFixed = `# Step one of the safe way: allow the new subnet next to the old one and
# apply. Remove 10.0.1.0/24 in a later change, once no client uses it.
resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0a1b2c3d4e5f60789"

  ingress {
    protocol    = "tcp"
    from_port   = 5432
    to_port     = 5432
    cidr_blocks = ["10.0.1.0/24", "10.0.2.0/24"]
  }
}`
)

func runChangeSGRuleRemoval(pass *lint.Pass) error {
	for _, p := range changePlans(pass.Network) {
		after := changeByAddress(p.after.SecurityGroups, func(g *model.SecurityGroup) string { return g.Address })
		for _, g := range p.before.SecurityGroups {
			a := after[g.Address]
			if a == nil || g.MaybeAbsent {
				continue
			}
			for _, d := range []model.Direction{model.Ingress, model.Egress} {
				changeSGRuleRemovalDirection(pass, p, g, a, d)
			}
		}
	}
	return nil
}

// changeSGRuleRemovalDirection reports what the rules of g in direction d
// allow and the rules of a, its planned successor, do not: one finding for
// the group's inline rules and one per rule resource.
func changeSGRuleRemovalDirection(pass *lint.Pass, p changePlan, g, a *model.SecurityGroup, d model.Direction) {
	if a.Incomplete[d] && !(changeSGMirrorOnly(p.after, a, d) && changeSGMirrorOnly(p.before, g, d)) {
		return
	}
	kept, ok := changeSGPermissionsOf(a.RulesIn(d))
	if !ok {
		return
	}
	lost := map[string]changeSGPermissions{}
	var order []string
	for _, r := range g.RulesIn(d) {
		if !sgRuleCertain(r) {
			continue
		}
		had, ok := changeSGPermissionsOf([]*model.SGRule{r})
		if !ok {
			continue
		}
		gone := had.minus(kept)
		if gone.isEmpty() {
			continue
		}
		owner := r.Address
		if r.Origin == model.OriginInline {
			owner = g.Address
		}
		if _, seen := lost[owner]; !seen {
			order = append(order, owner)
		}
		lost[owner] = lost[owner].union(gone)
	}
	for _, owner := range order {
		pass.Reportf(p.at(owner, g), "%s of %s loses %s (%s); new connections that need it are refused once "+
			"this is applied. If the traffic must keep flowing, add the new rule first, apply, then remove the old one",
			d, g.Address, lost[owner].describe(d), changeSGRuleRemovalCause(p, g, owner))
	}
}

// changeSGMirrorOnly reports whether direction d of g is incomplete only
// because its rule resources may be copied into its inline rules (see
// changeMirrorOnly). A planned group that is so both now and after the plan
// holds exactly its rule resources.
func changeSGMirrorOnly(net *model.Network, g *model.SecurityGroup, d model.Direction) bool {
	orphans := false
	for _, r := range net.UnattachedSGRules {
		orphans = orphans || r.Direction == d
	}
	return changeMirrorOnly(g.Incomplete[d], g.InlineSet[d], orphans)
}

// changeSGRuleRemovalCause says which change takes the permission away:
// the group's inline rules or the rule resource owner.
func changeSGRuleRemovalCause(p changePlan, g *model.SecurityGroup, owner string) string {
	switch a := p.action(owner); {
	case owner != g.Address:
		return owner + " " + changeVerb(a)
	case a.Deletes():
		return "its replacement lacks it"
	}
	return "its inline rules change"
}

// changeSGPermissions is what security group rules allow, per kind of
// peer: CIDR peers as exact traffic, and each other peer (a security
// group, a prefix list, the group itself) as the protocols and ports it may
// use, held as traffic with the placeholder address changeSGPeerAddress.
type changeSGPermissions struct {
	cidrs model.Traffic
	// peers maps the peer's name ("security group aws_security_group.app",
	// "prefix list pl-123", "the group's own members") to its traffic.
	peers map[string]model.Traffic
}

// changeSGPeerAddress is the address that stands for a non-CIDR peer.
var changeSGPeerAddress = model.AllIPv4

// changeSGPermissionsOf returns what rules allow together; ok is false when
// a rule or one of its peers is unknown.
func changeSGPermissionsOf(rules []*model.SGRule) (changeSGPermissions, bool) {
	perms := changeSGPermissions{peers: map[string]model.Traffic{}}
	for _, r := range rules {
		if !r.Known {
			return perms, false
		}
		service := model.Match(r.Protocol, r.Ports, changeSGPeerAddress)
		for _, c := range r.CIDRs {
			if !c.Known {
				return perms, false
			}
			if c.IsSet() {
				perms.cidrs = perms.cidrs.Union(model.Match(r.Protocol, r.Ports, c.Prefix))
			}
		}
		var names []string
		for _, pl := range r.PrefixLists {
			if !pl.Known {
				return perms, false
			}
			names = append(names, "prefix list "+pl.Value)
		}
		for _, ref := range r.Groups {
			if !ref.ID.Known {
				return perms, false
			}
			names = append(names, "security group "+ref.ID.Value)
		}
		if r.Self {
			names = append(names, "the group's own members")
		}
		for _, n := range names {
			perms.peers[n] = perms.peers[n].Union(service)
		}
	}
	return perms, true
}

// minus returns what p allows and q does not.
func (p changeSGPermissions) minus(q changeSGPermissions) changeSGPermissions {
	out := changeSGPermissions{cidrs: p.cidrs.Subtract(q.cidrs), peers: map[string]model.Traffic{}}
	for n, t := range p.peers {
		if rest := t.Subtract(q.peers[n]); !rest.IsEmpty() {
			out.peers[n] = rest
		}
	}
	return out
}

// union returns what p or q allows.
func (p changeSGPermissions) union(q changeSGPermissions) changeSGPermissions {
	out := changeSGPermissions{cidrs: p.cidrs.Union(q.cidrs), peers: map[string]model.Traffic{}}
	for n, t := range p.peers {
		out.peers[n] = t
	}
	for n, t := range q.peers {
		out.peers[n] = out.peers[n].Union(t)
	}
	return out
}

// isEmpty reports whether p allows nothing.
func (p changeSGPermissions) isEmpty() bool {
	if !p.cidrs.IsEmpty() {
		return false
	}
	for _, t := range p.peers {
		if !t.IsEmpty() {
			return false
		}
	}
	return true
}

// describe renders p for direction d: "tcp 22 from 10.0.0.0/8; tcp 5432
// from security group aws_security_group.app".
func (p changeSGPermissions) describe(d model.Direction) string {
	var parts []string
	if !p.cidrs.IsEmpty() {
		parts = append(parts, p.cidrs.Describe(d))
	}
	names := make([]string, 0, len(p.peers))
	for n := range p.peers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		// The placeholder is the only address in the set, so Describe
		// writes it exactly where the peer's name belongs.
		parts = append(parts, strings.ReplaceAll(p.peers[n].Describe(d), changeSGPeerAddress.String(), n))
	}
	return strings.Join(parts, "; ")
}
