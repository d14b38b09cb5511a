package model

import "net/netip"

// MirrorTargetKind says what a traffic mirror target sends the mirrored
// packets to.
type MirrorTargetKind int

// Traffic mirror target kinds.
const (
	// MirrorTargetUnknown is a target whose argument is not known.
	MirrorTargetUnknown MirrorTargetKind = iota
	// MirrorTargetENI is a network interface (network_interface_id).
	MirrorTargetENI
	// MirrorTargetNLB is a Network Load Balancer
	// (network_load_balancer_arn).
	MirrorTargetNLB
	// MirrorTargetGWLBEndpoint is a Gateway Load Balancer endpoint
	// (gateway_load_balancer_endpoint_id).
	MirrorTargetGWLBEndpoint
)

// String returns "network interface", "Network Load Balancer", "Gateway
// Load Balancer endpoint" or "unknown".
func (k MirrorTargetKind) String() string {
	switch k {
	case MirrorTargetENI:
		return "network interface"
	case MirrorTargetNLB:
		return "Network Load Balancer"
	case MirrorTargetGWLBEndpoint:
		return "Gateway Load Balancer endpoint"
	}
	return "unknown"
}

// MirrorTarget is an aws_ec2_traffic_mirror_target: where mirror sessions
// send their VXLAN-encapsulated packets (UDP 4789).
type MirrorTarget struct {
	Resource
	Kind MirrorTargetKind
	// ID is the network interface id, load balancer ARN or endpoint id as
	// written: a literal, or the address of the resource a reference names
	// (with its attribute when it is not id). Known as String.Known.
	ID String
	// Endpoint is the resource behind the target when the model has it:
	// the aws_network_interface, the aws_instance whose
	// primary_network_interface_id is named, or the aws_lb; nil otherwise.
	Endpoint *Endpoint
	// Subnets are the subnets the target's interfaces are in (an NLB has a
	// node in each); SubnetsKnown is false when some could not be resolved
	// or Endpoint is nil.
	Subnets      []*Subnet
	SubnetsKnown bool
	// SecurityGroups are the groups that filter what reaches the target:
	// the Endpoint's, plus those aws_network_interface_sg_attachment
	// resources attach to it. GroupsKnown is false when some group could
	// not be resolved, when an attachment of the configuration names an
	// interface the model cannot resolve, or when Endpoint is nil. A
	// Network Load Balancer without groups has none, known.
	SecurityGroups []*SecurityGroup
	GroupsKnown    bool
}

// MirrorAction is a traffic mirror filter rule's action.
type MirrorAction int

// Traffic mirror filter rule actions.
const (
	MirrorAccept MirrorAction = iota
	MirrorReject
)

// String returns "accept" or "reject".
func (a MirrorAction) String() string {
	if a == MirrorReject {
		return "reject"
	}
	return "accept"
}

// MirrorFilter is an aws_ec2_traffic_mirror_filter with its
// aws_ec2_traffic_mirror_filter_rule resources. Each direction (Ingress for
// the source's inbound traffic, Egress for its outbound traffic) is
// evaluated like a network ACL: rules in ascending rule number, the first
// that matches decides, and a packet no rule matches is not mirrored.
type MirrorFilter struct {
	Resource
	// Rules are the filter's rules, sorted by direction, then rule
	// number, then source position. A rule with an unknown number is sorted
	// first in its direction (it may come before any other).
	Rules []*MirrorFilterRule
	// NetworkServices are the network_services entries ("amazon-dns"):
	// traffic of those services is mirrored whatever the rules say.
	// NetworkServicesKnown is false when the set is unknown.
	NetworkServices      []String
	NetworkServicesKnown bool
	// Incomplete records, per direction, that some rules could not be
	// determined: a rule resource whose traffic_mirror_filter_id or
	// traffic_direction the model cannot resolve may belong here.
	Incomplete [2]bool
}

// RulesIn returns the rules of direction d in evaluation order.
func (f *MirrorFilter) RulesIn(d Direction) []*MirrorFilterRule {
	var out []*MirrorFilterRule
	for _, r := range f.Rules {
		if r.Direction == d {
			out = append(out, r)
		}
	}
	return out
}

// MirrorFilterRule is one aws_ec2_traffic_mirror_filter_rule.
type MirrorFilterRule struct {
	Location
	Filter    *MirrorFilter
	Direction Direction
	Number    int
	Action    MirrorAction
	// Protocol is ProtocolAll when protocol is unset or 0 (the provider
	// then sends none, and the rule matches every protocol).
	Protocol Protocol
	// SourceCIDR and DestinationCIDR are source_cidr_block and
	// destination_cidr_block.
	SourceCIDR, DestinationCIDR Prefix
	// SourcePorts and DestinationPorts are the port range blocks; AllPorts
	// when a block is absent. They narrow tcp and udp only.
	SourcePorts, DestinationPorts PortRange
	// Known is false when any of direction, number, action, protocol,
	// CIDRs or ports is unknown, or when the values are ones AWS rejects
	// (a port range on a protocol other than tcp or udp, from_port above
	// to_port).
	Known       bool
	MaybeAbsent bool
}

// Match returns the packets the rule matches. It is meaningful only when
// r.Known.
func (r *MirrorFilterRule) Match() MirrorTraffic {
	if !r.SourceCIDR.IsSet() || !r.DestinationCIDR.IsSet() {
		return MirrorTraffic{}
	}
	return MatchMirror(r.Protocol, r.SourceCIDR.Prefix, r.DestinationCIDR.Prefix, r.SourcePorts, r.DestinationPorts)
}

// MirrorEvaluation is the first-match evaluation of one direction of a
// traffic mirror filter, with the semantics of Evaluation (shares, exact
// and upper bounds) and the implicit final action "do not mirror".
type MirrorEvaluation struct {
	Filter    *MirrorFilter
	Direction Direction
	// Rules are the rules of the direction, in evaluation order.
	Rules []MirrorRuleEval
	// Implicit is the traffic no certain rule matches, which is not
	// mirrored; an upper bound unless Exact.
	Implicit MirrorTraffic
	// Exact is true when every rule is certain and the direction is not
	// Incomplete.
	Exact bool
}

// MirrorRuleEval is what one rule decides in a MirrorEvaluation (see
// RuleEval).
type MirrorRuleEval struct {
	Rule *MirrorFilterRule
	// Match is the traffic the rule matches; empty when the rule is not
	// Known.
	Match MirrorTraffic
	// Share is the part of Match no earlier certain rule matches; an upper
	// bound unless Exact.
	Share MirrorTraffic
	// Covering are the earlier certain rules whose shares overlap Match.
	Covering []*MirrorFilterRule
	Exact    bool
}

// Shadowed reports whether the rule can never match: it is Known and
// earlier certain rules decide all of its traffic.
func (r MirrorRuleEval) Shadowed() bool { return r.Rule.Known && r.Share.IsEmpty() }

// Evaluate walks the rules of direction d in number order, giving each the
// traffic it decides, as NACL.Evaluate does.
func (f *MirrorFilter) Evaluate(d Direction) *MirrorEvaluation {
	rules := f.RulesIn(d)
	in := make([]matchRule[MirrorTraffic], len(rules))
	for i, r := range rules {
		in[i] = matchRule[MirrorTraffic]{known: r.Known, maybeAbsent: r.MaybeAbsent}
		if r.Known {
			in[i].match = r.Match()
		}
	}
	shares, implicit, exact := firstMatch(MirrorUniverse(), f.Incomplete[d], in, nil)
	e := &MirrorEvaluation{Filter: f, Direction: d, Rules: make([]MirrorRuleEval, len(rules)), Implicit: implicit, Exact: exact}
	for i, r := range rules {
		e.Rules[i] = MirrorRuleEval{Rule: r, Match: in[i].match, Share: shares[i].share, Exact: shares[i].exact}
		for _, j := range shares[i].covering {
			e.Rules[i].Covering = append(e.Rules[i].Covering, rules[j])
		}
	}
	return e
}

// MirrorSession is an aws_ec2_traffic_mirror_session: it copies the
// traffic of one source network interface that its filter accepts to its
// target.
type MirrorSession struct {
	Resource
	// Filter and Target are the filter and target in the model; nil when
	// not resolved. FilterID and TargetID are the ids as written (see
	// MirrorTarget.ID).
	Filter   *MirrorFilter
	FilterID String
	Target   *MirrorTarget
	TargetID String
	// Source is the source network interface's resource when the model
	// has it (an aws_network_interface, or the aws_instance whose
	// primary_network_interface_id is named); SourceID is the id as
	// written.
	Source   *Endpoint
	SourceID String
	// SourceGroups are the security groups of the source interface (its
	// Endpoint's, plus those aws_network_interface_sg_attachment resources
	// attach to it), for target rules that name a group as their peer;
	// SourceGroupsKnown as MirrorTarget.GroupsKnown.
	SourceGroups      []*SecurityGroup
	SourceGroupsKnown bool
	// SessionNumber orders the sessions of one source (1-32766).
	SessionNumber Int
	// VNI is virtual_network_id, the VXLAN ID; unset (known 0) when AWS
	// assigns one.
	VNI Int
}

// SourceAddrs returns the prefixes the session's mirrored packets may come
// from: the source interface's primary address is the outer source of
// every VXLAN packet, so its private IP when known, else the IPv4 blocks
// of its subnets. ok is false when the source or any of its subnets'
// blocks is not known.
func (s *MirrorSession) SourceAddrs() (prefixes []netip.Prefix, ok bool) {
	e := s.Source
	switch {
	case e == nil:
		return nil, false
	case e.PrivateIP.IsValid():
		return []netip.Prefix{netip.PrefixFrom(e.PrivateIP, e.PrivateIP.BitLen())}, true
	case !e.SubnetsKnown || len(e.Subnets) == 0:
		return nil, false
	}
	for _, sub := range e.Subnets {
		if !sub.CIDR.IsSet() {
			return nil, false
		}
		prefixes = append(prefixes, sub.CIDR.Prefix)
	}
	return prefixes, true
}
