package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/model"
)

// Helpers shared by the security group rules.

// sgRuleCertain reports whether r is known and exists whenever its group
// does: an inline rule (present in every instance of its group) or a rule
// resource whose own count/for_each is known.
func sgRuleCertain(r *model.SGRule) bool {
	return r.Known && (r.Origin == model.OriginInline || !r.MaybeAbsent)
}

// sgRuleHasPeer reports whether r names at least one peer, known or not;
// a rule without one allows nothing (AWS rejects it).
func sgRuleHasPeer(r *model.SGRule) bool {
	return len(r.CIDRs)+len(r.PrefixLists)+len(r.Groups) > 0 || r.Self
}

// sgPeerWord is "from" for ingress and "to" for egress.
func sgPeerWord(d model.Direction) string {
	if d == model.Egress {
		return "to"
	}
	return "from"
}

// sgRulePlace names where rule r is written: its rule resource
// ("aws_security_group_rule.ssh"), or its inline block ("the inline ingress
// rule on line 12 of aws_security_group.web"), or its element of the
// attribute form ("ingress rule 2 of the list on line 12 of …"). It reads
// every rule of r's group: to name many rules of one group, use
// sgRulePlacer.
func sgRulePlace(r *model.SGRule) string {
	if r.Origin != model.OriginInline || r.Group == nil {
		return r.Address
	}
	return sgRulePlacer(r.Group)(r)
}

// sgRulePlacer returns sgRulePlace for the rules of g, reading g's rules
// once rather than at every call: for naming many rules of one group. An
// inline rule is the index-th of the inline rules of its direction written
// at its range (several for the attribute form's list).
func sgRulePlacer(g *model.SecurityGroup) func(*model.SGRule) string {
	type list struct {
		d   model.Direction
		loc model.Location // the range only
	}
	key := func(r *model.SGRule) list { return list{r.Direction, model.Location{Range: r.Range}} }
	shared := map[list]int{}
	index := make(map[*model.SGRule]int, len(g.Rules))
	for _, o := range g.Rules {
		if o.Origin == model.OriginInline {
			shared[key(o)]++
			index[o] = shared[key(o)]
		}
	}
	return func(r *model.SGRule) string {
		if r.Origin != model.OriginInline || r.Group == nil {
			return r.Address
		}
		return sgRulePlaceText(r, index[r], shared[key(r)])
	}
}

// sgRulePlaceText names inline rule r, the index-th (from 1) of the shared
// inline rules of its group and direction written at its range (more than
// one for the attribute form's list).
func sgRulePlaceText(r *model.SGRule, index, shared int) string {
	line := r.Range.Start.Line
	if shared > 1 {
		return fmt.Sprintf("%s rule %d of the list on line %d of %s", r.Direction, index, line, r.Group.Address)
	}
	return fmt.Sprintf("the inline %s rule on line %d of %s", r.Direction, line, r.Group.Address)
}

// sgRuleSubject introduces rule r at the start of a message: its inline
// place (which names its group), or "ingress rule
// aws_security_group_rule.ssh of aws_security_group.web".
func sgRuleSubject(r *model.SGRule) string { return sgRuleSubjectAt(r, sgRulePlace(r)) }

// sgRuleSubjectAt is sgRuleSubject for a rule whose place is known.
func sgRuleSubjectAt(r *model.SGRule, place string) string {
	if r.Origin == model.OriginInline {
		return place
	}
	return fmt.Sprintf("%s rule %s of %s", r.Direction, r.Address, sgOwner(r))
}

// sgRuleText describes what a known rule allows as written, e.g. "tcp 22
// from 10.0.0.0/8, security group aws_security_group.bastion and itself".
func sgRuleText(r *model.SGRule) string {
	return model.DescribeService(r.Protocol, r.Ports) + " " + sgPeerWord(r.Direction) + " " + naclJoin(sgPeerNames(r))
}

// sgPeerNames names the peers of r in the order CIDRs, prefix lists,
// security groups, self; unknown ones as "an unknown …".
func sgPeerNames(r *model.SGRule) []string {
	var out []string
	for _, c := range r.CIDRs {
		if c.Known {
			out = append(out, c.Prefix.String())
		} else {
			out = append(out, "an unknown CIDR")
		}
	}
	for _, p := range r.PrefixLists {
		if p.Known {
			out = append(out, "prefix list "+p.Value)
		} else {
			out = append(out, "an unknown prefix list")
		}
	}
	for _, g := range r.Groups {
		if g.ID.Known {
			out = append(out, "security group "+g.ID.Value)
		} else {
			out = append(out, "an unknown security group")
		}
	}
	if r.Self {
		out = append(out, "itself")
	}
	if len(out) == 0 {
		out = append(out, "no peer")
	}
	return out
}

// sgOwner names the group of r, or says that it is not known.
func sgOwner(r *model.SGRule) string {
	if r.Group == nil {
		return "an unresolved security group"
	}
	return r.Group.Address
}
