package model

import (
	"math/rand/v2"
	"net/netip"
	"slices"
	"testing"

	"go4.org/netipx"
)

// randomPrefixes draws n prefixes from a small address space (so that they
// overlap, nest and touch), in both families, at the ends of each family
// too.
func randomPrefixes(r *rand.Rand, n int) []netip.Prefix {
	bases := []netip.Addr{
		netip.MustParseAddr("10.0.0.0"), netip.MustParseAddr("10.0.1.0"),
		netip.MustParseAddr("0.0.0.0"), netip.MustParseAddr("255.255.255.0"),
		netip.MustParseAddr("2001:db8::"), netip.MustParseAddr("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ff00"),
		netip.MustParseAddr("::"),
	}
	out := make([]netip.Prefix, n)
	for i := range out {
		base := bases[r.IntN(len(bases))]
		b := base.AsSlice()
		b[len(b)-1] = byte(r.IntN(256))
		addr, _ := netip.AddrFromSlice(b)
		bits := addr.BitLen() - r.IntN(10)
		if r.IntN(8) == 0 {
			bits = r.IntN(addr.BitLen() + 1)
		}
		out[i] = netip.PrefixFrom(addr, bits)
	}
	return out
}

// referenceSet is the netipx set of prefixes, the reference addrSet is
// checked against.
func referenceSet(ps []netip.Prefix) *netipx.IPSet {
	var b netipx.IPSetBuilder
	for _, p := range ps {
		b.AddPrefix(p)
	}
	s, _ := b.IPSet()
	return s
}

// TestAddrSetMatchesNetipx checks every set operation against netipx on
// random sets: the same ranges (the same canonical form), the same
// answers.
func TestAddrSetMatchesNetipx(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		pa, pb := randomPrefixes(r, r.IntN(6)), randomPrefixes(r, r.IntN(6))
		a, b := prefixSet(pa...), prefixSet(pb...)
		ra, rb := referenceSet(pa), referenceSet(pb)
		same := func(op string, got addrSet, want *netipx.IPSet) {
			t.Helper()
			if !slices.Equal(got.Ranges(), want.Ranges()) {
				t.Fatalf("case %d: %s = %v, want %v (a = %v, b = %v)", i, op, got, want.Ranges(), pa, pb)
			}
		}
		same("a", a, ra)
		same("b", b, rb)

		var ub, ib, sb netipx.IPSetBuilder
		ub.AddSet(ra)
		ub.AddSet(rb)
		union, _ := ub.IPSet()
		same("a∪b", unionSet(a, b), union)
		ib.AddSet(ra)
		ib.Intersect(rb)
		inter, _ := ib.IPSet()
		same("a∩b", intersectSet(a, b), inter)
		sb.AddSet(ra)
		sb.RemoveSet(rb)
		diff, _ := sb.IPSet()
		same("a−b", subtractSet(a, b), diff)
		if got, want := a.prefixes(), ra.Prefixes(); !slices.Equal(got, want) {
			t.Fatalf("case %d: prefixes = %v, want %v (a = %v)", i, got, want, pa)
		}

		if got, want := subsetOf(a, b), len(diff.Ranges()) == 0; got != want {
			t.Fatalf("case %d: subsetOf(a, b) = %v, want %v (a = %v, b = %v)", i, got, want, pa, pb)
		}
		if got, want := overlapSet(a, b), ra.Overlaps(rb); got != want {
			t.Fatalf("case %d: overlapSet = %v, want %v (a = %v, b = %v)", i, got, want, pa, pb)
		}
		for _, p := range pb {
			for _, addr := range []netip.Addr{p.Masked().Addr(), netipx.PrefixLastIP(p), p.Addr().Prev(), netipx.PrefixLastIP(p).Next()} {
				if got, want := a.Contains(addr), ra.Contains(addr); got != want {
					t.Fatalf("case %d: Contains(%v) = %v, want %v (a = %v)", i, addr, got, want, pa)
				}
			}
		}
	}
}
