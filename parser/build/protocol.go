package build

import (
	"strconv"
	"strings"

	"github.com/vpclint/vpclint/model"
)

// sgProtocol normalises a security group protocol as the provider and AWS
// do (semantics §1.2): case-insensitive names tcp, udp, icmp and icmpv6,
// "all" or "-1" for every protocol, or an IANA number 0-255. ok is false for
// anything else, which AWS rejects.
func sgProtocol(s string) (model.Protocol, bool) {
	switch strings.ToLower(s) {
	case "-1", "all":
		return model.ProtocolAll, true
	case "tcp":
		return model.ProtocolTCP, true
	case "udp":
		return model.ProtocolUDP, true
	case "icmp":
		return model.ProtocolICMP, true
	case "icmpv6":
		return model.ProtocolICMPv6, true
	}
	n, err := strconv.Atoi(s)
	switch {
	case err != nil:
		return 0, false
	case n == -1:
		return model.ProtocolAll, true
	case n < 0 || n > 255:
		return 0, false
	}
	return model.Protocol(n), true
}

// naclProtocol maps a NACL protocol as the provider's validation does
// (semantics §2.4): a decimal number that is in its IANA table, or one of
// the table's keywords, case-sensitively ("tcp", "ipv6-icmp", "all"). ok is
// false for anything else ("TCP", "icmpv6", "57"), which the provider
// rejects.
func naclProtocol(s string) (model.Protocol, bool) {
	n, err := strconv.Atoi(s)
	if err != nil {
		n, ok := ianaKeywords[s]
		return model.Protocol(n), ok
	}
	if !ianaNumber(n) {
		return 0, false
	}
	if n == -1 {
		return model.ProtocolAll, true
	}
	return model.Protocol(n), true
}

// ianaNumber reports whether the provider's NACL table has protocol n:
// -1 (all), 0-142 except 57, 253 and 254.
func ianaNumber(n int) bool {
	return n == -1 || (n >= 0 && n <= 142 && n != 57) || n == 253 || n == 254
}

// ianaKeywords are the IANA protocol keywords the provider accepts for
// NACL rules, by number (from the IANA protocol-numbers registry, lower
// case, as the provider spells them); "all" is -1. Numbers without a
// keyword there (61, 63, 68, 99, 114, 253, 254) are accepted as digits only,
// which naclProtocol handles before the table.
var ianaKeywords = func() map[string]int {
	names := []string{
		"hopopt", "icmp", "igmp", "ggp", "ipv4", "st", "tcp", "cbt", "egp", "igp",
		"bbn-rcc-mon", "nvp-ii", "pup", "argus", "emcon", "xnet", "chaos", "udp", "mux", "dcn-meas",
		"hmp", "prm", "xns-idp", "trunk-1", "trunk-2", "leaf-1", "leaf-2", "rdp", "irtp", "iso-tp4",
		"netblt", "mfe-nsp", "merit-inp", "dccp", "3pc", "idpr", "xtp", "ddp", "idpr-cmtp", "tp++",
		"il", "ipv6", "sdrp", "ipv6-route", "ipv6-frag", "idrp", "rsvp", "gre", "dsr", "bna",
		"esp", "ah", "i-nlsp", "swipe", "narp", "mobile", "tlsp", "", "ipv6-icmp", "ipv6-nonxt",
		"ipv6-opts", "", "cftp", "", "sat-expak", "kryptolan", "rvd", "ippc", "", "sat-mon",
		"visa", "ipcv", "cpnx", "cphb", "wsn", "pvp", "br-sat-mon", "sun-nd", "wb-mon", "wb-expak",
		"iso-ip", "vmtp", "secure-vmtp", "vines", "ttp", "nsfnet-igp", "dgp", "tcf", "eigrp", "ospfigp",
		"sprite-rpc", "larp", "mtp", "ax.25", "ipip", "micp", "scc-sp", "etherip", "encap", "",
		"gmtp", "ifmp", "pnni", "pim", "aris", "scps", "qnx", "a/n", "ipcomp", "snp",
		"compaq-peer", "ipx-in-ip", "vrrp", "pgm", "", "l2tp", "dd", "iatp", "stp", "srp",
		"uti", "smp", "sm", "ptp", "isis-over-ipv4", "fire", "crtp", "crudp", "sscopmce", "iplt",
		"sps", "pipe", "sctp", "fc", "rsvp-e2e-ignore", "mobility-header", "udplite", "mpls-in-ip", "manet", "hip",
		"shim6", "wesp", "rohc",
	}
	m := map[string]int{"all": -1}
	for n, name := range names {
		if name != "" {
			m[name] = n
		}
	}
	return m
}()

// validPort reports whether n is a tcp/udp port.
func validPort(n int) bool { return n >= 0 && n <= 65535 }

// validICMP reports whether typ and code are an ICMP type and code, -1
// meaning any; a wildcard type needs a wildcard code.
func validICMP(typ, code int) bool {
	if typ == -1 {
		return code == -1
	}
	return typ >= 0 && typ <= 255 && code >= -1 && code <= 255
}
