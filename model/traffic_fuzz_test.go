package model

import (
	"net/netip"
	"slices"
	"testing"

	"go4.org/netipx"
)

// fuzzReader turns fuzz bytes into rules and packets; it yields zeros once
// the bytes run out.
type fuzzReader struct{ data []byte }

func (r *fuzzReader) byte() int {
	if len(r.data) == 0 {
		return 0
	}
	b := r.data[0]
	r.data = r.data[1:]
	return int(b)
}

// fuzzProtocols are the protocols rules are drawn from: every kind of port
// semantics, protocol 255 (which owns the others map) and "all".
var fuzzProtocols = []Protocol{ProtocolAll, ProtocolTCP, ProtocolUDP, ProtocolICMP, ProtocolICMPv6, gre, 0, 255, ProtocolTCP, ProtocolAll}

// fuzzRule is one step of building a set: add or remove one rule's match.
type fuzzRule struct {
	remove   bool
	proto    Protocol
	ports    PortRange
	prefixes []netip.Prefix
}

// contains is the oracle for the rule's match: written from the semantics,
// not from the implementation.
func (f fuzzRule) contains(p Packet) bool {
	if p.Protocol < 0 || p.Protocol > 255 || p.Port < 0 || p.Port > 65535 {
		return false
	}
	if f.proto != ProtocolAll && f.proto != p.Protocol {
		return false
	}
	if f.proto.HasPorts() && (p.Port < f.ports.From || p.Port > f.ports.To) {
		return false
	}
	for _, pf := range f.prefixes {
		if pf.Contains(p.Addr) {
			return true
		}
	}
	return false
}

// prefix draws an IPv4 prefix inside 10.0.0.0/8-ish space or an IPv6 one
// inside 2001:db8::/32-ish space, with any length down to /0, so that
// prefixes often nest and overlap.
func (r *fuzzReader) prefix() netip.Prefix {
	kind, x, y, bits := r.byte(), r.byte()%4, r.byte()%4, r.byte()
	if kind%2 == 0 {
		a := netip.AddrFrom4([4]byte{10, byte(x) << 6, byte(y) << 6, 0})
		return netip.PrefixFrom(a, bits%33).Masked()
	}
	a := netip.AddrFrom16([16]byte{0x20, 0x01, 0x0d, 0xb8, byte(x) << 6, byte(y) << 6})
	return netip.PrefixFrom(a, bits%129).Masked()
}

// port draws a port from a few clusters, so ranges meet and overlap.
func (r *fuzzReader) port() int {
	return []int{0, 21, 22, 23, 443, 1023, 1024, 0x0800, 0x08ff, 65535}[r.byte()%10] + r.byte()%3 - 1
}

// traffic draws up to four rules and folds them into a set.
func (r *fuzzReader) traffic() (Traffic, []fuzzRule) {
	var t Traffic
	var rules []fuzzRule
	for range r.byte() % 5 {
		f := fuzzRule{remove: r.byte()%3 == 0, proto: fuzzProtocols[r.byte()%len(fuzzProtocols)]}
		f.ports = PortRange{From: r.port(), To: r.port()}
		for range 1 + r.byte()%2 {
			f.prefixes = append(f.prefixes, r.prefix())
		}
		if f.proto.HasPorts() {
			f.ports.From, f.ports.To = max(f.ports.From, 0), min(f.ports.To, 65535)
		}
		rules = append(rules, f)
		if m := Match(f.proto, f.ports, f.prefixes...); f.remove {
			t = t.Subtract(m)
		} else {
			t = t.Union(m)
		}
	}
	return t, rules
}

// oracle reports whether p is in the set the rules build.
func oracle(rules []fuzzRule, p Packet) bool {
	in := false
	for _, f := range rules {
		if f.contains(p) {
			in = !f.remove
		}
	}
	return in
}

// probes are packets near every edge of the given sets: segment ends and
// address range ends, each with its neighbours, tried with several
// protocols (and each keyed protocol with its own edges).
func probes(r *fuzzReader, ts ...Traffic) []Packet {
	type point struct {
		port int
		addr netip.Addr
	}
	var out []Packet
	add := func(p Protocol, pt point) {
		for _, d := range []int{-1, 0, 1} {
			out = append(out, Packet{Protocol: p, Port: pt.port + d, Addr: pt.addr})
		}
		out = append(out, Packet{Protocol: p, Port: pt.port, Addr: pt.addr.Prev()}, Packet{Protocol: p, Port: pt.port, Addr: pt.addr.Next()})
	}
	edges := func(m portMap) []point {
		var pts []point
		for _, s := range m {
			for _, rg := range s.addrs.Ranges() {
				pts = append(pts, point{s.lo, rg.From()}, point{s.hi, rg.To()})
			}
		}
		return pts
	}
	seen := map[point]bool{}
	var all []point
	for _, t := range ts {
		for _, pt := range edges(t.others) {
			add(255, pt)
			if !seen[pt] {
				seen[pt] = true
				all = append(all, pt)
			}
		}
		for _, k := range t.keyed {
			for _, pt := range edges(k.ports) {
				add(k.proto, pt)
				if !seen[pt] {
					seen[pt] = true
					all = append(all, pt)
				}
			}
		}
	}
	for range 4 {
		all = append(all, point{r.port(), r.prefix().Addr()})
	}
	protos := []Protocol{ProtocolTCP, ProtocolUDP, ProtocolICMP, gre, 0, 254, 255, Protocol(r.byte())}
	for _, pt := range all {
		for _, p := range protos {
			add(p, pt)
		}
	}
	return out
}

func FuzzTrafficAlgebra(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 1, 0, 2, 0, 9, 0, 0, 0, 0, 0, 0, 2, 1, 1, 0, 2, 0, 4, 0, 1, 1, 1, 1, 24})
	f.Add([]byte{4, 1, 0, 0, 0, 0, 0, 1, 1, 2, 3, 33, 2, 4, 1, 1, 9, 0, 0, 1, 2, 3, 64, 9, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1})
	f.Add([]byte("the quick brown fox jumps over the lazy dog, twice: the quick brown fox"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &fuzzReader{data: data}
		a, ra := r.traffic()
		b, rb := r.traffic()
		union, inter, diff := a.Union(b), a.Intersect(b), a.Subtract(b)
		for _, x := range []Traffic{a, b, union, inter, diff} {
			checkCanonical(t, x)
		}

		// Membership agrees with the semantics, packet by packet.
		for _, p := range probes(r, a, b) {
			inA, inB := oracle(ra, p), oracle(rb, p)
			checks := []struct {
				name      string
				got, want bool
			}{
				{"a", a.ContainsPacket(p), inA},
				{"b", b.ContainsPacket(p), inB},
				{"a∪b", union.ContainsPacket(p), inA || inB},
				{"a∩b", inter.ContainsPacket(p), inA && inB},
				{"a−b", diff.ContainsPacket(p), inA && !inB},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Fatalf("%s contains %v = %v, want %v\na = %v\nb = %v", c.name, p, c.got, c.want, a, b)
				}
			}
		}

		// Algebraic identities.
		if !diff.Union(inter).Equal(a) {
			t.Fatalf("(a−b)∪(a∩b) = %v, want a = %v", diff.Union(inter), a)
		}
		if !diff.Intersect(b).IsEmpty() {
			t.Fatalf("(a−b)∩b = %v, want empty", diff.Intersect(b))
		}
		if a.Contains(b) != b.Subtract(a).IsEmpty() {
			t.Fatalf("a.Contains(b) = %v but b−a = %v", a.Contains(b), b.Subtract(a))
		}
		if a.Overlaps(b) != !inter.IsEmpty() {
			t.Fatalf("a.Overlaps(b) = %v but a∩b = %v", a.Overlaps(b), inter)
		}
		if u2 := b.Union(a); !u2.Equal(union) || u2.String() != union.String() {
			t.Fatalf("union not commutative: %v vs %v", u2, union)
		}
		if !union.Contains(a) || !a.Contains(inter) || !a.Contains(diff) {
			t.Fatalf("containment of union/intersection/difference broken")
		}

		// Peers is Match over the addresses.
		if got, want := union.Peers(ProtocolTCP, PortRange{From: 1024, To: 65535}),
			Match(ProtocolTCP, PortRange{From: 1024, To: 65535}, union.Addrs()...); !got.Equal(want) {
			t.Fatalf("Peers of %v = %v, want %v", union, got, want)
		}

		// Witnesses are members; only the empty set has none.
		for _, x := range []Traffic{a, b, union, inter, diff} {
			w, ok := x.Witness()
			if ok == x.IsEmpty() || (ok && !x.ContainsPacket(w)) {
				t.Fatalf("Witness of %v = %v, %v", x, w, ok)
			}
		}

		// IPv4 and IPv6 never mix.
		v4, v6 := a.IPv4(), a.IPv6()
		if v4.Overlaps(v6) || !v4.Union(v6).Equal(a) {
			t.Fatalf("IPv4 %v and IPv6 %v do not split %v", v4, v6, a)
		}
		for _, p := range v4.Addrs() {
			if !p.Addr().Is4() {
				t.Fatalf("IPv4 part holds %v", p)
			}
		}
		for _, p := range v6.Addrs() {
			if !p.Addr().Is6() {
				t.Fatalf("IPv6 part holds %v", p)
			}
		}

		// firstMatch over the rules of both sets (removals as rules that
		// may not exist) finds the same covering rules with the shortcut
		// that equality allows as without.
		var rules []matchRule[Traffic]
		for _, fr := range append(ra, rb...) {
			rules = append(rules, matchRule[Traffic]{match: Match(fr.proto, fr.ports, fr.prefixes...), known: true, maybeAbsent: fr.remove})
		}
		quick, _, _ := firstMatch(Universe(), false, rules, Traffic.Equal)
		full, _, _ := firstMatch(Universe(), false, rules, nil)
		for i := range rules {
			if !slices.Equal(quick[i].covering, full[i].covering) {
				t.Fatalf("rule %d: covering %v with the shortcut, %v without", i, quick[i].covering, full[i].covering)
			}
		}

		// Addrs are the fewest prefixes, as netipx normalises them.
		var nb netipx.IPSetBuilder
		for _, p := range union.Addrs() {
			nb.AddPrefix(p)
		}
		if set, err := nb.IPSet(); err != nil || !slices.Equal(set.Prefixes(), union.Addrs()) {
			t.Fatalf("Addrs of %v = %v, netipx gives %v (%v)", union, union.Addrs(), set.Prefixes(), err)
		}
	})
}
