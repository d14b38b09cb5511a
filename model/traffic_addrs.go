package model

import (
	"net/netip"
	"slices"

	"go4.org/netipx"
)

// addrSet is a set of IPv4 and IPv6 addresses: sorted, disjoint ranges of
// which no two are adjacent (IPv4 before IPv6, as netip.Addr.Compare
// orders them), so that two sets are equal exactly when their ranges are.
// nil is the empty set. An addrSet is never modified once built, so sets
// share ranges freely.
//
// It is netipx.IPSet's canonical form without the builder: every operation
// is one linear merge of two sorted lists, where IPSetBuilder sorts and
// normalizes all ranges again for each result.
type addrSet []netipx.IPRange

// prefixSet returns the set of the valid prefixes among ps.
func prefixSet(ps ...netip.Prefix) addrSet {
	out := make(addrSet, 0, len(ps))
	for _, p := range ps {
		if r := netipx.RangeOfPrefix(p); r.IsValid() {
			out = append(out, r)
		}
	}
	if len(out) < 2 {
		return out
	}
	slices.SortFunc(out, func(a, b netipx.IPRange) int { return a.From().Compare(b.From()) })
	merged := out[:1]
	for _, r := range out[1:] {
		merged = appendRange(merged, r)
	}
	return merged
}

// appendRange appends r to s, whose last range starts at or before r,
// merging it into that range when they overlap or touch.
func appendRange(s addrSet, r netipx.IPRange) addrSet {
	n := len(s)
	if n == 0 {
		return append(s, r)
	}
	last := s[n-1]
	if touches(last, r.From()) {
		if r.To().Compare(last.To()) > 0 {
			s[n-1] = netipx.IPRangeFrom(last.From(), r.To())
		}
		return s
	}
	return append(s, r)
}

// touches reports whether addr is in r or right after its end.
func touches(r netipx.IPRange, addr netip.Addr) bool {
	return addr.Compare(r.To()) <= 0 || r.To().Next() == addr
}

// Ranges returns the ranges of s, sorted; the caller must not modify them.
func (s addrSet) Ranges() []netipx.IPRange { return s }

// Equal reports whether s and o hold the same addresses.
func (s addrSet) Equal(o addrSet) bool { return slices.Equal(s, o) }

// Contains reports whether addr is in s.
func (s addrSet) Contains(addr netip.Addr) bool {
	i, _ := slices.BinarySearchFunc(s, addr, func(r netipx.IPRange, a netip.Addr) int { return r.To().Compare(a) })
	return i < len(s) && s[i].Contains(addr)
}

// prefixes returns the fewest prefixes that cover s exactly, in order.
// The ranges of s are sorted and never touch, so each range's own prefixes
// are the set's.
func (s addrSet) prefixes() []netip.Prefix {
	var out []netip.Prefix
	for _, r := range s {
		out = r.AppendPrefixes(out)
	}
	return out
}

// isEmptySet reports whether s holds no address.
func isEmptySet(s addrSet) bool { return len(s) == 0 }

// sameSet reports whether a and b are the same slice, so equal without
// comparing.
func sameSet(a, b addrSet) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// subsetOf reports whether every address of a is in b.
func subsetOf(a, b addrSet) bool {
	if sameSet(a, b) {
		return true
	}
	j := 0
	for _, r := range a {
		for j < len(b) && b[j].To().Compare(r.From()) < 0 {
			j++
		}
		// b's ranges do not touch, so r must lie within one of them.
		if j == len(b) || b[j].From().Compare(r.From()) > 0 || b[j].To().Compare(r.To()) < 0 {
			return false
		}
	}
	return true
}

// overlapSet reports whether a and b share an address.
func overlapSet(a, b addrSet) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].To().Compare(b[j].From()) < 0:
			i++
		case b[j].To().Compare(a[i].From()) < 0:
			j++
		default:
			return true
		}
	}
	return false
}

// unionSet is the setOp for union.
func unionSet(a, b addrSet) addrSet {
	switch {
	case subsetOf(a, b):
		return b
	case subsetOf(b, a):
		return a
	}
	out := make(addrSet, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || (i < len(a) && a[i].From().Compare(b[j].From()) <= 0) {
			out = appendRange(out, a[i])
			i++
		} else {
			out = appendRange(out, b[j])
			j++
		}
	}
	return out
}

// intersectSet is the setOp for intersection.
func intersectSet(a, b addrSet) addrSet {
	switch {
	case !overlapSet(a, b):
		return nil
	case subsetOf(a, b):
		return a
	case subsetOf(b, a):
		return b
	}
	out := make(addrSet, 0, max(len(a), len(b))) // not empty: they overlap
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		lo, hi := maxAddr(a[i].From(), b[j].From()), minAddr(a[i].To(), b[j].To())
		if lo.Compare(hi) <= 0 {
			out = appendRange(out, netipx.IPRangeFrom(lo, hi))
		}
		if a[i].To().Compare(b[j].To()) < 0 {
			i++
		} else {
			j++
		}
	}
	return out
}

// subtractSet is the setOp for difference (a minus b).
func subtractSet(a, b addrSet) addrSet {
	switch {
	case subsetOf(a, b):
		return nil
	case !overlapSet(a, b):
		return a
	}
	// Not empty (a is no subset of b). Room for a range of b cutting a
	// hole in one range of a, the common case (undecided traffic minus one
	// rule's CIDR); append grows it for more.
	out := make(addrSet, 0, len(a)+1)
	j := 0
	for _, r := range a {
		from, to := r.From(), r.To()
		for j < len(b) && b[j].To().Compare(from) < 0 {
			j++
		}
		cut := false // the rest of r is covered
		for k := j; k < len(b) && b[k].From().Compare(to) <= 0; k++ {
			if b[k].From().Compare(from) > 0 {
				out = append(out, netipx.IPRangeFrom(from, b[k].From().Prev()))
			}
			if b[k].To().Compare(to) >= 0 {
				cut = true
				break
			}
			from = b[k].To().Next()
		}
		if !cut {
			out = append(out, netipx.IPRangeFrom(from, to))
		}
	}
	return out
}

func minAddr(a, b netip.Addr) netip.Addr {
	if a.Compare(b) <= 0 {
		return a
	}
	return b
}

func maxAddr(a, b netip.Addr) netip.Addr {
	if a.Compare(b) >= 0 {
		return a
	}
	return b
}
