package model

import (
	"net/netip"
	"slices"
	"testing"
)

// mrule is a known ingress filter rule from src to dst with destination
// ports dp.
func mrule(num int, a MirrorAction, p Protocol, src, dst string, dp PortRange) *MirrorFilterRule {
	return &MirrorFilterRule{
		Direction: Ingress, Number: num, Action: a, Protocol: p,
		SourceCIDR:      Prefix{Prefix: netip.MustParsePrefix(src), Known: true},
		DestinationCIDR: Prefix{Prefix: netip.MustParsePrefix(dst), Known: true},
		SourcePorts:     AllPorts, DestinationPorts: dp, Known: true,
	}
}

// mfilter builds a filter owning rules, in evaluation order.
func mfilter(rules ...*MirrorFilterRule) *MirrorFilter {
	f := &MirrorFilter{Rules: rules}
	for _, r := range rules {
		r.Filter = f
	}
	return f
}

// mnumbers returns the rule numbers of rs.
func mnumbers(rs []*MirrorFilterRule) []int {
	var out []int
	for _, r := range rs {
		out = append(out, r.Number)
	}
	return out
}

func TestMirrorFilterEvaluate(t *testing.T) {
	any443 := PortRange{From: 443, To: 443}
	type want struct {
		shadowed bool
		exact    bool
		covering []int
	}
	tests := []struct {
		name  string
		f     *MirrorFilter
		rules []want
		exact bool
	}{
		{
			name: "shadowed by the union of two lower rules",
			f: mfilter(
				mrule(100, MirrorReject, ProtocolTCP, "10.0.0.0/9", "0.0.0.0/0", AllPorts),
				mrule(110, MirrorAccept, ProtocolTCP, "10.128.0.0/9", "0.0.0.0/0", AllPorts),
				mrule(200, MirrorAccept, ProtocolTCP, "10.0.0.0/8", "0.0.0.0/0", any443),
			),
			rules: []want{{exact: true}, {exact: true}, {shadowed: true, exact: true, covering: []int{100, 110}}},
			exact: true,
		},
		{
			name: "a narrower destination does not cover",
			f: mfilter(
				mrule(100, MirrorAccept, ProtocolTCP, "0.0.0.0/0", "10.0.0.0/16", AllPorts),
				mrule(200, MirrorReject, ProtocolTCP, "10.0.0.0/8", "10.0.0.0/8", any443),
			),
			rules: []want{{exact: true}, {exact: true, covering: []int{100}}},
			exact: true,
		},
		{
			name: "source and destination are not interchangeable",
			f: mfilter(
				mrule(100, MirrorAccept, ProtocolAll, "10.0.0.0/8", "0.0.0.0/0", AllPorts),
				mrule(200, MirrorAccept, ProtocolAll, "0.0.0.0/0", "10.0.0.0/8", AllPorts),
			),
			rules: []want{{exact: true}, {exact: true, covering: []int{100}}},
			exact: true,
		},
		{
			name: "an unknown rule makes later shares inexact",
			f: mfilter(
				func() *MirrorFilterRule {
					r := mrule(50, MirrorReject, ProtocolAll, "0.0.0.0/0", "0.0.0.0/0", AllPorts)
					r.Known = false
					return r
				}(),
				mrule(100, MirrorAccept, ProtocolAll, "0.0.0.0/0", "0.0.0.0/0", AllPorts),
				mrule(200, MirrorAccept, ProtocolUDP, "0.0.0.0/0", "0.0.0.0/0", AllPorts),
			),
			rules: []want{{}, {}, {shadowed: true, covering: []int{100}}},
		},
		{
			name: "a maybe-absent rule does not cover but makes overlapping shares inexact",
			f: mfilter(
				func() *MirrorFilterRule {
					r := mrule(100, MirrorReject, ProtocolTCP, "0.0.0.0/0", "0.0.0.0/0", AllPorts)
					r.MaybeAbsent = true
					return r
				}(),
				mrule(200, MirrorAccept, ProtocolTCP, "0.0.0.0/0", "0.0.0.0/0", any443),
				mrule(300, MirrorAccept, ProtocolUDP, "0.0.0.0/0", "0.0.0.0/0", AllPorts),
			),
			rules: []want{{}, {}, {exact: true}},
		},
		{
			name: "IPv4 does not cover IPv6",
			f: mfilter(
				mrule(100, MirrorAccept, ProtocolAll, "0.0.0.0/0", "0.0.0.0/0", AllPorts),
				mrule(200, MirrorAccept, ProtocolAll, "::/0", "::/0", AllPorts),
			),
			rules: []want{{exact: true}, {exact: true}},
			exact: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.f.Evaluate(Ingress)
			if len(e.Rules) != len(tc.rules) {
				t.Fatalf("got %d rules, want %d", len(e.Rules), len(tc.rules))
			}
			for i, w := range tc.rules {
				re := e.Rules[i]
				if re.Shadowed() != w.shadowed || re.Exact != w.exact || !slices.Equal(mnumbers(re.Covering), w.covering) {
					t.Errorf("rule %d: shadowed %v exact %v covering %v; want %v %v %v", re.Rule.Number,
						re.Shadowed(), re.Exact, mnumbers(re.Covering), w.shadowed, w.exact, w.covering)
				}
			}
			if e.Exact != tc.exact {
				t.Errorf("Exact = %v, want %v", e.Exact, tc.exact)
			}
			if len(tc.f.Evaluate(Egress).Rules) != 0 {
				t.Error("the egress direction has no rules")
			}
		})
	}
}

func TestMirrorFilterEvaluateImplicit(t *testing.T) {
	f := mfilter(mrule(100, MirrorAccept, ProtocolAll, "0.0.0.0/0", "0.0.0.0/0", AllPorts))
	e := f.Evaluate(Ingress)
	want := MatchMirror(ProtocolAll, AllIPv6, AllIPv6, AllPorts, AllPorts)
	if !e.Implicit.Contains(want) || !want.Contains(e.Implicit) {
		t.Error("an accept-all IPv4 rule must leave exactly IPv6 to the implicit reject")
	}
	f.Incomplete[Ingress] = true
	if e := f.Evaluate(Ingress); e.Exact || e.Rules[0].Exact {
		t.Error("an incomplete direction has no exact share")
	}
}

func TestMirrorSessionSourceAddrs(t *testing.T) {
	sub := func(cidr string) *Subnet {
		s := &Subnet{}
		if cidr != "" {
			s.CIDR = Prefix{Prefix: netip.MustParsePrefix(cidr), Known: true}
		}
		return s
	}
	tests := []struct {
		name string
		src  *Endpoint
		want []string
		ok   bool
	}{
		{"no source", nil, nil, false},
		{"private ip", &Endpoint{PrivateIP: netip.MustParseAddr("10.0.1.5")}, []string{"10.0.1.5/32"}, true},
		{"subnet blocks", &Endpoint{Subnets: []*Subnet{sub("10.0.1.0/24")}, SubnetsKnown: true}, []string{"10.0.1.0/24"}, true},
		{"subnet not known", &Endpoint{Subnets: []*Subnet{sub("10.0.1.0/24")}}, nil, false},
		{"subnet block not known", &Endpoint{Subnets: []*Subnet{sub("")}, SubnetsKnown: true}, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := (&MirrorSession{Source: tc.src}).SourceAddrs()
			var s []string
			for _, p := range got {
				s = append(s, p.String())
			}
			if ok != tc.ok || !slices.Equal(s, tc.want) {
				t.Errorf("got %v %v, want %v %v", s, ok, tc.want, tc.ok)
			}
		})
	}
}
