package reach

import (
	"fmt"
	"net/netip"

	"github.com/vpclint/vpclint/model"
)

const whatNACL = "network ACL"

// nacl checks subnet s's network ACL in direction d for the traffic to
// ports with peer addresses peer (the source for inbound, the destination
// for outbound). It blocks when part of the traffic is certainly denied,
// passes when all of it is certainly allowed, and is undecided otherwise.
func (w *walker) nacl(s *model.Subnet, d model.Direction, ports model.PortRange, peer netip.Prefix) {
	if w.stopped {
		return
	}
	t := model.Match(w.q.Protocol, ports, peer)
	n := s.NACL
	if n == nil {
		if s.DefaultNACLUnmanaged {
			w.pass(s.Loc(), whatNACL, fmt.Sprintf("%s: the VPC's default network ACL (not managed here) allows all", dirWord(d)))
			return
		}
		why := fmt.Sprintf("the network ACL of %s is not known before apply", s.Address)
		w.unsure(s.Loc(), whatNACL, why, why, false)
		return
	}
	e := n.Evaluate(d)
	if denied := e.Denied().Intersect(t); !denied.IsEmpty() {
		p, _ := denied.Witness()
		r, _, _ := e.Decide(p)
		w.block(naclAt(n, r), whatNACL, w.naclDecides(d, r, t, peer), w.naclFix(n, d, r, ports, peer))
		return
	}
	if e.Allowed().Contains(t) {
		p, _ := t.Witness()
		r, _, _ := e.Decide(p)
		w.pass(naclAt(n, r), whatNACL, w.naclDecides(d, r, t, peer))
		return
	}
	p, _ := t.Subtract(e.Allowed()).Witness()
	r, _, _ := e.Decide(p)
	why := naclDoubt(n, d, r)
	w.unsure(naclAt(n, r), whatNACL, fmt.Sprintf("%s %s %s: %s", w.service(ports), peerWord(d), addrText(peer), why), why, false)
}

// naclAt is where a NACL decision is: the deciding rule, or the ACL for
// the implicit deny.
func naclAt(n *model.NACL, r *model.NACLRule) model.Location {
	if r == nil {
		return n.Loc()
	}
	return r.Location
}

// naclDecides says what rule r (nil: the implicit deny) does to t:
// "inbound rule 100 denies tcp 5439 from 10.20.0.0/16".
func (w *walker) naclDecides(d model.Direction, r *model.NACLRule, t model.Traffic, peer netip.Prefix) string {
	if r == nil {
		ports := t.Ports(w.q.Protocol)
		return fmt.Sprintf("no %s rule allows %s %s %s (the final * rule denies it)",
			dirWord(d), w.service(ports[0]), peerWord(d), addrText(peer))
	}
	verb := "allows"
	if r.Action == model.Deny {
		verb = "denies"
	}
	ports := t.Intersect(r.Match()).Ports(w.q.Protocol)
	return fmt.Sprintf("%s rule %d %s %s %s %s", dirWord(d), r.Number, verb, w.service(ports[0]), peerWord(d), addrText(r.CIDR.Prefix))
}

// naclFix suggests the rule that would let the traffic through.
func (w *walker) naclFix(n *model.NACL, d model.Direction, r *model.NACLRule, ports model.PortRange, peer netip.Prefix) string {
	allow := fmt.Sprintf("allow %s %s %s", w.service(ports), peerWord(d), peer)
	if r == nil {
		return fmt.Sprintf("add an %s rule to %s: %s", dirWord(d), n.Address, allow)
	}
	return fmt.Sprintf("%s in %s before %s rule %d", allow, n.Address, dirWord(d), r.Number)
}

// naclDoubt names what keeps a NACL decision open: the first uncertain
// rule, or the rules that are not known.
func naclDoubt(n *model.NACL, d model.Direction, r *model.NACLRule) string {
	switch {
	case r != nil && !r.Known:
		return fmt.Sprintf("%s rule %s of %s has values that are not known before apply", dirWord(d), ruleNumber(r), n.Address)
	case r != nil && r.MaybeAbsent:
		return fmt.Sprintf("%s rule %d of %s may not exist (its count or for_each is not known)", dirWord(d), r.Number, n.Address)
	}
	return fmt.Sprintf("some %s rules of %s are not known (a dynamic block or a rule resource with unknown values)", dirWord(d), n.Address)
}

// ruleNumber is the rule's number, or "?" when it is not known.
func ruleNumber(r *model.NACLRule) string {
	if r.Number == 0 {
		return "?"
	}
	return fmt.Sprint(r.Number)
}
