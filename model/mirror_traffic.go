package model

import (
	"net/netip"

	"go4.org/netipx"
)

// MirrorTraffic is an exact set of packets as traffic mirror filter rules
// see them: (protocol, source address, destination address, source port,
// destination port). Source and destination are in the same address family
// (IPv4 or IPv6); ports only distinguish tcp and udp packets, so every
// other protocol has all ports or none. The zero value is the empty set.
// MirrorTraffic values are immutable.
//
// Traffic (one address, one port) cannot hold these sets, so a MirrorTraffic
// is a union of pairwise disjoint boxes: products of one interval per
// dimension. Filters have a handful of rules, each rule's match is one box,
// and the set operations stay exact.
type MirrorTraffic struct {
	boxes []mirrorBox
}

// mirrorBox is a product of one non-empty interval per dimension: protocol
// numbers 0-255, source and destination address ranges of one family, and
// source and destination ports.
type mirrorBox struct {
	proto              span
	src, dst           netipx.IPRange
	srcPorts, dstPorts span
}

// span is an inclusive interval of integers; lo > hi is empty.
type span struct{ lo, hi int }

// allProtocols and allPortSpan are the whole protocol and port spaces.
var (
	allProtocols = span{lo: 0, hi: int(maxProtocol)}
	allPortSpan  = span{lo: 0, hi: maxPort}
)

// MatchMirror returns the packets of one mirror filter rule: protocol (a
// number, or ProtocolAll) from the addresses of src to those of dst, with
// source ports srcPorts and destination ports dstPorts. Ports narrow only
// tcp and udp; every other protocol covers all ports whatever they say.
// Ports outside 0-65535 are clipped. Invalid prefixes, prefixes of two
// families (no packet has an IPv4 source and an IPv6 destination) and
// protocols outside -1..255 match nothing.
func MatchMirror(proto Protocol, src, dst netip.Prefix, srcPorts, dstPorts PortRange) MirrorTraffic {
	if proto < ProtocolAll || proto > maxProtocol || !src.IsValid() || !dst.IsValid() ||
		src.Addr().Is4() != dst.Addr().Is4() {
		return MirrorTraffic{}
	}
	b := mirrorBox{
		proto:    allProtocols,
		src:      netipx.RangeOfPrefix(src.Masked()),
		dst:      netipx.RangeOfPrefix(dst.Masked()),
		srcPorts: allPortSpan,
		dstPorts: allPortSpan,
	}
	if proto != ProtocolAll {
		b.proto = span{lo: int(proto), hi: int(proto)}
	}
	if proto == ProtocolTCP || proto == ProtocolUDP {
		b.srcPorts = clipPorts(srcPorts)
		b.dstPorts = clipPorts(dstPorts)
	}
	if b.srcPorts.lo > b.srcPorts.hi || b.dstPorts.lo > b.dstPorts.hi {
		return MirrorTraffic{}
	}
	return MirrorTraffic{boxes: []mirrorBox{b}}
}

// clipPorts returns r within 0-65535.
func clipPorts(r PortRange) span { return span{lo: max(r.From, 0), hi: min(r.To, maxPort)} }

// mirrorUniverse is every IPv4 and every IPv6 packet.
var mirrorUniverse = MatchMirror(ProtocolAll, AllIPv4, AllIPv4, AllPorts, AllPorts).
	Union(MatchMirror(ProtocolAll, AllIPv6, AllIPv6, AllPorts, AllPorts))

// MirrorUniverse returns every packet, IPv4 and IPv6.
func MirrorUniverse() MirrorTraffic { return mirrorUniverse }

// IsEmpty reports whether t holds no packet.
func (t MirrorTraffic) IsEmpty() bool { return len(t.boxes) == 0 }

// Intersect returns the packets in both t and u.
func (t MirrorTraffic) Intersect(u MirrorTraffic) MirrorTraffic {
	var out []mirrorBox
	for _, a := range t.boxes {
		for _, b := range u.boxes {
			if c, ok := a.intersect(b); ok {
				out = append(out, c)
			}
		}
	}
	return MirrorTraffic{boxes: out}
}

// Subtract returns the packets in t and not in u.
func (t MirrorTraffic) Subtract(u MirrorTraffic) MirrorTraffic {
	rest := t.boxes
	for _, b := range u.boxes {
		var next []mirrorBox
		for _, a := range rest {
			next = a.minus(b, next)
		}
		rest = next
	}
	return MirrorTraffic{boxes: rest}
}

// Union returns the packets in t or in u.
func (t MirrorTraffic) Union(u MirrorTraffic) MirrorTraffic {
	extra := u.Subtract(t).boxes
	out := make([]mirrorBox, 0, len(t.boxes)+len(extra))
	return MirrorTraffic{boxes: append(append(out, t.boxes...), extra...)}
}

// Overlaps reports whether t and u share a packet.
func (t MirrorTraffic) Overlaps(u MirrorTraffic) bool {
	for _, a := range t.boxes {
		for _, b := range u.boxes {
			if _, ok := a.intersect(b); ok {
				return true
			}
		}
	}
	return false
}

// Contains reports whether every packet of u is in t (u ⊆ t).
func (t MirrorTraffic) Contains(u MirrorTraffic) bool { return u.Subtract(t).IsEmpty() }

// intersect returns the box of the packets in both a and b; ok is false
// when they share none.
func (a mirrorBox) intersect(b mirrorBox) (mirrorBox, bool) {
	c := mirrorBox{
		proto:    a.proto.intersect(b.proto),
		srcPorts: a.srcPorts.intersect(b.srcPorts),
		dstPorts: a.dstPorts.intersect(b.dstPorts),
	}
	var okSrc, okDst bool
	c.src, okSrc = intersectRange(a.src, b.src)
	c.dst, okDst = intersectRange(a.dst, b.dst)
	ok := okSrc && okDst && !c.proto.empty() && !c.srcPorts.empty() && !c.dstPorts.empty()
	return c, ok
}

// minus appends to out disjoint boxes that together hold the packets of a
// that are not in b. It peels off, one dimension after the other, the
// parts of a below and above b, narrowing what is left to b in that
// dimension; what remains at the end is inside b.
func (a mirrorBox) minus(b mirrorBox, out []mirrorBox) []mirrorBox {
	if _, ok := a.intersect(b); !ok {
		return append(out, a)
	}
	rest := a
	for _, cut := range []func(*mirrorBox) *span{
		func(x *mirrorBox) *span { return &x.proto },
		func(x *mirrorBox) *span { return &x.srcPorts },
		func(x *mirrorBox) *span { return &x.dstPorts },
	} {
		r, o := cut(&rest), *cut(&b)
		if r.lo < o.lo {
			piece := rest
			*cut(&piece) = span{lo: r.lo, hi: o.lo - 1}
			out = append(out, piece)
		}
		if r.hi > o.hi {
			piece := rest
			*cut(&piece) = span{lo: o.hi + 1, hi: r.hi}
			out = append(out, piece)
		}
		*r = r.intersect(o)
	}
	for _, cut := range []func(*mirrorBox) *netipx.IPRange{
		func(x *mirrorBox) *netipx.IPRange { return &x.src },
		func(x *mirrorBox) *netipx.IPRange { return &x.dst },
	} {
		r, o := cut(&rest), *cut(&b)
		if r.From().Less(o.From()) {
			piece := rest
			*cut(&piece) = netipx.IPRangeFrom(r.From(), o.From().Prev())
			out = append(out, piece)
		}
		if o.To().Less(r.To()) {
			piece := rest
			*cut(&piece) = netipx.IPRangeFrom(o.To().Next(), r.To())
			out = append(out, piece)
		}
		*r, _ = intersectRange(*r, o)
	}
	return out
}

// intersect returns the overlap of s and o (possibly empty).
func (s span) intersect(o span) span { return span{lo: max(s.lo, o.lo), hi: min(s.hi, o.hi)} }

// empty reports whether s holds no integer.
func (s span) empty() bool { return s.lo > s.hi }

// intersectRange returns the overlap of two address ranges; ok is false
// when they share no address (ranges of different families never do).
func intersectRange(a, b netipx.IPRange) (netipx.IPRange, bool) {
	if a.From().Is4() != b.From().Is4() {
		return netipx.IPRange{}, false
	}
	from, to := a.From(), a.To()
	if from.Less(b.From()) {
		from = b.From()
	}
	if b.To().Less(to) {
		to = b.To()
	}
	if to.Less(from) {
		return netipx.IPRange{}, false
	}
	return netipx.IPRangeFrom(from, to), true
}
