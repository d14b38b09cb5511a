package model

import (
	"net/netip"
	"testing"
)

// pfx parses a prefix or fails the test binary at init.
func pfx(s string) netip.Prefix { return netip.MustParsePrefix(s) }

// ports is a port range literal.
func ports(from, to int) PortRange { return PortRange{From: from, To: to} }

// m is Match with prefixes written as strings.
func m(p Protocol, r PortRange, prefixes ...string) Traffic {
	ps := make([]netip.Prefix, len(prefixes))
	for i, s := range prefixes {
		ps[i] = pfx(s)
	}
	return Match(p, r, ps...)
}

// pkt is a packet literal.
func pkt(p Protocol, port int, addr string) Packet {
	return Packet{Protocol: p, Port: port, Addr: netip.MustParseAddr(addr)}
}

const gre Protocol = 47

func TestICMPRange(t *testing.T) {
	tests := []struct {
		name      string
		typ, code int
		want      PortRange
	}{
		{"any", -1, -1, AllPorts},
		{"any type ignores code", -1, 5, AllPorts},
		{"echo request any code", 8, -1, ports(0x0800, 0x08ff)},
		{"echo reply code 0", 0, 0, ports(0, 0)},
		{"unreachable port", 3, 3, ports(0x0303, 0x0303)},
		{"type 255 any code", 255, -1, ports(0xff00, 0xffff)},
		{"type too large", 256, 0, ports(1, 0)},
		{"code too large", 3, 256, ports(1, 0)},
		{"type below -1", -2, -1, ports(1, 0)},
		{"code below -1", 3, -2, ports(1, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ICMPRange(tc.typ, tc.code); got != tc.want {
				t.Errorf("ICMPRange(%d, %d) = %+v, want %+v", tc.typ, tc.code, got, tc.want)
			}
		})
	}
}

func TestContainsPacket(t *testing.T) {
	tests := []struct {
		name string
		t    Traffic
		p    Packet
		want bool
	}{
		{"tcp port inside", m(ProtocolTCP, ports(22, 22), "10.0.0.0/8"), pkt(ProtocolTCP, 22, "10.1.2.3"), true},
		{"tcp port outside", m(ProtocolTCP, ports(22, 22), "10.0.0.0/8"), pkt(ProtocolTCP, 23, "10.1.2.3"), false},
		{"tcp address outside", m(ProtocolTCP, ports(22, 22), "10.0.0.0/8"), pkt(ProtocolTCP, 22, "11.0.0.0"), false},
		{"tcp rule is not udp", m(ProtocolTCP, ports(22, 22), "10.0.0.0/8"), pkt(ProtocolUDP, 22, "10.0.0.1"), false},
		{"tcp port 0 only", m(ProtocolTCP, ports(0, 0), "0.0.0.0/0"), pkt(ProtocolTCP, 1, "1.1.1.1"), false},
		{"all covers gre", m(ProtocolAll, ports(22, 22), "0.0.0.0/0"), pkt(gre, 0, "1.1.1.1"), true},
		{"all ignores ports", m(ProtocolAll, ports(22, 22), "0.0.0.0/0"), pkt(ProtocolTCP, 443, "1.1.1.1"), true},
		{"gre ignores ports", m(gre, ports(22, 22), "0.0.0.0/0"), pkt(gre, 443, "1.1.1.1"), true},
		{"icmp type 8", m(ProtocolICMP, ICMPRange(8, -1), "0.0.0.0/0"), pkt(ProtocolICMP, 8<<8|3, "1.1.1.1"), true},
		{"icmp type 8 not 0", m(ProtocolICMP, ICMPRange(8, -1), "0.0.0.0/0"), pkt(ProtocolICMP, 0, "1.1.1.1"), false},
		{"icmp is not icmpv6", m(ProtocolICMP, AllPorts, "::/0"), pkt(ProtocolICMPv6, 0, "::1"), false},
		{"ipv4 prefix has no ipv6", m(ProtocolAll, AllPorts, "0.0.0.0/0"), pkt(ProtocolTCP, 22, "::1"), false},
		{"ipv4-mapped is ipv6", m(ProtocolAll, AllPorts, "0.0.0.0/0"), pkt(ProtocolTCP, 22, "::ffff:10.0.0.1"), false},
		{"ipv6 prefix", m(ProtocolAll, AllPorts, "::/0"), pkt(ProtocolTCP, 22, "2001:db8::1"), true},
		{"packet protocol all", Universe(), pkt(ProtocolAll, 0, "1.1.1.1"), false},
		{"packet port out of range", Universe(), pkt(ProtocolTCP, 70000, "1.1.1.1"), false},
		{"empty", Traffic{}, pkt(ProtocolTCP, 22, "1.1.1.1"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.t.ContainsPacket(tc.p); got != tc.want {
				t.Errorf("(%v).ContainsPacket(%v) = %v, want %v", tc.t, tc.p, got, tc.want)
			}
		})
	}
}

func TestMatchEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		got  Traffic
		want Traffic
	}{
		{"other protocol ignores ports", m(gre, ports(22, 23), "10.0.0.0/8"), m(gre, AllPorts, "10.0.0.0/8")},
		{"all ignores ports", m(ProtocolAll, ports(0, 0), "10.0.0.0/8"), m(ProtocolAll, AllPorts, "10.0.0.0/8")},
		{"ports clipped", m(ProtocolTCP, ports(-5, 70000), "10.0.0.0/8"), m(ProtocolTCP, AllPorts, "10.0.0.0/8")},
		{"reversed ports empty", m(ProtocolTCP, ports(23, 22), "10.0.0.0/8"), Traffic{}},
		{"no prefix empty", m(ProtocolTCP, AllPorts), Traffic{}},
		{"invalid prefix ignored", Match(ProtocolTCP, AllPorts, netip.Prefix{}, pfx("10.0.0.0/8")), m(ProtocolTCP, AllPorts, "10.0.0.0/8")},
		{"protocol out of range", m(256, AllPorts, "10.0.0.0/8"), Traffic{}},
		{"protocol below -1", m(-2, AllPorts, "10.0.0.0/8"), Traffic{}},
		{"protocol 255 alone", m(255, ports(1, 1), "10.0.0.0/8"), subtractProtocolsBelow(m(ProtocolAll, AllPorts, "10.0.0.0/8"), 255)},
		{"overlapping prefixes merge", m(ProtocolTCP, AllPorts, "10.0.0.0/9", "10.128.0.0/9"), m(ProtocolTCP, AllPorts, "10.0.0.0/8")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.got.Equal(tc.want) {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
			checkCanonical(t, tc.got)
		})
	}
}

func TestContains(t *testing.T) {
	tests := []struct {
		name   string
		t, u   Traffic
		want   bool
		revers bool // u.Contains(t)
	}{
		{"all covers tcp", m(ProtocolAll, AllPorts, "0.0.0.0/0"), m(ProtocolTCP, ports(22, 22), "10.0.0.0/8"), true, false},
		{"all covers gre", m(ProtocolAll, AllPorts, "0.0.0.0/0"), m(gre, AllPorts, "10.0.0.0/8"), true, false},
		{"tcp all ports is not all", m(ProtocolTCP, AllPorts, "0.0.0.0/0"), m(ProtocolAll, AllPorts, "0.0.0.0/0"), false, true},
		{"port range covers port", m(ProtocolTCP, ports(1024, 65535), "10.0.0.0/8"), m(ProtocolTCP, ports(8080, 8080), "10.1.0.0/16"), true, false},
		{"port range misses port", m(ProtocolTCP, ports(1024, 65535), "10.0.0.0/8"), m(ProtocolTCP, ports(80, 80), "10.1.0.0/16"), false, false},
		{"two halves cover whole", m(ProtocolTCP, ports(22, 22), "10.0.0.0/9").Union(m(ProtocolTCP, ports(22, 22), "10.128.0.0/9")), m(ProtocolTCP, ports(22, 22), "10.0.0.0/8"), true, true},
		{"two port ranges cover", m(ProtocolUDP, ports(0, 1023), "0.0.0.0/0").Union(m(ProtocolUDP, ports(1024, 65535), "0.0.0.0/0")), m(ProtocolUDP, AllPorts, "0.0.0.0/0"), true, true},
		{"ipv4 world does not cover ipv6", m(ProtocolAll, AllPorts, "0.0.0.0/0"), m(ProtocolTCP, ports(22, 22), "::/0"), false, false},
		{"icmp any covers type", m(ProtocolICMP, ICMPRange(-1, -1), "0.0.0.0/0"), m(ProtocolICMP, ICMPRange(3, 4), "0.0.0.0/0"), true, false},
		{"icmp type does not cover other type", m(ProtocolICMP, ICMPRange(8, -1), "0.0.0.0/0"), m(ProtocolICMP, ICMPRange(0, 0), "0.0.0.0/0"), false, false},
		{"everything covers empty", Traffic{}, Traffic{}, true, true},
		{"empty covers nothing", Traffic{}, m(ProtocolTCP, ports(1, 1), "1.0.0.0/8"), false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.t.Contains(tc.u); got != tc.want {
				t.Errorf("(%v).Contains(%v) = %v, want %v", tc.t, tc.u, got, tc.want)
			}
			if got := tc.u.Contains(tc.t); got != tc.revers {
				t.Errorf("(%v).Contains(%v) = %v, want %v", tc.u, tc.t, got, tc.revers)
			}
		})
	}
}

func TestSubtract(t *testing.T) {
	tests := []struct {
		name string
		got  Traffic
		want Traffic
	}{
		{
			"port hole",
			m(ProtocolTCP, AllPorts, "10.0.0.0/8").Subtract(m(ProtocolTCP, ports(22, 22), "10.0.0.0/8")),
			m(ProtocolTCP, ports(0, 21), "10.0.0.0/8").Union(m(ProtocolTCP, ports(23, 65535), "10.0.0.0/8")),
		},
		{
			"address hole",
			m(ProtocolUDP, ports(53, 53), "10.0.0.0/8").Subtract(m(ProtocolUDP, ports(53, 53), "10.0.0.0/9")),
			m(ProtocolUDP, ports(53, 53), "10.128.0.0/9"),
		},
		{
			"all minus tcp leaves udp",
			m(ProtocolAll, AllPorts, "10.0.0.0/8").Subtract(m(ProtocolTCP, AllPorts, "0.0.0.0/0")).Intersect(m(ProtocolUDP, AllPorts, "0.0.0.0/0")),
			m(ProtocolUDP, AllPorts, "10.0.0.0/8"),
		},
		{
			"all minus tcp has no tcp",
			m(ProtocolAll, AllPorts, "10.0.0.0/8").Subtract(m(ProtocolTCP, AllPorts, "0.0.0.0/0")).Intersect(m(ProtocolTCP, AllPorts, "0.0.0.0/0")),
			Traffic{},
		},
		{
			"ipv4 minus ipv6 unchanged",
			m(ProtocolAll, AllPorts, "0.0.0.0/0").Subtract(m(ProtocolAll, AllPorts, "::/0")),
			m(ProtocolAll, AllPorts, "0.0.0.0/0"),
		},
		{
			"universe minus families is empty",
			Universe().Subtract(m(ProtocolAll, AllPorts, "0.0.0.0/0")).Subtract(m(ProtocolAll, AllPorts, "::/0")),
			Traffic{},
		},
		{
			"every protocol removed one by one",
			subtractProtocolsBelow(m(ProtocolAll, AllPorts, "10.0.0.0/8"), 256),
			Traffic{},
		},
		{
			"icmp type removed",
			m(ProtocolICMP, ICMPRange(-1, -1), "0.0.0.0/0").Subtract(m(ProtocolICMP, ICMPRange(8, -1), "0.0.0.0/0")),
			m(ProtocolICMP, ports(0, 0x07ff), "0.0.0.0/0").Union(m(ProtocolICMP, ports(0x0900, 0xffff), "0.0.0.0/0")),
		},
		{
			"subtract self is empty",
			m(ProtocolTCP, ports(80, 90), "10.0.0.0/8", "::/0").Subtract(m(ProtocolTCP, ports(80, 90), "::/0", "10.0.0.0/8")),
			Traffic{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.got.Equal(tc.want) {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
			checkCanonical(t, tc.got)
		})
	}
}

// subtractProtocolsBelow removes protocols 0..end-1 from t one at a time.
func subtractProtocolsBelow(t Traffic, end Protocol) Traffic {
	for p := Protocol(0); p < end; p++ {
		t = t.Subtract(Match(p, AllPorts, AllIPv4, AllIPv6))
	}
	return t
}

func TestIntersect(t *testing.T) {
	tests := []struct {
		name     string
		a, b     Traffic
		want     Traffic
		overlaps bool
	}{
		{"port ranges", m(ProtocolTCP, ports(0, 1024), "10.0.0.0/8"), m(ProtocolTCP, ports(1000, 2000), "10.0.0.0/16"), m(ProtocolTCP, ports(1000, 1024), "10.0.0.0/16"), true},
		{"all with tcp", m(ProtocolAll, AllPorts, "10.0.0.0/8"), m(ProtocolTCP, ports(443, 443), "0.0.0.0/0"), m(ProtocolTCP, ports(443, 443), "10.0.0.0/8"), true},
		{"all with gre", m(ProtocolAll, AllPorts, "10.0.0.0/8"), m(gre, ports(1, 1), "10.1.0.0/16"), m(gre, AllPorts, "10.1.0.0/16"), true},
		{"tcp and udp disjoint", m(ProtocolTCP, AllPorts, "0.0.0.0/0"), m(ProtocolUDP, AllPorts, "0.0.0.0/0"), Traffic{}, false},
		{"families disjoint", m(ProtocolAll, AllPorts, "0.0.0.0/0"), m(ProtocolAll, AllPorts, "::/0"), Traffic{}, false},
		{"adjacent ports disjoint", m(ProtocolTCP, ports(0, 21), "0.0.0.0/0"), m(ProtocolTCP, ports(22, 22), "0.0.0.0/0"), Traffic{}, false},
		{"adjacent addresses disjoint", m(ProtocolTCP, AllPorts, "10.0.0.0/9"), m(ProtocolTCP, AllPorts, "10.128.0.0/9"), Traffic{}, false},
		{"icmp types", m(ProtocolICMPv6, ICMPRange(128, -1), "::/0"), m(ProtocolICMPv6, ICMPRange(128, 0), "2001:db8::/32"), m(ProtocolICMPv6, ICMPRange(128, 0), "2001:db8::/32"), true},
		{"universe is identity", Universe(), m(ProtocolUDP, ports(53, 53), "::/0", "10.0.0.0/8"), m(ProtocolUDP, ports(53, 53), "::/0", "10.0.0.0/8"), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, got := range []Traffic{tc.a.Intersect(tc.b), tc.b.Intersect(tc.a)} {
				if !got.Equal(tc.want) {
					t.Errorf("got %v, want %v", got, tc.want)
				}
				checkCanonical(t, got)
			}
			if got := tc.a.Overlaps(tc.b); got != tc.overlaps {
				t.Errorf("Overlaps = %v, want %v", got, tc.overlaps)
			}
		})
	}
}

func TestFamilies(t *testing.T) {
	both := m(ProtocolTCP, ports(443, 443), "10.0.0.0/8", "2001:db8::/32")
	tests := []struct {
		name string
		got  Traffic
		want Traffic
	}{
		{"IPv4", both.IPv4(), m(ProtocolTCP, ports(443, 443), "10.0.0.0/8")},
		{"IPv6", both.IPv6(), m(ProtocolTCP, ports(443, 443), "2001:db8::/32")},
		{"universe IPv4", Universe().IPv4(), m(ProtocolAll, AllPorts, "0.0.0.0/0")},
		{"universe IPv6", Universe().IPv6(), m(ProtocolAll, AllPorts, "::/0")},
		{"Only tcp", Universe().Only(ProtocolTCP), m(ProtocolTCP, AllPorts, "0.0.0.0/0", "::/0")},
		{"Only all", both.Only(ProtocolAll), both},
		{"Only udp of tcp", both.Only(ProtocolUDP), Traffic{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.got.Equal(tc.want) {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}

func TestAccessors(t *testing.T) {
	tr := m(ProtocolTCP, ports(22, 22), "10.0.0.0/8").
		Union(m(ProtocolTCP, ports(23, 30), "192.168.0.0/16")).
		Union(m(ProtocolTCP, ports(443, 443), "10.0.0.0/8")).
		Union(m(gre, AllPorts, "::/0"))
	t.Run("Ports tcp merged", func(t *testing.T) {
		got := tr.Ports(ProtocolTCP)
		want := []PortRange{{22, 30}, {443, 443}}
		if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
			t.Errorf("Ports(tcp) = %v, want %v", got, want)
		}
	})
	t.Run("Ports gre", func(t *testing.T) {
		if got := tr.Ports(gre); len(got) != 1 || got[0] != AllPorts {
			t.Errorf("Ports(gre) = %v, want [AllPorts]", got)
		}
	})
	t.Run("Ports udp none", func(t *testing.T) {
		if got := tr.Ports(ProtocolUDP); len(got) != 0 {
			t.Errorf("Ports(udp) = %v, want none", got)
		}
	})
	t.Run("Ports all", func(t *testing.T) {
		if got := tr.Ports(ProtocolAll); got != nil {
			t.Errorf("Ports(all) = %v, want nil", got)
		}
	})
	t.Run("Addrs", func(t *testing.T) {
		got := tr.Addrs()
		want := []netip.Prefix{pfx("10.0.0.0/8"), pfx("192.168.0.0/16"), pfx("::/0")}
		if len(got) != len(want) {
			t.Fatalf("Addrs = %v, want %v", got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("Addrs = %v, want %v", got, want)
			}
		}
	})
	t.Run("Peers", func(t *testing.T) {
		got := tr.Peers(ProtocolUDP, PortRange{From: 1024, To: 2047})
		want := Match(ProtocolUDP, PortRange{From: 1024, To: 2047}, tr.Addrs()...)
		if !got.Equal(want) || got.IsEmpty() {
			t.Errorf("Peers = %v, want %v", got, want)
		}
	})
}

func TestWitness(t *testing.T) {
	tests := []struct {
		name string
		t    Traffic
		want Packet
	}{
		{"universe", Universe(), pkt(ProtocolTCP, 0, "0.0.0.0")},
		{"tcp before udp", m(ProtocolUDP, ports(53, 53), "1.0.0.0/8").Union(m(ProtocolTCP, ports(443, 443), "2.0.0.0/8")), pkt(ProtocolTCP, 443, "2.0.0.0")},
		{"udp before icmp", m(ProtocolICMP, AllPorts, "1.0.0.0/8").Union(m(ProtocolUDP, ports(53, 53), "2.0.0.0/8")), pkt(ProtocolUDP, 53, "2.0.0.0")},
		{"icmp before gre", m(gre, AllPorts, "1.0.0.0/8").Union(m(ProtocolICMP, ICMPRange(8, -1), "2.0.0.0/8")), pkt(ProtocolICMP, 0x0800, "2.0.0.0")},
		{"icmpv6 before gre", m(gre, AllPorts, "::/0").Union(m(ProtocolICMPv6, ICMPRange(128, 0), "2001:db8::/32")), pkt(ProtocolICMPv6, 128<<8, "2001:db8::")},
		{"lowest port then address", m(ProtocolTCP, ports(80, 80), "1.0.0.0/8").Union(m(ProtocolTCP, ports(22, 22), "9.0.0.0/8", "3.0.0.0/8")), pkt(ProtocolTCP, 22, "3.0.0.0")},
		{"ipv4 before ipv6", m(ProtocolTCP, ports(22, 22), "::/0", "200.0.0.0/8"), pkt(ProtocolTCP, 22, "200.0.0.0")},
		{"ipv6 only", m(ProtocolTCP, ports(22, 22), "2001:db8::/32"), pkt(ProtocolTCP, 22, "2001:db8::")},
		{"lowest other protocol", m(ProtocolAll, AllPorts, "::/0").Subtract(m(0, AllPorts, "::/0")).Subtract(Universe().Only(ProtocolTCP, ProtocolUDP, ProtocolICMP, ProtocolICMPv6)), pkt(2, 0, "::")},
		{"address hole", m(ProtocolTCP, ports(22, 22), "10.0.0.0/8").Subtract(m(ProtocolTCP, ports(22, 22), "10.0.0.0/9")), pkt(ProtocolTCP, 22, "10.128.0.0")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := tc.t.Witness()
			if !ok || got != tc.want {
				t.Errorf("Witness = %v, %v; want %v", got, ok, tc.want)
			}
			if !tc.t.ContainsPacket(got) {
				t.Errorf("witness %v not in %v", got, tc.t)
			}
		})
	}
	t.Run("empty", func(t *testing.T) {
		if p, ok := (Traffic{}).Witness(); ok {
			t.Errorf("Witness of empty = %v, true", p)
		}
	})
	t.Run("independent of construction", func(t *testing.T) {
		a := m(ProtocolUDP, ports(53, 53), "10.0.0.0/8")
		b := m(ProtocolTCP, ports(80, 90), "10.1.0.0/16", "::/0")
		c := m(ProtocolAll, AllPorts, "172.16.0.0/12")
		x := a.Union(b).Union(c)
		y := c.Union(b.Union(a))
		z := Universe().Subtract(Universe().Subtract(x))
		wx, _ := x.Witness()
		for _, o := range []Traffic{y, z} {
			if wo, _ := o.Witness(); wo != wx {
				t.Errorf("Witness differs for equal sets: %v vs %v", wo, wx)
			}
		}
	})
}

func TestEqualCanonical(t *testing.T) {
	a := m(ProtocolTCP, ports(0, 99), "10.0.0.0/8").Union(m(ProtocolTCP, ports(100, 65535), "10.0.0.0/8"))
	b := m(ProtocolTCP, AllPorts, "10.0.0.0/8")
	if !a.Equal(b) {
		t.Errorf("adjacent port ranges with equal sets: %v != %v", a, b)
	}
	// All protocols built one by one equals ProtocolAll.
	var each Traffic
	for p := Protocol(0); p <= 255; p++ {
		each = each.Union(Match(p, AllPorts, pfx("10.0.0.0/8")))
	}
	if all := m(ProtocolAll, AllPorts, "10.0.0.0/8"); !each.Equal(all) {
		t.Errorf("union of protocols 0-255 = %v, want %v", each, all)
	}
	checkCanonical(t, each)
	if each.Equal(b) {
		t.Errorf("%v == %v", each, b)
	}
}

// checkCanonical fails when t breaks the representation's invariants.
func checkCanonical(t *testing.T, tr Traffic) {
	t.Helper()
	checkPortMap(t, ProtocolAll, tr.others)
	for _, s := range tr.others {
		if s.lo != 0 || s.hi != maxPort {
			t.Errorf("others has a partial port segment %d-%d", s.lo, s.hi)
		}
	}
	for i, k := range tr.keyed {
		if k.proto < 0 || k.proto >= maxProtocol || (i > 0 && tr.keyed[i-1].proto >= k.proto) {
			t.Errorf("keyed protocols out of order or range at %d: %v", i, k.proto)
		}
		if k.ports.equal(tr.others) {
			t.Errorf("protocol %v keyed with the others map", k.proto)
		}
		checkPortMap(t, k.proto, k.ports)
		if !k.proto.HasPorts() {
			for _, s := range k.ports {
				if s.lo != 0 || s.hi != maxPort {
					t.Errorf("portless protocol %v has segment %d-%d", k.proto, s.lo, s.hi)
				}
			}
		}
	}
}

// checkPortMap fails when m is not sorted, disjoint, non-empty and merged.
func checkPortMap(t *testing.T, p Protocol, m portMap) {
	t.Helper()
	for i, s := range m {
		if s.lo < 0 || s.hi > maxPort || s.lo > s.hi || isEmptySet(s.addrs) {
			t.Errorf("protocol %v: bad segment %d-%d %v", p, s.lo, s.hi, s.addrs)
		}
		if i > 0 {
			prev := m[i-1]
			if prev.hi >= s.lo {
				t.Errorf("protocol %v: segments overlap or unsorted", p)
			}
			if prev.hi+1 == s.lo && prev.addrs.Equal(s.addrs) {
				t.Errorf("protocol %v: adjacent equal segments not merged at %d", p, s.lo)
			}
		}
	}
}
