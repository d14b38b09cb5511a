package model

import (
	"fmt"
	"strconv"
	"strings"
)

// protocolNames are the names String uses; other numbers print as
// "protocol N".
var protocolNames = map[Protocol]string{
	ProtocolAll:    "all",
	ProtocolICMP:   "icmp",
	ProtocolTCP:    "tcp",
	ProtocolUDP:    "udp",
	47:             "gre",
	50:             "esp",
	51:             "ah",
	ProtocolICMPv6: "icmpv6",
	132:            "sctp",
}

// String returns the protocol's usual name ("tcp", "icmpv6", "all", "gre")
// or "protocol N".
func (p Protocol) String() string {
	if s, ok := protocolNames[p]; ok {
		return s
	}
	return "protocol " + strconv.Itoa(int(p))
}

// String returns "443" or "1024-65535".
func (r PortRange) String() string {
	if r.From == r.To {
		return strconv.Itoa(r.From)
	}
	return fmt.Sprintf("%d-%d", r.From, r.To)
}

// String describes the packet without a direction: "tcp 10.0.0.1 port
// 443", "icmp 10.0.0.1 type 8 code 0", "gre 10.0.0.1".
func (p Packet) String() string {
	s := p.Protocol.String() + " " + p.Addr.String()
	switch {
	case p.Protocol.isICMP():
		s += fmt.Sprintf(" type %d code %d", p.Port>>8, p.Port&0xff)
	case p.Protocol.HasPorts():
		s += " port " + strconv.Itoa(p.Port)
	}
	return s
}

// String describes t without a direction, e.g.
// "tcp 22,443 with 10.0.0.0/8, 192.168.0.0/16; udp 53 with 10.0.0.0/8" or
// "all with 0.0.0.0/0 except tcp 22 with 0.0.0.0/0". It is deterministic
// and shortened past a few items ("+3 more"), so it suits messages, not
// round trips.
func (t Traffic) String() string { return t.describe("with") }

// Describe is String with the peer word of a rule direction: "tcp 443 from
// 10.0.0.0/8" for Ingress, "tcp 443 to 10.0.0.0/8" for Egress.
func (t Traffic) Describe(d Direction) string {
	if d == Egress {
		return t.describe("to")
	}
	return t.describe("from")
}

// Limits that keep descriptions short.
const (
	maxClauses  = 6
	maxAddrList = 4
)

// clause is one "protocols ports with addresses" part of a description.
type clause struct {
	protos []Protocol
	ports  string
	addrs  addrSet
}

// describe renders t with peer as the word before the addresses: the
// clauses of what keyed protocols add to the others map, then "all with
// <others>" and, after "except", what keyed protocols lack of it.
func (t Traffic) describe(peer string) string {
	if t.IsEmpty() {
		return "no traffic"
	}
	var plus, minus []clause
	for _, k := range t.keyed {
		plus = appendClauses(plus, k.proto, t.beyondOthers(k.ports))
		minus = appendClauses(minus, k.proto, combine(t.others, k.ports, subtractSet))
	}
	parts := renderClauses(plus, peer)
	if len(t.others) > 0 {
		all := "all " + peer + " " + describeAddrs(t.others[0].addrs)
		if len(minus) > 0 {
			all += " except " + strings.Join(renderClauses(minus, peer), " and ")
		}
		parts = append(parts, all)
	}
	return strings.Join(parts, "; ")
}

// beyondOthers returns the segments of m that hold some address that the
// others map lacks. Read as a union with "all with <others>", they say
// everything m adds, in m's own (usually simpler) terms.
func (t Traffic) beyondOthers(m portMap) portMap {
	var o addrSet
	if len(t.others) > 0 {
		o = t.others[0].addrs
	}
	var out portMap
	for _, s := range m {
		if !subsetOf(s.addrs, o) {
			out = append(out, s)
		}
	}
	return out
}

// appendClauses appends the clauses of protocol p's port map m to cs: one
// per distinct address set, in port order, merged into an earlier clause
// when only the protocol differs ("tcp/udp 53").
func appendClauses(cs []clause, p Protocol, m portMap) []clause {
	var own []clause
	for _, s := range m {
		i := 0
		for i < len(own) && !own[i].addrs.Equal(s.addrs) {
			i++
		}
		if i == len(own) {
			own = append(own, clause{protos: []Protocol{p}, addrs: s.addrs})
		}
		own[i].ports = joinPorts(own[i].ports, describePorts(p, s.lo, s.hi))
	}
	for _, c := range own {
		i := 0
		for i < len(cs) && (cs[i].ports != c.ports || !cs[i].addrs.Equal(c.addrs)) {
			i++
		}
		if i == len(cs) {
			cs = append(cs, c)
		} else {
			cs[i].protos = append(cs[i].protos, p)
		}
	}
	return cs
}

// joinPorts joins two port descriptions with a comma.
func joinPorts(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "," + b
}

// renderClauses renders clauses, at most maxClauses of them.
func renderClauses(cs []clause, peer string) []string {
	var out []string
	for i, c := range cs {
		if i == maxClauses {
			out = append(out, fmt.Sprintf("+%d more", len(cs)-i))
			break
		}
		names := make([]string, len(c.protos))
		for j, p := range c.protos {
			names[j] = p.String()
		}
		s := strings.Join(names, "/")
		if c.ports != "" {
			s += " " + c.ports
		}
		out = append(out, s+" "+peer+" "+describeAddrs(c.addrs))
	}
	return out
}

// describePorts renders the port interval [lo, hi] of protocol p: "" for
// the whole space, "443" or "1024-65535" for tcp/udp, ICMP types and codes
// for icmp and icmpv6.
func describePorts(p Protocol, lo, hi int) string {
	switch {
	case lo == 0 && hi == maxPort:
		return ""
	case p.isICMP():
		return describeICMP(lo, hi)
	}
	return PortRange{From: lo, To: hi}.String()
}

// describeICMP renders an encoded type/code interval as "type 8",
// "types 3-5", "type 3 code 4" or "type 3 codes 0-4", comma-joined.
func describeICMP(lo, hi int) string {
	tlo, clo, thi, chi := lo>>8, lo&0xff, hi>>8, hi&0xff
	if tlo == thi {
		return icmpCodes(tlo, clo, chi)
	}
	var parts []string
	if clo != 0 {
		parts = append(parts, icmpCodes(tlo, clo, 0xff))
		tlo++
	}
	tail := ""
	if chi != 0xff {
		tail = icmpCodes(thi, 0, chi)
		thi--
	}
	switch {
	case tlo == thi:
		parts = append(parts, fmt.Sprintf("type %d", tlo))
	case tlo < thi:
		parts = append(parts, fmt.Sprintf("types %d-%d", tlo, thi))
	}
	if tail != "" {
		parts = append(parts, tail)
	}
	return strings.Join(parts, ",")
}

// icmpCodes renders codes clo..chi of one ICMP type.
func icmpCodes(typ, clo, chi int) string {
	switch {
	case clo == 0 && chi == 0xff:
		return fmt.Sprintf("type %d", typ)
	case clo == chi:
		return fmt.Sprintf("type %d code %d", typ, clo)
	}
	return fmt.Sprintf("type %d codes %d-%d", typ, clo, chi)
}

// describeAddrs renders an address set as merged prefixes, or as a range
// "a-b" where a range would take more than two prefixes; at most
// maxAddrList items.
func describeAddrs(s addrSet) string {
	var items []string
	for _, r := range s.Ranges() {
		if ps := r.Prefixes(); len(ps) <= 2 {
			for _, p := range ps {
				items = append(items, p.String())
			}
		} else {
			items = append(items, r.String())
		}
	}
	if len(items) > maxAddrList {
		items = append(items[:maxAddrList], fmt.Sprintf("+%d more", len(items)-maxAddrList))
	}
	return strings.Join(items, ", ")
}

// DescribeService renders protocol p with port range r as a rule reads
// without its peers: "tcp 443", "udp 1024-65535", "icmp type 8", "tcp"
// (every port), "esp" (a protocol without ports), "all" (every protocol).
func DescribeService(p Protocol, r PortRange) string {
	if !p.HasPorts() {
		return p.String()
	}
	if ports := describePorts(p, r.From, r.To); ports != "" {
		return p.String() + " " + ports
	}
	return p.String()
}
