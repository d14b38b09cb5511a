package model

import (
	"math/rand/v2"
	"net/netip"
	"testing"
)

// mirrorPoint is one packet as mirror filters see it.
type mirrorPoint struct {
	proto            Protocol
	src, dst         netip.Addr
	srcPort, dstPort int
}

// mirrorHas reports whether p is in t, box by box.
func mirrorHas(t MirrorTraffic, p mirrorPoint) bool {
	for _, b := range t.boxes {
		if b.proto.lo <= int(p.proto) && int(p.proto) <= b.proto.hi &&
			b.src.Contains(p.src) && b.dst.Contains(p.dst) &&
			b.srcPorts.lo <= p.srcPort && p.srcPort <= b.srcPorts.hi &&
			b.dstPorts.lo <= p.dstPort && p.dstPort <= b.dstPorts.hi {
			return true
		}
	}
	return false
}

// mirrorSpec is a rule as the oracle reads it, independently of the boxes.
type mirrorSpec struct {
	proto              Protocol
	src, dst           netip.Prefix
	srcPorts, dstPorts PortRange
}

func (s mirrorSpec) set() MirrorTraffic {
	return MatchMirror(s.proto, s.src, s.dst, s.srcPorts, s.dstPorts)
}

// has is the oracle: the rule's meaning, written from the documentation.
func (s mirrorSpec) has(p mirrorPoint) bool {
	if s.proto != ProtocolAll && s.proto != p.proto {
		return false
	}
	if !s.src.Contains(p.src) || !s.dst.Contains(p.dst) {
		return false
	}
	if s.proto == ProtocolTCP || s.proto == ProtocolUDP {
		in := func(r PortRange, n int) bool { return r.From <= n && n <= r.To }
		return in(s.srcPorts, p.srcPort) && in(s.dstPorts, p.dstPort)
	}
	return true
}

// mirrorPrefixes are the prefixes random rules use: nested and adjacent
// blocks in both families.
var mirrorPrefixes = []string{
	"0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/16", "10.0.1.0/24", "10.0.0.0/25", "10.0.0.128/25",
	"10.0.0.5/32", "192.168.0.0/16", "::/0", "2001:db8::/32", "2001:db8::/64",
}

// mirrorProtos are the protocols random rules and points use.
var mirrorProtos = []Protocol{ProtocolAll, 0, ProtocolICMP, ProtocolTCP, ProtocolUDP, 50, 255}

func randomMirrorSpec(r *rand.Rand) mirrorSpec {
	pick := func() netip.Prefix { return netip.MustParsePrefix(mirrorPrefixes[r.IntN(len(mirrorPrefixes))]) }
	ports := func() PortRange {
		a, b := r.IntN(8)*1000, r.IntN(8)*1000+r.IntN(3)
		return PortRange{From: min(a, b), To: max(a, b)}
	}
	return mirrorSpec{proto: mirrorProtos[r.IntN(len(mirrorProtos))], src: pick(), dst: pick(), srcPorts: ports(), dstPorts: ports()}
}

// mirrorProbes are points on and around the edges of every prefix and
// port range the random rules use.
func mirrorProbes(r *rand.Rand, n int) []mirrorPoint {
	var addrs []netip.Addr
	for _, s := range mirrorPrefixes {
		p := netip.MustParsePrefix(s)
		first := p.Masked().Addr()
		last := first
		for i := 0; i < 1<<min(p.Addr().BitLen()-p.Bits(), 8)-1; i++ {
			last = last.Next()
		}
		addrs = append(addrs, first, first.Prev(), last, last.Next())
	}
	var valid []netip.Addr
	for _, a := range addrs {
		if a.IsValid() {
			valid = append(valid, a)
		}
	}
	out := make([]mirrorPoint, n)
	for i := range out {
		src := valid[r.IntN(len(valid))]
		dst := valid[r.IntN(len(valid))]
		for dst.Is4() != src.Is4() {
			dst = valid[r.IntN(len(valid))]
		}
		proto := mirrorProtos[1+r.IntN(len(mirrorProtos)-1)]
		out[i] = mirrorPoint{proto: proto, src: src, dst: dst,
			srcPort: max(r.IntN(8)*1000+r.IntN(4)-1, 0), dstPort: max(r.IntN(8)*1000+r.IntN(4)-1, 0)}
	}
	return out
}

// checkDisjoint fails unless the boxes of t are non-empty and pairwise
// disjoint.
func checkDisjoint(t *testing.T, s MirrorTraffic) {
	t.Helper()
	for i, a := range s.boxes {
		if _, ok := a.intersect(a); !ok {
			t.Fatalf("box %d is empty: %+v", i, a)
		}
		for _, b := range s.boxes[i+1:] {
			if _, ok := a.intersect(b); ok {
				t.Fatalf("boxes overlap: %+v and %+v", a, b)
			}
		}
	}
}

// TestMirrorTrafficOracle checks Union, Intersect, Subtract, Overlaps and
// Contains against the rules' meaning on random rule sets, point by point.
func TestMirrorTrafficOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	probes := mirrorProbes(r, 3000)
	for round := range 300 {
		var a, b []mirrorSpec
		for range 1 + r.IntN(4) {
			a = append(a, randomMirrorSpec(r))
		}
		for range 1 + r.IntN(4) {
			b = append(b, randomMirrorSpec(r))
		}
		var sa, sb MirrorTraffic
		for _, s := range a {
			sa = sa.Union(s.set())
		}
		for _, s := range b {
			sb = sb.Union(s.set())
		}
		inA := func(p mirrorPoint) bool {
			for _, s := range a {
				if s.has(p) {
					return true
				}
			}
			return false
		}
		inB := func(p mirrorPoint) bool {
			for _, s := range b {
				if s.has(p) {
					return true
				}
			}
			return false
		}
		union, inter, diff := sa.Union(sb), sa.Intersect(sb), sa.Subtract(sb)
		for _, s := range []MirrorTraffic{sa, sb, union, inter, diff} {
			checkDisjoint(t, s)
		}
		overlap := false
		for _, p := range probes {
			x, y := inA(p), inB(p)
			overlap = overlap || (x && y)
			if mirrorHas(sa, p) != x || mirrorHas(union, p) != (x || y) ||
				mirrorHas(inter, p) != (x && y) || mirrorHas(diff, p) != (x && !y) {
				t.Fatalf("round %d: wrong membership of %+v (in a %v, in b %v)\na=%+v\nb=%+v", round, p, x, y, a, b)
			}
		}
		if overlap && !sa.Overlaps(sb) {
			t.Fatalf("round %d: Overlaps is false but a probe is in both", round)
		}
		if sa.Overlaps(sb) == inter.IsEmpty() {
			t.Fatalf("round %d: Overlaps disagrees with Intersect", round)
		}
		if !union.Contains(sa) || !sa.Contains(inter) || diff.Overlaps(sb) {
			t.Fatalf("round %d: Contains/Overlaps disagree with the operations", round)
		}
		if sa.Contains(sb) != sb.Subtract(sa).IsEmpty() {
			t.Fatalf("round %d: Contains disagrees with Subtract", round)
		}
	}
}

func TestMatchMirror(t *testing.T) {
	p := netip.MustParsePrefix
	tcp := func(sp, dp int) mirrorPoint {
		return mirrorPoint{proto: ProtocolTCP, src: netip.MustParseAddr("10.0.0.1"), dst: netip.MustParseAddr("10.1.0.1"), srcPort: sp, dstPort: dp}
	}
	tests := []struct {
		name  string
		set   MirrorTraffic
		in    []mirrorPoint
		out   []mirrorPoint
		empty bool
	}{
		{
			name: "tcp ports narrow both ends",
			set:  MatchMirror(ProtocolTCP, p("10.0.0.0/8"), p("10.0.0.0/8"), PortRange{From: 1024, To: 65535}, PortRange{From: 443, To: 443}),
			in:   []mirrorPoint{tcp(1024, 443), tcp(65535, 443)},
			out:  []mirrorPoint{tcp(1023, 443), tcp(2000, 80), {proto: ProtocolUDP, src: netip.MustParseAddr("10.0.0.1"), dst: netip.MustParseAddr("10.1.0.1"), srcPort: 2000, dstPort: 443}},
		},
		{
			name: "ports do not narrow other protocols",
			set:  MatchMirror(ProtocolAll, p("10.0.0.0/8"), p("10.0.0.0/8"), PortRange{From: 1, To: 1}, PortRange{From: 1, To: 1}),
			in:   []mirrorPoint{tcp(5, 5)},
		},
		{
			name: "host bits are masked",
			set:  MatchMirror(ProtocolTCP, p("10.0.0.7/8"), p("10.1.0.1/32"), AllPorts, AllPorts),
			in:   []mirrorPoint{tcp(1, 1)},
		},
		{name: "families differ", set: MatchMirror(ProtocolAll, p("10.0.0.0/8"), p("::/0"), AllPorts, AllPorts), empty: true},
		{name: "invalid prefix", set: MatchMirror(ProtocolAll, netip.Prefix{}, p("::/0"), AllPorts, AllPorts), empty: true},
		{name: "protocol out of range", set: MatchMirror(256, p("0.0.0.0/0"), p("0.0.0.0/0"), AllPorts, AllPorts), empty: true},
		{name: "inverted ports", set: MatchMirror(ProtocolUDP, p("0.0.0.0/0"), p("0.0.0.0/0"), PortRange{From: 9, To: 1}, AllPorts), empty: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.set.IsEmpty() != tc.empty {
				t.Fatalf("IsEmpty = %v, want %v", tc.set.IsEmpty(), tc.empty)
			}
			for _, pt := range tc.in {
				if !mirrorHas(tc.set, pt) {
					t.Errorf("%+v should be in the set", pt)
				}
			}
			for _, pt := range tc.out {
				if mirrorHas(tc.set, pt) {
					t.Errorf("%+v should not be in the set", pt)
				}
			}
		})
	}
}

func TestMirrorUniverse(t *testing.T) {
	u := MirrorUniverse()
	all4 := MatchMirror(ProtocolAll, AllIPv4, AllIPv4, AllPorts, AllPorts)
	all6 := MatchMirror(ProtocolAll, AllIPv6, AllIPv6, AllPorts, AllPorts)
	if !u.Subtract(all4).Subtract(all6).IsEmpty() || !u.Contains(all4) || !u.Contains(all6) {
		t.Fatal("the universe is not every IPv4 and IPv6 packet")
	}
	if u.Subtract(MatchMirror(ProtocolTCP, AllIPv4, AllIPv4, AllPorts, PortRange{From: 443, To: 443})).Contains(u) {
		t.Fatal("removing tcp 443 must leave less than the universe")
	}
}
