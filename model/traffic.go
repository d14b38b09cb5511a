package model

import (
	"net/netip"
	"sort"
)

// Protocol is an IANA protocol number (0-255); ProtocolAll (-1) means every
// protocol.
type Protocol int

// Protocols with port (or ICMP type/code) semantics, and "all".
const (
	ProtocolAll    Protocol = -1
	ProtocolICMP   Protocol = 1
	ProtocolTCP    Protocol = 6
	ProtocolUDP    Protocol = 17
	ProtocolICMPv6 Protocol = 58
)

// maxProtocol is the highest IANA protocol number.
const maxProtocol Protocol = 255

// HasPorts reports whether the port range of a rule for p means something:
// destination ports for tcp and udp, encoded type/code for icmp and icmpv6.
// Every other protocol (and ProtocolAll) covers all ports whatever range is
// written.
func (p Protocol) HasPorts() bool {
	switch p {
	case ProtocolTCP, ProtocolUDP, ProtocolICMP, ProtocolICMPv6:
		return true
	}
	return false
}

// isICMP reports whether p's port space encodes ICMP type and code.
func (p Protocol) isICMP() bool { return p == ProtocolICMP || p == ProtocolICMPv6 }

// PortRange is an inclusive range in the 16-bit port space of a protocol.
// For tcp and udp it is destination ports. For icmp and icmpv6 it encodes
// (type<<8 | code), so "type 8, any code" is 0x0800-0x08ff and "any" is
// 0-65535 (see ICMPRange). Protocols without ports use AllPorts. A range
// with From > To is empty.
type PortRange struct {
	From, To int
}

// AllPorts is the whole port space.
var AllPorts = PortRange{From: 0, To: 65535}

// ICMPRange returns the encoded range for an ICMP type and code, where -1
// means any. A type of -1 means every type and code, whatever the code. A
// type or code outside -1..255 gives an empty range.
func ICMPRange(typ, code int) PortRange {
	switch {
	case typ == -1:
		return AllPorts
	case typ < 0 || typ > 255 || code < -1 || code > 255:
		return PortRange{From: 1, To: 0}
	case code == -1:
		return PortRange{From: typ << 8, To: typ<<8 | 0xff}
	}
	return PortRange{From: typ<<8 | code, To: typ<<8 | code}
}

// Traffic is an exact set of (protocol, port, peer address) triples, with
// IPv4 and IPv6 addresses in separate universes. The zero value is the
// empty set. Traffic values are immutable.
//
// A set is stored as the port map of protocol 255 (others), which every
// protocol not listed in keyed shares, plus the port map of each protocol
// whose map differs from it; so "all protocols" costs one entry. Fixing
// others to protocol 255 (IANA-reserved, so rules hardly ever name it) makes
// the form canonical: equal sets have equal representations.
type Traffic struct {
	// keyed holds, sorted by protocol, the protocols 0-254 whose port map
	// is not equal to others.
	keyed []protoPorts
	// others is the port map of protocol 255 and of every protocol not in
	// keyed. Protocol 255 has no ports, so it only ever holds whole-port
	// segments (0-65535).
	others portMap
}

// protoPorts is the port map of one protocol.
type protoPorts struct {
	proto Protocol
	ports portMap
}

// Match returns the traffic of one rule: protocol × ports × the addresses
// of the prefixes. ProtocolAll and protocols other than tcp, udp, icmp and
// icmpv6 cover all ports whatever ports says. Ports outside 0-65535 are
// clipped; invalid prefixes and protocols outside -1..255 match nothing.
func Match(proto Protocol, ports PortRange, prefixes ...netip.Prefix) Traffic {
	return matchAddrs(proto, ports, prefixSet(prefixes...))
}

// matchAddrs is Match of the addresses of addrs.
func matchAddrs(proto Protocol, ports PortRange, addrs addrSet) Traffic {
	if proto < ProtocolAll || proto > maxProtocol {
		return Traffic{}
	}
	lo, hi := 0, maxPort
	if proto.HasPorts() {
		lo, hi = max(ports.From, 0), min(ports.To, maxPort)
	}
	if lo > hi {
		return Traffic{}
	}
	m := portMap(nil).appendSeg(lo, hi, addrs)
	switch {
	case len(m) == 0:
		return Traffic{}
	case proto == ProtocolAll:
		return Traffic{others: m}
	case proto == maxProtocol:
		// Protocol 255 owns the others map: every other protocol is keyed
		// with an empty map.
		keyed := make([]protoPorts, maxProtocol)
		for i := range keyed {
			keyed[i].proto = Protocol(i)
		}
		return Traffic{keyed: keyed, others: m}
	}
	return Traffic{keyed: []protoPorts{{proto: proto, ports: m}}}
}

// AllIPv4 and AllIPv6 are the address universes of the two families.
var (
	AllIPv4 = netip.MustParsePrefix("0.0.0.0/0")
	AllIPv6 = netip.MustParsePrefix("::/0")
)

// universe is every protocol, port and address.
var universe = Match(ProtocolAll, AllPorts, AllIPv4, AllIPv6)

// Universe returns every protocol, every port and every IPv4 and IPv6
// address.
func Universe() Traffic { return universe }

// portsOf returns the port map of protocol p (0-255).
func (t Traffic) portsOf(p Protocol) portMap {
	i := sort.Search(len(t.keyed), func(i int) bool { return t.keyed[i].proto >= p })
	if i < len(t.keyed) && t.keyed[i].proto == p {
		return t.keyed[i].ports
	}
	return t.others
}

// zip calls f with the others maps of t and u (as protocol ProtocolAll),
// then with the port maps of t and u for each protocol keyed in either, in
// protocol order, until f returns false. It reports whether f never
// returned false.
func zip(t, u Traffic, f func(p Protocol, a, b portMap) bool) bool {
	if !f(ProtocolAll, t.others, u.others) {
		return false
	}
	i, j := 0, 0
	for i < len(t.keyed) || j < len(u.keyed) {
		var p Protocol
		var a, b portMap
		switch {
		case j == len(u.keyed) || (i < len(t.keyed) && t.keyed[i].proto < u.keyed[j].proto):
			p, a, b = t.keyed[i].proto, t.keyed[i].ports, u.others
			i++
		case i == len(t.keyed) || u.keyed[j].proto < t.keyed[i].proto:
			p, a, b = u.keyed[j].proto, t.others, u.keyed[j].ports
			j++
		default:
			p, a, b = t.keyed[i].proto, t.keyed[i].ports, u.keyed[j].ports
			i++
			j++
		}
		if !f(p, a, b) {
			return false
		}
	}
	return true
}

// apply combines t and u pointwise with op, keeping the canonical form.
func (t Traffic) apply(u Traffic, op setOp) Traffic {
	var out Traffic
	if n := len(t.keyed) + len(u.keyed); n > 0 {
		out.keyed = make([]protoPorts, 0, n)
	}
	zip(t, u, func(p Protocol, a, b portMap) bool {
		m := combine(a, b, op)
		if p == ProtocolAll {
			out.others = m
		} else if !m.equal(out.others) {
			out.keyed = append(out.keyed, protoPorts{proto: p, ports: m})
		}
		return true
	})
	return out
}

// Union returns the traffic in t or in u.
func (t Traffic) Union(u Traffic) Traffic { return t.apply(u, unionSet) }

// Intersect returns the traffic in both t and u.
func (t Traffic) Intersect(u Traffic) Traffic { return t.apply(u, intersectSet) }

// Subtract returns the traffic in t and not in u.
func (t Traffic) Subtract(u Traffic) Traffic { return t.apply(u, subtractSet) }

// IsEmpty reports whether t holds no traffic at all.
func (t Traffic) IsEmpty() bool { return len(t.keyed) == 0 && len(t.others) == 0 }

// Equal reports whether t and u are the same set.
func (t Traffic) Equal(u Traffic) bool {
	if len(t.keyed) != len(u.keyed) || !t.others.equal(u.others) {
		return false
	}
	for i := range t.keyed {
		if t.keyed[i].proto != u.keyed[i].proto || !t.keyed[i].ports.equal(u.keyed[i].ports) {
			return false
		}
	}
	return true
}

// Contains reports whether every packet of u is in t (u ⊆ t).
func (t Traffic) Contains(u Traffic) bool {
	return zip(t, u, func(_ Protocol, a, b portMap) bool {
		return sweep(a, b, func(_, _ int, sa, sb addrSet) bool { return subsetOf(sb, sa) })
	})
}

// Overlaps reports whether t and u share at least one packet.
func (t Traffic) Overlaps(u Traffic) bool {
	return !zip(t, u, func(_ Protocol, a, b portMap) bool {
		return sweep(a, b, func(_, _ int, sa, sb addrSet) bool { return !overlapSet(sa, sb) })
	})
}

// ContainsPacket reports whether p is in t. A packet whose protocol is not
// a single protocol number (ProtocolAll) or whose port is outside 0-65535
// is in no set.
func (t Traffic) ContainsPacket(p Packet) bool {
	if p.Protocol < 0 || p.Protocol > maxProtocol || p.Port < 0 || p.Port > maxPort {
		return false
	}
	s := t.portsOf(p.Protocol).at(p.Port)
	return s != nil && s.Contains(p.Addr)
}

// witnessOrder lists the protocols Witness tries first, most readable first.
var witnessOrder = []Protocol{ProtocolTCP, ProtocolUDP, ProtocolICMP, ProtocolICMPv6}

// Witness returns one packet of t, and false when t is empty. It prefers a
// readable packet: tcp, then udp, icmp, icmpv6, then the lowest other
// protocol number; within the protocol, the lowest port, then the lowest
// address (IPv4 before IPv6). The choice depends only on the set.
func (t Traffic) Witness() (Packet, bool) {
	for _, p := range witnessOrder {
		if m := t.portsOf(p); len(m) > 0 {
			return firstPacket(p, m), true
		}
	}
	for p := Protocol(0); p <= maxProtocol; p++ {
		if p.HasPorts() {
			continue
		}
		if m := t.portsOf(p); len(m) > 0 {
			return firstPacket(p, m), true
		}
	}
	return Packet{}, false
}

// firstPacket is the lowest packet of a non-empty port map.
func firstPacket(p Protocol, m portMap) Packet {
	return Packet{Protocol: p, Port: m[0].lo, Addr: m[0].addrs[0].From()}
}

// Only returns the part of t that uses one of protos. ProtocolAll keeps
// everything.
func (t Traffic) Only(protos ...Protocol) Traffic {
	var keep Traffic
	for _, p := range protos {
		keep = keep.Union(Match(p, AllPorts, AllIPv4, AllIPv6))
	}
	return t.Intersect(keep)
}

// IPv4 returns the part of t whose addresses are IPv4.
func (t Traffic) IPv4() Traffic { return t.Intersect(Match(ProtocolAll, AllPorts, AllIPv4)) }

// IPv6 returns the part of t whose addresses are IPv6.
func (t Traffic) IPv6() Traffic { return t.Intersect(Match(ProtocolAll, AllPorts, AllIPv6)) }

// Ports returns the port ranges (encoded type/code ranges for icmp and
// icmpv6) on which protocol p has some traffic in t, sorted and merged. A
// protocol without ports gives AllPorts or nothing. ProtocolAll gives nil.
func (t Traffic) Ports(p Protocol) []PortRange {
	if p < 0 || p > maxProtocol {
		return nil
	}
	return t.portsOf(p).ranges()
}

// Addrs returns every address that appears in t, whatever the protocol and
// port, as the fewest prefixes that cover exactly those addresses, sorted
// (IPv4 first), as netipx.IPSet.Prefixes gives them.
func (t Traffic) Addrs() []netip.Prefix { return t.addrs().prefixes() }

// addrs is Addrs as an addrSet.
func (t Traffic) addrs() addrSet {
	all := t.others.addrs()
	for _, k := range t.keyed {
		all = unionSet(all, k.ports.addrs())
	}
	return all
}

// Peers returns proto × ports × every address that appears in t: the
// traffic to or from the peers of t on other ports, such as the replies to
// what t admits. It is Match(proto, ports, t.Addrs()...).
func (t Traffic) Peers(proto Protocol, ports PortRange) Traffic {
	return matchAddrs(proto, ports, t.addrs())
}

// Packet is one concrete element of a Traffic set.
type Packet struct {
	Protocol Protocol
	Port     int // or encoded ICMP type/code
	Addr     netip.Addr
}
