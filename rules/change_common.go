package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/model"
)

// Helpers shared by the change-* rules, which compare a plan's prior state
// (the network as it is) with its planned network (as it will be).

// changePlan is one plan that has a prior state.
type changePlan struct {
	// before is the network as it is, after the network as planned.
	before, after *model.Network
	// changes are the plan's changes of current objects, by address.
	changes map[string]*model.Change
}

// changePlans returns the plans of net that have a prior state, each kept
// apart from the others (two plans of one module share addresses).
func changePlans(net *model.Network) []changePlan {
	var out []changePlan
	for _, p := range net.Plans {
		if p.Before == nil {
			continue
		}
		cp := changePlan{before: p.Before, after: p, changes: map[string]*model.Change{}}
		for i := range p.Changes {
			if c := &p.Changes[i]; c.Deposed == "" {
				cp.changes[c.Address] = c
			}
		}
		out = append(out, cp)
	}
	return out
}

// action returns what the plan does to the object at address;
// ChangeUnknown when the plan does not list it.
func (p changePlan) action(address string) model.ChangeAction {
	if c := p.changes[address]; c != nil {
		return c.Action
	}
	return model.ChangeUnknown
}

// at returns where findings about the object at address point: its change
// (its block in the source beside the plan, else its entry in the plan),
// else fallback.
func (p changePlan) at(address string, fallback model.Locatable) model.Locatable {
	if c := p.changes[address]; c != nil {
		return c
	}
	return fallback
}

// changeVerb says what the plan does to an object, as a verb phrase: "is
// deleted", "is destroyed, then re-created".
func changeVerb(a model.ChangeAction) string {
	switch a {
	case model.ChangeDelete:
		return "is deleted"
	case model.ChangeReplace:
		return "is destroyed, then re-created"
	case model.ChangeCreateBeforeDestroy:
		return "is replaced (created, then the old one destroyed)"
	case model.ChangeUpdate:
		return "is updated"
	}
	return "changes"
}

// changeMaxNames is how many addresses a message lists before "and N more".
const changeMaxNames = 3

// changeNames joins addresses as "a", "a and b", "a, b and c" or "a, b, c
// and 2 more".
func changeNames(addresses []string) string {
	if len(addresses) > changeMaxNames {
		rest := len(addresses) - changeMaxNames
		return naclJoin(append(addresses[:changeMaxNames:changeMaxNames], fmt.Sprintf("%d more", rest)))
	}
	return naclJoin(addresses)
}

// changePlural picks the wording for n items.
func changePlural(one, many string, n int) string {
	if n == 1 {
		return one
	}
	return many
}

// changeSubnetNames names subnets for a message.
func changeSubnetNames(subnets []*model.Subnet) string {
	names := make([]string, len(subnets))
	for i, s := range subnets {
		names[i] = s.Address
	}
	return changeNames(names)
}

// changeByAddress indexes objects by address.
func changeByAddress[T any](objs []T, address func(T) string) map[string]T {
	out := make(map[string]T, len(objs))
	for _, o := range objs {
		out[address(o)] = o
	}
	return out
}

// changeMirrorOnly reports whether a direction of a group or ACL is
// incomplete only because of how plans record rule resources: when
// separate rule resources name an existing group or ACL, its inline rule
// list in the plan (and in the prior state) may hold copies of them, so the
// plan reader makes it unknown. If the resource does not manage its inline
// rules (inlineSet false) and no rule of that direction has an owner the
// model could not resolve (orphans false), the direction holds exactly the
// rules Terraform manages: its rule resources.
func changeMirrorOnly(incomplete, inlineSet, orphans bool) bool {
	return incomplete && !inlineSet && !orphans
}
