package model

// firstMatchSet is the set algebra a first-match evaluation needs: Traffic
// for network ACLs, MirrorTraffic for traffic mirror filters. The zero
// value of the set type must be the empty set.
type firstMatchSet[S any] interface {
	Intersect(S) S
	Subtract(S) S
	Overlaps(S) bool
}

// matchRule is one rule as a first-match evaluation sees it.
type matchRule[S any] struct {
	// match is the rule's match set; ignored unless known.
	match S
	// known is false when some value of the rule is unknown.
	known bool
	// maybeAbsent is true when the rule may not exist.
	maybeAbsent bool
}

// certain reports whether r is known and certainly exists.
func (r matchRule[S]) certain() bool { return r.known && !r.maybeAbsent }

// matchShare is what one rule decides in a first-match evaluation (see
// Evaluation for what exact and an upper bound mean).
type matchShare[S any] struct {
	// share is the part of the rule's match no earlier certain rule
	// matches; the zero set for an unknown rule.
	share S
	// covering are the indexes of the earlier certain rules whose shares
	// overlap the rule's match.
	covering []int
	// exact is true when the rule is certain and share is exactly what it
	// decides.
	exact bool
}

// firstMatch walks rules in evaluation order, giving each the part of
// universe it decides, and returns the shares, the traffic left to the
// implicit final action (an upper bound unless exact) and whether every
// share is exact. incomplete says that rules the evaluation cannot see may
// come anywhere, so that no share is exact. NACL.Evaluate and
// MirrorFilter.Evaluate share it, so both have the semantics documented on
// Evaluation. equal, when not nil, is a cheap equality of sets (Traffic's
// canonical form), which lets it skip the covering rules of a rule that
// keeps all of its match.
func firstMatch[S firstMatchSet[S]](universe S, incomplete bool, rules []matchRule[S], equal func(a, b S) bool) (shares []matchShare[S], implicit S, exact bool) {
	shares = make([]matchShare[S], len(rules))
	undecided, exact := universe, !incomplete
	unknownBefore := incomplete
	var maybeBefore []S // matches of earlier maybe-absent rules
	for i, r := range rules {
		if r.known {
			share := r.match.Intersect(undecided)
			shares[i] = matchShare[S]{
				share: share,
				exact: !r.maybeAbsent && !unknownBefore && !overlapsAnySet(share, maybeBefore),
			}
			// A rule that keeps all of its match overlaps no earlier
			// certain match, so no earlier share: nothing covers it.
			if equal == nil || !equal(share, r.match) {
				shares[i].covering = coveringShares(rules[:i], shares[:i], r.match)
			}
		}
		switch {
		case r.certain():
			undecided = undecided.Subtract(r.match)
		case r.known:
			maybeBefore = append(maybeBefore, r.match)
			exact = false
		default:
			unknownBefore = true
			exact = false
		}
	}
	return shares, undecided, exact
}

// coveringShares returns the indexes of the certain rules among earlier
// whose shares overlap m.
func coveringShares[S firstMatchSet[S]](earlier []matchRule[S], shares []matchShare[S], m S) []int {
	var out []int
	for i, p := range earlier {
		if p.certain() && shares[i].share.Overlaps(m) {
			out = append(out, i)
		}
	}
	return out
}

// overlapsAnySet reports whether t overlaps one of ts.
func overlapsAnySet[S firstMatchSet[S]](t S, ts []S) bool {
	for _, u := range ts {
		if t.Overlaps(u) {
			return true
		}
	}
	return false
}
