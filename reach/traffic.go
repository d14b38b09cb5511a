package reach

import (
	"net/netip"

	"github.com/vpclint/vpclint/model"
)

// ICMP echo types: a query with protocol icmp is an echo request, and its
// reply an echo reply.
const (
	icmpEchoRequest = 8
	icmpEchoReply   = 0
)

// natEphemeral is the port range a NAT gateway uses towards the
// destination (semantics §2.2).
var natEphemeral = model.PortRange{From: 1024, To: 65535}

// requestPorts are the request's destination ports (an encoded ICMP type
// and code for icmp).
func (w *walker) requestPorts() model.PortRange {
	if w.q.Protocol == model.ProtocolICMP {
		return model.ICMPRange(icmpEchoRequest, 0)
	}
	return model.PortRange{From: w.q.Port, To: w.q.Port}
}

// replyPorts are the reply's destination ports when it goes to a client
// whose ephemeral range is eph.
func (w *walker) replyPorts(eph model.PortRange) model.PortRange {
	if w.q.Protocol == model.ProtocolICMP {
		return model.ICMPRange(icmpEchoReply, 0)
	}
	return eph
}

// service describes the protocol with the ports: "tcp 5439", "udp
// 1024-65535", "icmp type 8 code 0".
func (w *walker) service(ports model.PortRange) string {
	return model.DescribeService(w.q.Protocol, ports)
}

// addrText renders a prefix, a single address without its length.
func addrText(p netip.Prefix) string {
	if p.IsSingleIP() {
		return p.Addr().String()
	}
	return p.String()
}

// dirWord is "inbound" or "outbound", as network ACL rules are named.
func dirWord(d model.Direction) string {
	if d == model.Egress {
		return "outbound"
	}
	return "inbound"
}

// peerWord is "from" for inbound traffic, "to" for outbound.
func peerWord(d model.Direction) string {
	if d == model.Egress {
		return "to"
	}
	return "from"
}
