package rules

// shadowCandidate is what the shadowed-rule checks (nacl-rule-shadowed,
// mirror-filter-shadowed) read of one evaluated rule of a first-match
// list: a direction of a network ACL or of a traffic mirror filter.
type shadowCandidate[T interface {
	Overlaps(T) bool
	IsEmpty() bool
}] struct {
	known, maybeAbsent bool
	// shadowed: earlier certain rules decide all of match.
	shadowed bool
	number   int
	match    T
	// coveringNumbers are the numbers of the rules that decide match first.
	coveringNumbers []int
}

// certainlyShadowed returns the indexes of the rules, in evaluation order,
// that never match and whose covering rules certainly decide their
// traffic: no earlier rule that may not exist (an unknown count or
// for_each) takes part of it, and no covering rule shares its number
// (AWS rejects the duplicate: not a shadowing problem). Nothing after a
// rule with an unknown value is reported, since it may decide anything.
func certainlyShadowed[T interface {
	Overlaps(T) bool
	IsEmpty() bool
}](rules []shadowCandidate[T]) []int {
	var out []int
	var maybe []T // matches of earlier rules that may not exist
	for i, r := range rules {
		if !r.known {
			break
		}
		if r.shadowed && !r.match.IsEmpty() && len(r.coveringNumbers) > 0 && shadowCertain(r, maybe) {
			out = append(out, i)
		}
		if r.maybeAbsent {
			maybe = append(maybe, r.match)
		}
	}
	return out
}

// shadowCertain reports whether no rule in maybe takes part of r's
// traffic and no covering rule shares r's number.
func shadowCertain[T interface {
	Overlaps(T) bool
	IsEmpty() bool
}](r shadowCandidate[T], maybe []T) bool {
	for _, m := range maybe {
		if m.Overlaps(r.match) {
			return false
		}
	}
	for _, n := range r.coveringNumbers {
		if n == r.number {
			return false
		}
	}
	return true
}
