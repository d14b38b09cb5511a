package model

import "testing"

func TestProtocolString(t *testing.T) {
	tests := []struct {
		p    Protocol
		want string
	}{
		{ProtocolAll, "all"},
		{ProtocolTCP, "tcp"},
		{ProtocolUDP, "udp"},
		{ProtocolICMP, "icmp"},
		{ProtocolICMPv6, "icmpv6"},
		{gre, "gre"},
		{50, "esp"},
		{99, "protocol 99"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.p.String(); got != tc.want {
				t.Errorf("Protocol(%d).String() = %q, want %q", int(tc.p), got, tc.want)
			}
		})
	}
}

func TestPortRangeString(t *testing.T) {
	tests := []struct {
		r    PortRange
		want string
	}{
		{ports(443, 443), "443"},
		{ports(1024, 65535), "1024-65535"},
		{AllPorts, "0-65535"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.r.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPacketString(t *testing.T) {
	tests := []struct {
		p    Packet
		want string
	}{
		{pkt(ProtocolTCP, 443, "10.0.0.1"), "tcp 10.0.0.1 port 443"},
		{pkt(ProtocolUDP, 53, "2001:db8::1"), "udp 2001:db8::1 port 53"},
		{pkt(ProtocolICMP, 8<<8, "10.0.0.1"), "icmp 10.0.0.1 type 8 code 0"},
		{pkt(ProtocolICMPv6, 1<<8|4, "::1"), "icmpv6 ::1 type 1 code 4"},
		{pkt(gre, 0, "10.0.0.1"), "gre 10.0.0.1"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.p.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTrafficString(t *testing.T) {
	tests := []struct {
		name string
		t    Traffic
		want string
	}{
		{"empty", Traffic{}, "no traffic"},
		{"one port", m(ProtocolTCP, ports(443, 443), "0.0.0.0/0"), "tcp 443 with 0.0.0.0/0"},
		{"range", m(ProtocolTCP, ports(1024, 65535), "10.0.0.0/8"), "tcp 1024-65535 with 10.0.0.0/8"},
		{"all ports", m(ProtocolUDP, AllPorts, "10.0.0.0/8"), "udp with 10.0.0.0/8"},
		{"two ports same peers", m(ProtocolTCP, ports(22, 22), "10.0.0.0/8").Union(m(ProtocolTCP, ports(443, 443), "10.0.0.0/8")), "tcp 22,443 with 10.0.0.0/8"},
		{"ports with different peers", m(ProtocolTCP, ports(22, 22), "10.0.0.0/8").Union(m(ProtocolTCP, ports(443, 443), "0.0.0.0/0")), "tcp 22 with 10.0.0.0/8; tcp 443 with 0.0.0.0/0"},
		{"tcp and udp merged", m(ProtocolTCP, ports(53, 53), "10.0.0.0/8").Union(m(ProtocolUDP, ports(53, 53), "10.0.0.0/8")), "tcp/udp 53 with 10.0.0.0/8"},
		{"prefixes merged", m(ProtocolTCP, ports(22, 22), "10.0.0.0/9", "10.128.0.0/9"), "tcp 22 with 10.0.0.0/8"},
		{"both families", m(ProtocolTCP, ports(22, 22), "::/0", "0.0.0.0/0"), "tcp 22 with 0.0.0.0/0, ::/0"},
		{"address range", m(ProtocolTCP, ports(22, 22), "10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32"), "tcp 22 with 10.0.0.1-10.0.0.6"},
		{"many prefixes", m(ProtocolTCP, ports(22, 22), "10.0.0.0/16", "10.2.0.0/16", "10.4.0.0/16", "10.6.0.0/16", "10.8.0.0/16", "10.10.0.0/16"), "tcp 22 with 10.0.0.0/16, 10.2.0.0/16, 10.4.0.0/16, 10.6.0.0/16, +2 more"},
		{"universe", Universe(), "all with 0.0.0.0/0, ::/0"},
		{"universe minus ssh", Universe().Subtract(m(ProtocolTCP, ports(22, 22), "0.0.0.0/0")), "all with 0.0.0.0/0, ::/0 except tcp 22 with 0.0.0.0/0"},
		{"all plus extra", m(ProtocolAll, AllPorts, "10.0.0.0/8").Union(m(ProtocolTCP, ports(443, 443), "0.0.0.0/0")), "tcp 443 with 0.0.0.0/0; all with 10.0.0.0/8"},
		{"gre", m(gre, ports(22, 22), "10.0.0.0/8"), "gre with 10.0.0.0/8"},
		{"other number", m(99, AllPorts, "10.0.0.0/8"), "protocol 99 with 10.0.0.0/8"},
		{"icmp any", m(ProtocolICMP, ICMPRange(-1, -1), "10.0.0.0/8"), "icmp with 10.0.0.0/8"},
		{"icmp type", m(ProtocolICMP, ICMPRange(8, -1), "10.0.0.0/8"), "icmp type 8 with 10.0.0.0/8"},
		{"icmp type code", m(ProtocolICMP, ICMPRange(3, 4), "10.0.0.0/8"), "icmp type 3 code 4 with 10.0.0.0/8"},
		{"icmp codes", m(ProtocolICMPv6, ports(1<<8, 1<<8|4), "::/0"), "icmpv6 type 1 codes 0-4 with ::/0"},
		{"icmp types", m(ProtocolICMP, ports(3<<8, 5<<8|0xff), "10.0.0.0/8"), "icmp types 3-5 with 10.0.0.0/8"},
		{"icmp ragged", m(ProtocolICMP, ports(3<<8|4, 5<<8|2), "10.0.0.0/8"), "icmp type 3 codes 4-255,type 4,type 5 codes 0-2 with 10.0.0.0/8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.t.String(); got != tc.want {
				t.Errorf("String() = %q\nwant        %q", got, tc.want)
			}
		})
	}
}

func TestDescribe(t *testing.T) {
	tr := Universe().Subtract(m(ProtocolTCP, ports(22, 22), "10.0.0.0/8"))
	tests := []struct {
		d    Direction
		want string
	}{
		{Ingress, "all from 0.0.0.0/0, ::/0 except tcp 22 from 10.0.0.0/8"},
		{Egress, "all to 0.0.0.0/0, ::/0 except tcp 22 to 10.0.0.0/8"},
	}
	for _, tc := range tests {
		t.Run(tc.d.String(), func(t *testing.T) {
			if got := tr.Describe(tc.d); got != tc.want {
				t.Errorf("Describe = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDescribeService(t *testing.T) {
	tests := []struct {
		p    Protocol
		r    PortRange
		want string
	}{
		{ProtocolTCP, PortRange{From: 443, To: 443}, "tcp 443"},
		{ProtocolUDP, PortRange{From: 1024, To: 65535}, "udp 1024-65535"},
		{ProtocolTCP, AllPorts, "tcp"},
		{ProtocolICMP, ICMPRange(8, -1), "icmp type 8"},
		{ProtocolICMPv6, AllPorts, "icmpv6"},
		{50, PortRange{From: 22, To: 22}, "esp"},
		{ProtocolAll, AllPorts, "all"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := DescribeService(tc.p, tc.r); got != tc.want {
				t.Errorf("DescribeService(%v, %v) = %q, want %q", tc.p, tc.r, got, tc.want)
			}
		})
	}
}
