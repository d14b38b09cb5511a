package build

import (
	"cmp"
	"slices"

	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// mirrorState holds the traffic mirroring objects while a Network call
// builds them.
type mirrorState struct {
	targets  map[*resource.Instance]*model.MirrorTarget
	filters  map[*resource.Instance]*model.MirrorFilter
	sessions map[*resource.Instance]*model.MirrorSession
	// targetOf is the instance behind each target (an
	// aws_network_interface, aws_instance or aws_lb), whose endpoint the
	// target takes once endpoints are filled.
	targetOf map[*model.MirrorTarget]*resource.Instance
	// sourceOf is the instance whose network interface each session
	// mirrors (by the session's instance); nil when not resolved.
	sourceOf map[*resource.Instance]*resource.Instance
	// unattached records, per direction, a filter rule whose filter the
	// build cannot resolve: it may belong to any filter.
	unattached [2]bool
	// sgAttach are the aws_network_interface_sg_attachment resources by the
	// interface's instance; a nil group is one the model cannot resolve,
	// or that may not exist.
	sgAttach map[*resource.Instance][]*model.SecurityGroup
	// sgAttachUnresolved is true when an attachment names an interface the
	// build cannot resolve: it may add a group to any interface.
	sgAttachUnresolved bool
}

func newMirrorState() *mirrorState {
	return &mirrorState{
		targets:  map[*resource.Instance]*model.MirrorTarget{},
		filters:  map[*resource.Instance]*model.MirrorFilter{},
		sessions: map[*resource.Instance]*model.MirrorSession{},
		targetOf: map[*model.MirrorTarget]*resource.Instance{},
		sourceOf: map[*resource.Instance]*resource.Instance{},
		sgAttach: map[*resource.Instance][]*model.SecurityGroup{},
	}
}

// declareMirror creates a traffic mirror target, filter or session.
func (b *builder) declareMirror(in *resource.Instance, res model.Resource) {
	switch in.Type {
	case "aws_ec2_traffic_mirror_target":
		t := &model.MirrorTarget{Resource: res}
		b.ms.targets[in] = t
		b.net.MirrorTargets = append(b.net.MirrorTargets, t)
	case "aws_ec2_traffic_mirror_filter":
		f := &model.MirrorFilter{Resource: res}
		b.ms.filters[in] = f
		b.net.MirrorFilters = append(b.net.MirrorFilters, f)
	case "aws_ec2_traffic_mirror_session":
		s := &model.MirrorSession{Resource: res}
		b.ms.sessions[in] = s
		b.net.MirrorSessions = append(b.net.MirrorSessions, s)
	}
}

// linkMirror reads a target's kind and resource, a filter's network
// services, and what a session links.
func (b *builder) linkMirror(in *resource.Instance) {
	f := instanceFields(in)
	switch in.Type {
	case "aws_ec2_traffic_mirror_target":
		b.linkMirrorTarget(f, b.ms.targets[in])
	case "aws_ec2_traffic_mirror_filter":
		mf := b.ms.filters[in]
		vals, ok := elems(f.get("network_services"))
		mf.NetworkServicesKnown = ok
		for _, v := range vals {
			mf.NetworkServices = append(mf.NetworkServices, stringOr(v, ""))
		}
	case "aws_ec2_traffic_mirror_session":
		s := b.ms.sessions[in]
		s.Filter = b.ms.filters[b.resolve(f.get("traffic_mirror_filter_id")).of("aws_ec2_traffic_mirror_filter")]
		s.FilterID = b.idString(f.get("traffic_mirror_filter_id"))
		s.Target = b.ms.targets[b.resolve(f.get("traffic_mirror_target_id")).of("aws_ec2_traffic_mirror_target")]
		s.TargetID = b.idString(f.get("traffic_mirror_target_id"))
		b.ms.sourceOf[in] = b.interfaceOf(f.get("network_interface_id"))
		s.Source = b.rs.endpoints[b.ms.sourceOf[in]]
		s.SourceID = b.idString(f.get("network_interface_id"))
		s.SessionNumber = intArg(f.get("session_number"))
		s.VNI = intArg(f.get("virtual_network_id"))
	}
}

// mirrorTargetArgs are the arguments of a traffic mirror target, one per
// kind; exactly one is set.
var mirrorTargetArgs = []struct {
	name string
	kind model.MirrorTargetKind
}{
	{"network_interface_id", model.MirrorTargetENI},
	{"network_load_balancer_arn", model.MirrorTargetNLB},
	{"gateway_load_balancer_endpoint_id", model.MirrorTargetGWLBEndpoint},
}

// linkMirrorTarget reads which argument a target sets and the resource it
// names.
func (b *builder) linkMirrorTarget(f fields, t *model.MirrorTarget) {
	var set []model.MirrorTargetKind
	var v cty.Value
	for _, a := range mirrorTargetArgs {
		if x := f.get(a.name); !isUnset(x) {
			set, v = append(set, a.kind), x
		}
	}
	if len(set) != 1 {
		return // none, several, or unknown ones: AWS needs exactly one
	}
	t.Kind, t.ID = set[0], b.idString(v)
	switch t.Kind {
	case model.MirrorTargetENI:
		b.ms.targetOf[t] = b.interfaceOf(v)
	case model.MirrorTargetNLB:
		if r := b.resolve(v); r.inst != nil && (r.attr == "arn" || r.attr == "id") &&
			(r.inst.Type == "aws_lb" || r.inst.Type == "aws_alb") {
			b.ms.targetOf[t] = r.inst
		}
	}
}

// interfaceOf returns the instance whose network interface a
// network_interface_id value names: an aws_network_interface's id, or an
// aws_instance's primary_network_interface_id; nil otherwise.
func (b *builder) interfaceOf(v cty.Value) *resource.Instance {
	t := b.resolve(v)
	switch {
	case t.inst == nil:
		return nil
	case t.inst.Type == "aws_network_interface" && t.attr == "id",
		t.inst.Type == "aws_instance" && t.attr == "primary_network_interface_id":
		return t.inst
	}
	return nil
}

// fillMirror adds filter rules to their filters and records the security
// groups attached to network interfaces.
func (b *builder) fillMirror(in *resource.Instance) {
	switch in.Type {
	case "aws_ec2_traffic_mirror_filter_rule":
		b.mirrorFilterRule(in)
	case "aws_network_interface_sg_attachment":
		f := instanceFields(in)
		eni := b.interfaceOf(f.get("network_interface_id"))
		if eni == nil {
			b.ms.sgAttachUnresolved = true
			return
		}
		g := b.sgOf(f.get("security_group_id"))
		if in.MaybeAbsent {
			g = nil
		}
		b.ms.sgAttach[eni] = append(b.ms.sgAttach[eni], g)
	}
}

// mirrorFilterRule adds an aws_ec2_traffic_mirror_filter_rule to its
// filter. A rule whose filter does not resolve makes every filter's
// direction incomplete, and one whose direction is unknown both directions
// of its filter (or of every filter).
func (b *builder) mirrorFilterRule(in *resource.Instance) {
	f := instanceFields(in)
	filter := b.ms.filters[b.resolve(f.get("traffic_mirror_filter_id")).of("aws_ec2_traffic_mirror_filter")]
	dir, dirOK := mirrorDirection(f.get("traffic_direction"))
	switch {
	case !dirOK && filter != nil:
		filter.Incomplete = [2]bool{true, true}
		return
	case !dirOK:
		b.ms.unattached = [2]bool{true, true}
		return
	case filter == nil:
		b.ms.unattached[dir] = true
		return
	}
	r := &model.MirrorFilterRule{Location: f.loc(), Filter: filter, Direction: dir, MaybeAbsent: in.MaybeAbsent}
	b.mirrorRuleBody(in, f, r)
	filter.Rules = append(filter.Rules, r)
}

// mirrorDirection reads traffic_direction, "ingress" or "egress".
func mirrorDirection(v cty.Value) (model.Direction, bool) {
	s, ok := plainString(v)
	switch {
	case ok && s == "ingress":
		return model.Ingress, true
	case ok && s == "egress":
		return model.Egress, true
	}
	return model.Ingress, false
}

// mirrorRuleBody reads a filter rule's number, action, protocol, CIDR
// blocks and port ranges. A value AWS rejects, or one whose meaning the
// model does not know, leaves the rule unknown.
func (b *builder) mirrorRuleBody(in *resource.Instance, f fields, r *model.MirrorFilterRule) {
	n, numberOK := asInt(f.get("rule_number"))
	numberOK = numberOK && !isNull(f.get("rule_number")) && n >= 1 && n <= 32766
	if numberOK {
		r.Number = n // an unknown number stays 0, so the rule sorts first
	}
	action, actionOK := plainString(f.get("rule_action"))
	r.Action = model.MirrorAccept
	if action == "reject" {
		r.Action = model.MirrorReject
	}
	actionOK = actionOK && (action == "accept" || action == "reject")
	protoOK := mirrorProtocol(f.get("protocol"), r)
	cidrs := b.cidrs(in)
	r.SourceCIDR, r.DestinationCIDR = cidrs.one(f, "source_cidr_block"), cidrs.one(f, "destination_cidr_block")
	var srcOK, dstOK bool
	r.SourcePorts, srcOK = mirrorPorts(f, "source_port_range", r.Protocol)
	r.DestinationPorts, dstOK = mirrorPorts(f, "destination_port_range", r.Protocol)
	r.Known = numberOK && actionOK && protoOK && srcOK && dstOK && r.SourceCIDR.IsSet() && r.DestinationCIDR.IsSet()
}

// mirrorProtocol reads protocol: unset or 0 is every protocol (the
// provider then sends none), 1-255 one protocol.
func mirrorProtocol(v cty.Value, r *model.MirrorFilterRule) bool {
	n, ok := asInt(v)
	switch {
	case !ok || n < 0 || n > 255:
		return false
	case n == 0:
		r.Protocol = model.ProtocolAll
	default:
		r.Protocol = model.Protocol(n)
	}
	return true
}

// mirrorPorts reads a port range block: AllPorts when absent; from_port
// and to_port default to 0, as the provider sends them. ok is false when
// the block or its values are unknown, when from_port is above to_port,
// and for a range on a protocol other than tcp and udp, which the model
// does not give a meaning.
func mirrorPorts(f fields, name string, p model.Protocol) (model.PortRange, bool) {
	it := f.nested(name)
	switch {
	case !it.complete:
		return model.PortRange{}, false
	case len(it.list) == 0:
		return model.AllPorts, true
	case p != model.ProtocolTCP && p != model.ProtocolUDP:
		return model.PortRange{}, false
	}
	from, ok1 := asInt(it.list[0].get("from_port"))
	to, ok2 := asInt(it.list[0].get("to_port"))
	if !ok1 || !ok2 || !validPort(from) || !validPort(to) || from > to {
		return model.PortRange{}, false
	}
	return model.PortRange{From: from, To: to}, true
}

// intArg reads an optional number argument: unset is known 0.
func intArg(v cty.Value) model.Int {
	n, ok := asInt(v)
	return model.Int{Value: n, Known: ok}
}

// finishMirror sorts filter rules, marks filters that unresolved rules may
// belong to, and gives each target the subnets and security groups of
// its resource. It runs after the endpoints are filled.
func (b *builder) finishMirror() {
	for _, f := range b.net.MirrorFilters {
		slices.SortStableFunc(f.Rules, compareMirrorRules)
		for d, u := range b.ms.unattached {
			f.Incomplete[d] = f.Incomplete[d] || u
		}
	}
	for _, t := range b.net.MirrorTargets {
		in := b.ms.targetOf[t]
		if t.Endpoint = b.rs.endpoints[in]; t.Endpoint == nil {
			continue
		}
		t.Subnets, t.SubnetsKnown = t.Endpoint.Subnets, t.Endpoint.SubnetsKnown
		if t.Kind == model.MirrorTargetENI {
			t.SecurityGroups, t.GroupsKnown = b.interfaceGroups(in)
		} else {
			t.SecurityGroups, t.GroupsKnown = t.Endpoint.SecurityGroups, t.Endpoint.GroupsKnown
		}
	}
	for in, s := range b.ms.sessions {
		s.SourceGroups, s.SourceGroupsKnown = b.interfaceGroups(b.ms.sourceOf[in])
	}
}

// interfaceGroups returns the security groups of the network interface of
// instance in (nil: not resolved): its endpoint's groups plus those
// aws_network_interface_sg_attachment resources add. known is false when
// some group is not known or an attachment names an interface the build
// cannot resolve.
func (b *builder) interfaceGroups(in *resource.Instance) (groups []*model.SecurityGroup, known bool) {
	e := b.rs.endpoints[in]
	if e == nil {
		return nil, false
	}
	groups, known = slices.Clone(e.SecurityGroups), e.GroupsKnown && !b.ms.sgAttachUnresolved
	for _, g := range b.ms.sgAttach[in] {
		if g == nil {
			known = false
			continue
		}
		groups = appendNew(groups, g)
	}
	return groups, known
}

// compareMirrorRules orders filter rules by direction, number, then source
// position.
func compareMirrorRules(x, y *model.MirrorFilterRule) int {
	if c := cmp.Compare(x.Direction, y.Direction); c != 0 {
		return c
	}
	if c := cmp.Compare(x.Number, y.Number); c != 0 {
		return c
	}
	return compareRanges(x.Location, y.Location)
}
