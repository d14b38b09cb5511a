package model

import "sync"

// Evaluation is the first-match evaluation of one direction of a NACL: which
// traffic each rule decides, and what is left to the implicit final deny.
//
// # Uncertain rules
//
// A rule is certain when it is Known and not MaybeAbsent. The evaluation
// treats the other rules as absent when it works out what later rules
// decide, and reports how far that is from the truth:
//
//   - A rule's Share is exact (RuleEval.Exact) when no uncertain rule before
//     it can take any of that traffic: there is no unknown rule before it and
//     no maybe-absent rule before it whose match overlaps the share. When
//     the NACL's direction is Incomplete, no share is exact.
//   - Otherwise Share is an upper bound: uncertain rules can only take
//     traffic away from the rules after them, never give them more. So an
//     empty Share, which Shadowed reports, is a sound verdict even when it is
//     not exact: lower-numbered certain rules decide all of the rule's
//     traffic, whatever the uncertain rules turn out to be. Which rule
//     decides which part is then not certain: Covering names the certain
//     rules, and an uncertain rule between them may take part of their share.
//   - Allowed and Denied are lower bounds made of exact shares only; they
//     partition the universe when the Evaluation is Exact.
//
// This assumes the model orders every rule whose number is known correctly.
// A rule whose number is unknown is itself unknown (Known false) and might
// come first, so the builder must sort it before the other rules of its
// direction: every share is then inexact, as it should be.
type Evaluation struct {
	NACL      *NACL
	Direction Direction
	// Rules are the rules of the direction, in evaluation order.
	Rules []RuleEval
	// Implicit is the traffic no certain rule matches, which the implicit
	// final deny decides; an upper bound unless Exact.
	Implicit Traffic
	// Exact is true when every rule is certain and the direction is not
	// Incomplete: every share, Implicit, Allowed and Denied are then exact.
	Exact bool

	// allowed and denied cache Allowed and Denied: rules ask for them once
	// per rule of the other direction, and concurrently.
	allowed, denied struct {
		once sync.Once
		t    Traffic
	}
}

// RuleEval is what one rule decides in an Evaluation.
type RuleEval struct {
	Rule *NACLRule
	// Match is the traffic the rule matches; empty when the rule is not
	// Known.
	Match Traffic
	// Share is the part of Match that no earlier certain rule matches: the
	// traffic this rule decides (if it exists). Empty for an unknown rule.
	// An upper bound unless Exact.
	Share Traffic
	// Covering are the earlier certain rules whose shares overlap Match.
	// When Shadowed, together they decide all of Match.
	Covering []*NACLRule
	// Exact is true when the rule is certain (Known, not MaybeAbsent) and
	// Share is exactly what it decides (see Evaluation).
	Exact bool
}

// Shadowed reports whether the rule can never match: it is Known and
// earlier certain rules decide all of its traffic. The verdict holds even
// when the evaluation is not exact (see Evaluation).
func (r RuleEval) Shadowed() bool { return r.Rule.Known && r.Share.IsEmpty() }

// Evaluate walks the rules of direction d in number order, giving each the
// traffic it decides (see Evaluation). The result is cached per direction
// and shared: callers must not modify it, and the NACL must not change after
// the first call (the model does not change once built).
func (n *NACL) Evaluate(d Direction) *Evaluation {
	n.evalMu.Lock()
	defer n.evalMu.Unlock()
	if e := n.evals[d]; e != nil && len(e.Rules) == len(n.RulesIn(d)) {
		return e
	}
	n.evals[d] = n.evaluate(d)
	return n.evals[d]
}

// evaluate computes Evaluate's result with the first-match walk that
// traffic mirror filters share.
func (n *NACL) evaluate(d Direction) *Evaluation {
	rules := n.RulesIn(d)
	in := make([]matchRule[Traffic], len(rules))
	for i, r := range rules {
		in[i] = matchRule[Traffic]{known: r.Known, maybeAbsent: r.MaybeAbsent}
		if r.Known {
			in[i].match = r.Match()
		}
	}
	shares, implicit, exact := firstMatch(Universe(), n.Incomplete[d], in, Traffic.Equal)
	e := &Evaluation{NACL: n, Direction: d, Rules: make([]RuleEval, len(rules)), Implicit: implicit, Exact: exact}
	for i, r := range rules {
		e.Rules[i] = RuleEval{Rule: r, Match: in[i].match, Share: shares[i].share, Exact: shares[i].exact}
		if c := shares[i].covering; len(c) > 0 {
			e.Rules[i].Covering = make([]*NACLRule, len(c))
			for k, j := range c {
				e.Rules[i].Covering[k] = rules[j]
			}
		}
	}
	return e
}

// Allowed returns the traffic the NACL certainly allows in this direction:
// the union of the exact shares of allow rules. When e.Exact it is exactly
// what the NACL allows.
func (e *Evaluation) Allowed() Traffic {
	e.allowed.once.Do(func() { e.allowed.t = e.decided(Allow) })
	return e.allowed.t
}

// Denied returns the traffic the NACL certainly denies in this direction:
// the exact shares of deny rules, plus Implicit when e.Exact. When e.Exact
// it is exactly what the NACL denies, the complement of Allowed.
func (e *Evaluation) Denied() Traffic {
	e.denied.once.Do(func() {
		e.denied.t = e.decided(Deny)
		if e.Exact {
			e.denied.t = e.denied.t.Union(e.Implicit)
		}
	})
	return e.denied.t
}

// decided returns the union of the exact shares of rules with action a.
func (e *Evaluation) decided(a Action) Traffic {
	var t Traffic
	for _, r := range e.Rules {
		if r.Exact && r.Rule.Action == a {
			t = t.Union(r.Share)
		}
	}
	return t
}

// Decide returns the rule that decides packet p and its action; rule is nil
// when the implicit deny decides. known is false when an uncertain rule
// could decide p instead (an unknown rule comes first, or the first rule
// that matches may not exist, or the direction is Incomplete): rule and
// action are then the first candidate, not a verdict.
func (e *Evaluation) Decide(p Packet) (rule *NACLRule, action Action, known bool) {
	known = !e.NACL.Incomplete[e.Direction]
	for _, r := range e.Rules {
		switch {
		case !r.Rule.Known:
			return r.Rule, r.Rule.Action, false
		case r.Match.ContainsPacket(p):
			return r.Rule, r.Rule.Action, known && !r.Rule.MaybeAbsent
		}
	}
	return nil, Deny, known
}
