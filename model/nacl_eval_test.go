package model

import (
	"slices"
	"testing"
)

// nrule is a known ingress NACL rule.
func nrule(num int, a Action, p Protocol, r PortRange, cidr string) *NACLRule {
	return &NACLRule{Direction: Ingress, Number: num, Action: a, Protocol: p, Ports: r, CIDR: Prefix{Prefix: pfx(cidr), Known: true}, Known: true}
}

// unknown returns r with Known false.
func unknown(r *NACLRule) *NACLRule { r.Known = false; return r }

// maybe returns r with MaybeAbsent set.
func maybe(r *NACLRule) *NACLRule { r.MaybeAbsent = true; return r }

// egress returns r in the egress direction.
func egress(r *NACLRule) *NACLRule { r.Direction = Egress; return r }

// nacl builds a NACL owning rules (sorted as the model sorts them).
func nacl(rules ...*NACLRule) *NACL {
	n := &NACL{Rules: rules}
	for _, r := range rules {
		r.NACL = n
	}
	return n
}

// numbers returns the rule numbers of rs.
func numbers(rs []*NACLRule) []int {
	var out []int
	for _, r := range rs {
		out = append(out, r.Number)
	}
	return out
}

// ruleWant is the expected evaluation of one rule.
type ruleWant struct {
	shadowed bool
	exact    bool
	covering []int
	share    *Traffic // checked when set
}

func TestEvaluate(t *testing.T) {
	ssh10 := m(ProtocolTCP, ports(22, 22), "10.128.0.0/9")
	tests := []struct {
		name     string
		n        *NACL
		rules    []ruleWant
		exact    bool
		implicit Traffic
	}{
		{
			name: "shadowed by a single rule",
			n: nacl(
				nrule(100, Allow, ProtocolAll, AllPorts, "0.0.0.0/0"),
				nrule(200, Deny, ProtocolTCP, ports(22, 22), "203.0.113.0/24"),
			),
			rules: []ruleWant{
				{exact: true},
				{shadowed: true, exact: true, covering: []int{100}},
			},
			exact:    true,
			implicit: m(ProtocolAll, AllPorts, "::/0"),
		},
		{
			name: "shadowed only by the union of lower rules",
			n: nacl(
				nrule(100, Deny, ProtocolTCP, ports(22, 22), "10.0.0.0/9"),
				nrule(110, Allow, ProtocolTCP, ports(0, 1023), "10.128.0.0/9"),
				nrule(120, Allow, ProtocolUDP, AllPorts, "0.0.0.0/0"),
				nrule(200, Allow, ProtocolTCP, ports(22, 22), "10.0.0.0/8"),
			),
			rules: []ruleWant{
				{exact: true},
				{exact: true},
				{exact: true},
				{shadowed: true, exact: true, covering: []int{100, 110}},
			},
			exact: true,
		},
		{
			name: "covering names only rules that decide some of the traffic",
			n: nacl(
				nrule(100, Deny, ProtocolTCP, ports(22, 22), "10.0.0.0/8"),
				nrule(110, Allow, ProtocolTCP, ports(22, 22), "10.0.0.0/8"),
				nrule(120, Allow, ProtocolTCP, ports(0, 1023), "10.1.0.0/16"),
				nrule(200, Allow, ProtocolTCP, ports(22, 22), "10.1.0.0/16"),
			),
			rules: []ruleWant{
				{exact: true},
				{shadowed: true, exact: true, covering: []int{100}},
				{exact: true, covering: []int{100}},
				{shadowed: true, exact: true, covering: []int{100}},
			},
			exact: true,
		},
		{
			name: "partially covered is not shadowed",
			n: nacl(
				nrule(100, Allow, ProtocolTCP, ports(22, 22), "10.0.0.0/9"),
				nrule(200, Deny, ProtocolTCP, ports(22, 22), "10.0.0.0/8"),
			),
			rules: []ruleWant{
				{exact: true},
				{exact: true, covering: []int{100}, share: &ssh10},
			},
			exact: true,
		},
		{
			name: "ipv6 rule not shadowed by ipv4 all",
			n: nacl(
				nrule(100, Allow, ProtocolAll, AllPorts, "0.0.0.0/0"),
				nrule(101, Allow, ProtocolAll, AllPorts, "::/0"),
			),
			rules:    []ruleWant{{exact: true}, {exact: true}},
			exact:    true,
			implicit: Traffic{},
		},
		{
			name: "protocol all after specific rules",
			n: nacl(
				nrule(100, Allow, ProtocolTCP, AllPorts, "0.0.0.0/0"),
				nrule(200, Deny, ProtocolAll, AllPorts, "0.0.0.0/0"),
				nrule(300, Allow, ProtocolUDP, ports(53, 53), "10.0.0.0/8"),
			),
			rules: []ruleWant{
				{exact: true},
				{exact: true, covering: []int{100}},
				{shadowed: true, exact: true, covering: []int{200}},
			},
			exact:    true,
			implicit: m(ProtocolAll, AllPorts, "::/0"),
		},
		{
			name: "other direction ignored",
			n: nacl(
				egress(nrule(100, Allow, ProtocolAll, AllPorts, "0.0.0.0/0")),
				nrule(200, Allow, ProtocolTCP, ports(443, 443), "0.0.0.0/0"),
			),
			rules: []ruleWant{{exact: true}},
			exact: true,
		},
		{
			name: "unknown rule: earlier exact, later shadow still sound",
			n: nacl(
				nrule(100, Allow, ProtocolTCP, AllPorts, "0.0.0.0/0"),
				unknown(nrule(150, Deny, ProtocolTCP, ports(22, 22), "10.0.0.0/8")),
				nrule(200, Deny, ProtocolTCP, ports(22, 22), "10.0.0.0/8"),
				nrule(300, Deny, ProtocolUDP, ports(53, 53), "10.0.0.0/8"),
			),
			rules: []ruleWant{
				{exact: true},
				{},
				{shadowed: true, covering: []int{100}},
				{},
			},
		},
		{
			name: "maybe-absent rule proves nothing",
			n: nacl(
				maybe(nrule(100, Allow, ProtocolTCP, AllPorts, "0.0.0.0/0")),
				nrule(200, Deny, ProtocolTCP, ports(22, 22), "10.0.0.0/8"),
				nrule(300, Allow, ProtocolUDP, ports(53, 53), "10.0.0.0/8"),
				nrule(400, Allow, ProtocolTCP, ports(22, 22), "10.0.0.0/8"),
			),
			rules: []ruleWant{
				{},
				{},
				{exact: true},
				{shadowed: true, exact: true, covering: []int{200}},
			},
		},
		{
			name: "maybe-absent rule covered itself",
			n: nacl(
				nrule(100, Deny, ProtocolAll, AllPorts, "10.0.0.0/8"),
				maybe(nrule(200, Allow, ProtocolTCP, ports(22, 22), "10.1.0.0/16")),
			),
			rules: []ruleWant{{exact: true}, {shadowed: true, covering: []int{100}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := tc.n.Evaluate(Ingress)
			if len(e.Rules) != len(tc.rules) {
				t.Fatalf("got %d rules, want %d", len(e.Rules), len(tc.rules))
			}
			for i, want := range tc.rules {
				got := e.Rules[i]
				num := got.Rule.Number
				if got.Shadowed() != want.shadowed {
					t.Errorf("rule %d: Shadowed = %v, want %v (share %v)", num, got.Shadowed(), want.shadowed, got.Share)
				}
				if got.Exact != want.exact {
					t.Errorf("rule %d: Exact = %v, want %v", num, got.Exact, want.exact)
				}
				if c := numbers(got.Covering); !slices.Equal(c, want.covering) {
					t.Errorf("rule %d: Covering = %v, want %v", num, c, want.covering)
				}
				if want.share != nil && !got.Share.Equal(*want.share) {
					t.Errorf("rule %d: Share = %v, want %v", num, got.Share, *want.share)
				}
			}
			if e.Exact != tc.exact {
				t.Errorf("Exact = %v, want %v", e.Exact, tc.exact)
			}
			if tc.exact {
				checkPartition(t, e)
			}
		})
	}
}

// checkPartition checks that the shares and Implicit of an exact evaluation
// partition the universe, and Allowed/Denied are complements.
func checkPartition(t *testing.T, e *Evaluation) {
	t.Helper()
	sum := e.Implicit
	for _, r := range e.Rules {
		if sum.Overlaps(r.Share) {
			t.Errorf("share of rule %d overlaps earlier shares", r.Rule.Number)
		}
		sum = sum.Union(r.Share)
	}
	if !sum.Equal(Universe()) {
		t.Errorf("shares + implicit = %v, want the universe", sum)
	}
	if a, d := e.Allowed(), e.Denied(); a.Overlaps(d) || !a.Union(d).Equal(Universe()) {
		t.Errorf("Allowed %v and Denied %v do not partition the universe", a, d)
	}
}

func TestEvaluateImplicit(t *testing.T) {
	n := nacl(
		nrule(100, Allow, ProtocolTCP, ports(443, 443), "0.0.0.0/0"),
		nrule(110, Deny, ProtocolTCP, ports(22, 22), "0.0.0.0/0"),
		nrule(120, Allow, ProtocolTCP, ports(1024, 65535), "10.0.0.0/8"),
	)
	e := n.Evaluate(Ingress)
	matched := m(ProtocolTCP, ports(443, 443), "0.0.0.0/0").
		Union(m(ProtocolTCP, ports(22, 22), "0.0.0.0/0")).
		Union(m(ProtocolTCP, ports(1024, 65535), "10.0.0.0/8"))
	if want := Universe().Subtract(matched); !e.Implicit.Equal(want) {
		t.Errorf("Implicit = %v, want %v", e.Implicit, want)
	}
	wantAllowed := m(ProtocolTCP, ports(443, 443), "0.0.0.0/0").Union(m(ProtocolTCP, ports(1024, 65535), "10.0.0.0/8"))
	if got := e.Allowed(); !got.Equal(wantAllowed) {
		t.Errorf("Allowed = %v, want %v", got, wantAllowed)
	}
	if got, want := e.Denied(), Universe().Subtract(wantAllowed); !got.Equal(want) {
		t.Errorf("Denied = %v, want %v", got, want)
	}
}

func TestEvaluateIncomplete(t *testing.T) {
	n := nacl(
		nrule(100, Allow, ProtocolAll, AllPorts, "0.0.0.0/0"),
		nrule(200, Deny, ProtocolTCP, ports(22, 22), "10.0.0.0/8"),
	)
	n.Incomplete[Ingress] = true
	e := n.Evaluate(Ingress)
	if e.Exact || e.Rules[0].Exact || e.Rules[1].Exact {
		t.Errorf("incomplete direction evaluated as exact: %v %v %v", e.Exact, e.Rules[0].Exact, e.Rules[1].Exact)
	}
	if !e.Rules[1].Shadowed() {
		t.Errorf("rule 200 not shadowed in an incomplete direction")
	}
	if !e.Allowed().IsEmpty() || !e.Denied().IsEmpty() {
		t.Errorf("Allowed %v / Denied %v not empty for an incomplete direction", e.Allowed(), e.Denied())
	}
	if _, _, known := e.Decide(pkt(ProtocolTCP, 22, "10.0.0.1")); known {
		t.Errorf("Decide known in an incomplete direction")
	}
}

func TestEvaluateUncertainBounds(t *testing.T) {
	n := nacl(
		nrule(100, Deny, ProtocolTCP, ports(22, 22), "0.0.0.0/0"),
		unknown(nrule(150, Allow, ProtocolAll, AllPorts, "0.0.0.0/0")),
		nrule(200, Allow, ProtocolTCP, ports(443, 443), "0.0.0.0/0"),
	)
	e := n.Evaluate(Ingress)
	if got := e.Allowed(); !got.IsEmpty() {
		t.Errorf("Allowed = %v, want nothing certain", got)
	}
	if got, want := e.Denied(), m(ProtocolTCP, ports(22, 22), "0.0.0.0/0"); !got.Equal(want) {
		t.Errorf("Denied = %v, want %v", got, want)
	}
	if e.Rules[1].Shadowed() {
		t.Errorf("unknown rule reported shadowed")
	}
}

func TestDecide(t *testing.T) {
	n := nacl(
		nrule(100, Deny, ProtocolTCP, ports(22, 22), "203.0.113.0/24"),
		nrule(110, Allow, ProtocolTCP, ports(22, 22), "0.0.0.0/0"),
		maybe(nrule(120, Allow, ProtocolUDP, ports(53, 53), "10.0.0.0/8")),
		unknown(nrule(130, Allow, ProtocolICMP, AllPorts, "0.0.0.0/0")),
		nrule(140, Allow, ProtocolAll, AllPorts, "::/0"),
	)
	e := n.Evaluate(Ingress)
	tests := []struct {
		name   string
		p      Packet
		rule   int // 0 = implicit deny
		action Action
		known  bool
	}{
		{"deny first", pkt(ProtocolTCP, 22, "203.0.113.9"), 100, Deny, true},
		{"allow second", pkt(ProtocolTCP, 22, "198.51.100.1"), 110, Allow, true},
		{"maybe-absent match", pkt(ProtocolUDP, 53, "10.0.0.2"), 120, Allow, false},
		{"unknown rule reached", pkt(ProtocolTCP, 80, "10.0.0.2"), 130, Allow, false},
		{"ipv6 reaches unknown first", pkt(ProtocolTCP, 80, "2001:db8::1"), 130, Allow, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, a, known := e.Decide(tc.p)
			num := 0
			if r != nil {
				num = r.Number
			}
			if num != tc.rule || a != tc.action || known != tc.known {
				t.Errorf("Decide(%v) = rule %d %v known=%v, want rule %d %v known=%v", tc.p, num, a, known, tc.rule, tc.action, tc.known)
			}
		})
	}
	t.Run("implicit deny", func(t *testing.T) {
		e := nacl(nrule(100, Allow, ProtocolTCP, ports(443, 443), "0.0.0.0/0")).Evaluate(Ingress)
		r, a, known := e.Decide(pkt(ProtocolTCP, 80, "1.2.3.4"))
		if r != nil || a != Deny || !known {
			t.Errorf("Decide = %v %v %v, want implicit deny", r, a, known)
		}
	})
}
