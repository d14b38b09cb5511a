package model

import "net/netip"

// Match returns the traffic the rule matches: its protocol × ports × CIDR.
// A rule without a set CIDR matches nothing. The result is meaningful only
// when r.Known.
func (r *NACLRule) Match() Traffic {
	if !r.CIDR.IsSet() {
		return Traffic{}
	}
	return Match(r.Protocol, r.Ports, r.CIDR.Prefix)
}

// Match returns the traffic the rule matches through its CIDR peers: its
// protocol × ports × every known, set IPv4 and IPv6 CIDR. Security group,
// self and prefix-list peers are not addresses the model knows, so they add
// nothing: the result is a lower bound of what the rule allows, exact when
// the rule has only CIDR peers, all known. It is meaningful only when
// r.Known.
func (r *SGRule) Match() Traffic {
	var prefixes []netip.Prefix
	for _, c := range r.CIDRs {
		if c.IsSet() {
			prefixes = append(prefixes, c.Prefix)
		}
	}
	return Match(r.Protocol, r.Ports, prefixes...)
}
