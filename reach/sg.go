package reach

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vpclint/vpclint/model"
)

const whatSG = "security group"

// sgIngress checks that the destination's groups let the request in from
// the source.
func (w *walker) sgIngress() { w.groups(w.dst, model.Ingress, w.src) }

// sgEgress checks that the source's groups let the request out to the
// destination.
func (w *walker) sgEgress() { w.groups(w.src, model.Egress, w.dst) }

// sgVerdict is what the rules of a set of groups do to the request.
type sgVerdict struct {
	// allowedBy is the first certain rule that allows part of it.
	allowedBy *model.SGRule
	// peer describes allowedBy's peer that matched.
	peer string
	// covered is the part of the request certain rules allow.
	covered model.Traffic
	// doubt is the first rule that might allow more.
	doubt *model.SGRule
	// incomplete is the first group whose rules in the direction are not
	// all known.
	incomplete *model.SecurityGroup
}

// groups checks the groups of e in direction d for the request, whose
// other end is peer. Security groups are stateful: replies need nothing.
func (w *walker) groups(e *end, d model.Direction, peer *end) {
	if w.stopped || !e.guarded {
		return
	}
	if !e.groupsKnown {
		why := "the security groups of " + e.label + " are not known before apply"
		w.unsure(e.at, whatSG, why, why, false)
		return
	}
	if len(e.groups) == 0 {
		w.pass(e.at, whatSG, "no security group: nothing filters its traffic")
		return
	}
	need := model.Match(w.q.Protocol, w.requestPorts(), peer.addr)
	v := w.sgRules(e.groups, d, need, peer)
	switch {
	case v.covered.Contains(need):
		w.pass(v.allowedBy.Location, whatSG, fmt.Sprintf("%s rule allows %s %s %s",
			d, describeSGService(v.allowedBy), peerWord(d), v.peer))
	case v.doubt != nil:
		why := fmt.Sprintf("an %s rule of %s %s", d, v.doubt.Group.Address, sgDoubt(v.doubt))
		w.unsure(v.doubt.Location, whatSG, why, why, false)
	case v.incomplete != nil:
		why := fmt.Sprintf("some %s rules of %s are not known", d, v.incomplete.Address)
		w.unsure(v.incomplete.Loc(), whatSG, why, why, false)
	default:
		of := ""
		if len(e.groups) > 1 {
			names := make([]string, len(e.groups))
			for i, g := range e.groups {
				names[i] = g.Address
			}
			of = " of " + strings.Join(names, " or ")
		}
		w.block(e.groups[0].Loc(), whatSG,
			fmt.Sprintf("no %s rule%s allows %s %s %s", d, of, w.service(w.requestPorts()), peerWord(d), peerText(peer)),
			fmt.Sprintf("add an %s rule to %s allowing %s %s %s", d, e.groups[0].Address, w.service(w.requestPorts()), peerWord(d), peerRef(peer)))
	}
}

// sgRules evaluates the rules of groups in direction d against need.
func (w *walker) sgRules(groups []*model.SecurityGroup, d model.Direction, need model.Traffic, peer *end) sgVerdict {
	var v sgVerdict
	svc := model.Match(w.q.Protocol, w.requestPorts(), model.AllIPv4, model.AllIPv6)
	for _, g := range groups {
		if g.Incomplete[d] && v.incomplete == nil {
			v.incomplete = g
		}
		for _, r := range g.RulesIn(d) {
			if !r.Known {
				v.doubtful(r)
				continue
			}
			if !model.Match(r.Protocol, r.Ports, model.AllIPv4, model.AllIPv6).Contains(svc) {
				continue
			}
			part, peerName := r.Match().Intersect(need), ""
			if !part.IsEmpty() {
				peerName = overlappingCIDR(r, need)
			}
			if ref := w.refMatch(r, peer); ref != "" {
				part, peerName = need, ref
			}
			switch {
			case part.IsEmpty():
				if w.refDoubt(r, peer) {
					v.doubtful(r)
				}
			case r.MaybeAbsent:
				v.doubtful(r)
			default:
				if v.allowedBy == nil {
					v.allowedBy, v.peer = r, peerName
				}
				v.covered = v.covered.Union(part)
			}
		}
	}
	return v
}

// doubtful records r as the first rule that might allow the request.
func (v *sgVerdict) doubtful(r *model.SGRule) {
	if v.doubt == nil {
		v.doubt = r
	}
}

// refMatch returns the group reference (or "itself" for self) of r that
// one of peer's groups matches, "" when none does.
func (w *walker) refMatch(r *model.SGRule, peer *end) string {
	if w.noRefs || !peer.guarded || !peer.groupsKnown {
		return ""
	}
	if r.Self && slices.Contains(peer.groups, r.Group) {
		return r.Group.Address + " (itself)"
	}
	for _, ref := range r.Groups {
		if ref.Group != nil && slices.Contains(peer.groups, ref.Group) {
			return ref.Group.Address
		}
	}
	return ""
}

// refDoubt reports whether a peer of r that the model cannot read might
// match: an unknown CIDR or prefix list, or a group reference the model
// cannot tell peer has.
func (w *walker) refDoubt(r *model.SGRule, peer *end) bool {
	for _, c := range r.CIDRs {
		if !c.Known {
			return true
		}
	}
	if len(r.PrefixLists) > 0 {
		return true
	}
	if w.noRefs || !peer.guarded {
		return false
	}
	if !peer.groupsKnown && (r.Self || len(r.Groups) > 0) {
		return true
	}
	for _, ref := range r.Groups {
		if ref.Group == nil && !ref.ID.Known {
			return true
		}
	}
	return false
}

// sgDoubt says why rule r might allow the request.
func sgDoubt(r *model.SGRule) string {
	switch {
	case !r.Known:
		return "has values that are not known before apply"
	case r.MaybeAbsent:
		return "may not exist (its count or for_each is not known)"
	case len(r.PrefixLists) > 0:
		return "names a prefix list whose entries are not in the configuration"
	}
	return "names a peer that is not known before apply"
}

// overlappingCIDR returns the first CIDR peer of r that overlaps need.
func overlappingCIDR(r *model.SGRule, need model.Traffic) string {
	for _, c := range r.CIDRs {
		if c.IsSet() && model.Match(r.Protocol, r.Ports, c.Prefix).Overlaps(need) {
			return c.Prefix.String()
		}
	}
	return ""
}

// describeSGService is the rule's protocol and ports: "tcp 5439", "all".
func describeSGService(r *model.SGRule) string { return model.DescribeService(r.Protocol, r.Ports) }

// peerText names the other end in a message: "aws_instance.app (10.0.1.0/24)".
func peerText(e *end) string {
	if e.label == addrText(e.addr) {
		return e.label
	}
	return fmt.Sprintf("%s (%s)", e.label, addrText(e.addr))
}

// peerRef is what a fixed rule should name as its peer: the other end's
// first security group, else its addresses.
func peerRef(e *end) string {
	if e.guarded && e.groupsKnown && len(e.groups) > 0 {
		return e.groups[0].Address
	}
	return e.addr.String()
}
