package model

import (
	"fmt"
	"testing"
)

// benchRules returns n varied rules of one direction: tcp service ports,
// udp, icmp, ephemeral ranges and catch-alls over IPv4 and IPv6 CIDRs.
func benchRules(n int) []*NACLRule {
	protos := []Protocol{ProtocolTCP, ProtocolTCP, ProtocolUDP, ProtocolICMP, ProtocolAll, ProtocolTCP, ProtocolICMPv6}
	portsFor := []PortRange{{22, 22}, {443, 443}, {1024, 65535}, ICMPRange(8, -1), AllPorts, {3306, 3306}, ICMPRange(128, -1)}
	var rules []*NACLRule
	for i := range n {
		cidr := fmt.Sprintf("10.%d.0.0/16", i*7%256)
		switch i % 5 {
		case 3:
			cidr = fmt.Sprintf("2001:db8:%x::/48", i)
		case 4:
			cidr = fmt.Sprintf("10.%d.%d.0/24", i*3%256, i)
		}
		a := Allow
		if i%4 == 1 {
			a = Deny
		}
		rules = append(rules, nrule(100+10*i, a, protos[i%len(protos)], portsFor[i%len(portsFor)], cidr))
	}
	return rules
}

func BenchmarkNACLEvaluate40(b *testing.B) {
	n := nacl(benchRules(40)...)
	b.ReportAllocs()
	for b.Loop() {
		// evaluate, not Evaluate: Evaluate returns its cached result.
		e := n.evaluate(Ingress)
		_ = e.Allowed()
	}
}

// benchSets returns two overlapping sets of realistic shape.
func benchSets() (Traffic, Traffic) {
	var a, c Traffic
	for i, r := range benchRules(20) {
		if i%2 == 0 {
			a = a.Union(r.Match())
		} else {
			c = c.Union(r.Match())
		}
	}
	return a.Union(m(ProtocolAll, AllPorts, "10.0.0.0/12")), Universe().Subtract(c)
}

func BenchmarkTraffic(b *testing.B) {
	x, y := benchSets()
	ops := []struct {
		name string
		f    func()
	}{
		{"Union", func() { x.Union(y) }},
		{"Intersect", func() { x.Intersect(y) }},
		{"Subtract", func() { x.Subtract(y) }},
		{"Contains", func() { x.Contains(y) }},
		{"Overlaps", func() { x.Overlaps(y) }},
		{"Equal", func() { x.Equal(y) }},
		{"Witness", func() { y.Witness() }},
		{"String", func() { _ = y.String() }},
		{"Match", func() { m(ProtocolTCP, ports(443, 443), "10.0.0.0/8", "::/0") }},
	}
	for _, op := range ops {
		b.Run(op.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				op.f()
			}
		})
	}
}
