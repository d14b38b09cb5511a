package build

import (
	"slices"
	"testing"

	"github.com/vpclint/vpclint/model"
)

// mirrorNet is a VPC with a subnet, two groups, an instance, a network
// interface and a network load balancer, for mirroring tests.
func mirrorNet(fx *fixture) {
	fx.res("aws_vpc.v", vals{"cidr_block": str("10.0.0.0/16")})
	fx.res("aws_subnet.s", vals{"vpc_id": ref("aws_vpc.v"), "cidr_block": str("10.0.1.0/24")})
	fx.res("aws_security_group.a", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_security_group.b", vals{"vpc_id": ref("aws_vpc.v")})
	fx.res("aws_network_interface.eni", vals{"subnet_id": ref("aws_subnet.s"), "security_groups": strs(resourceRef("aws_security_group.a"))})
	fx.res("aws_instance.i", vals{"subnet_id": ref("aws_subnet.s"), "vpc_security_group_ids": strs(resourceRef("aws_security_group.b")),
		"private_ip": str("10.0.1.9")})
	fx.res("aws_lb.nlb", vals{"load_balancer_type": str("network"), "subnets": strs(resourceRef("aws_subnet.s"))})
}

// groupNames returns the addresses of gs.
func groupNames(gs []*model.SecurityGroup) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g.Address)
	}
	return out
}

func TestMirrorTargets(t *testing.T) {
	tests := []struct {
		name     string
		args     vals
		extra    func(fx *fixture)
		kind     model.MirrorTargetKind
		id       model.String
		endpoint string
		groups   []string
		known    bool
	}{
		{
			name: "network interface", args: vals{"network_interface_id": ref("aws_network_interface.eni")},
			kind: model.MirrorTargetENI, id: known("aws_network_interface.eni"), endpoint: "aws_network_interface.eni",
			groups: []string{"aws_security_group.a"}, known: true,
		},
		{
			name: "instance's primary interface", args: vals{"network_interface_id": ref("aws_instance.i", "primary_network_interface_id")},
			kind: model.MirrorTargetENI, id: known("aws_instance.i.primary_network_interface_id"), endpoint: "aws_instance.i",
			groups: []string{"aws_security_group.b"}, known: true,
		},
		{
			name: "security group attachment adds a group", args: vals{"network_interface_id": ref("aws_network_interface.eni")},
			extra: func(fx *fixture) {
				fx.res("aws_network_interface_sg_attachment.x", vals{"network_interface_id": ref("aws_network_interface.eni"),
					"security_group_id": ref("aws_security_group.b")})
			},
			kind: model.MirrorTargetENI, id: known("aws_network_interface.eni"), endpoint: "aws_network_interface.eni",
			groups: []string{"aws_security_group.a", "aws_security_group.b"}, known: true,
		},
		{
			name: "attachment to an unresolved interface", args: vals{"network_interface_id": ref("aws_network_interface.eni")},
			extra: func(fx *fixture) {
				fx.res("aws_network_interface_sg_attachment.x", vals{"network_interface_id": unknown, "security_group_id": ref("aws_security_group.b")})
			},
			kind: model.MirrorTargetENI, id: known("aws_network_interface.eni"), endpoint: "aws_network_interface.eni",
			groups: []string{"aws_security_group.a"},
		},
		{
			name: "network load balancer without groups", args: vals{"network_load_balancer_arn": ref("aws_lb.nlb", "arn")},
			kind: model.MirrorTargetNLB, id: known("aws_lb.nlb.arn"), endpoint: "aws_lb.nlb", known: true,
		},
		{
			name: "literal interface id", args: vals{"network_interface_id": str("eni-0123")},
			kind: model.MirrorTargetENI, id: known("eni-0123"),
		},
		{
			name: "two kinds at once", args: vals{"network_interface_id": str("eni-0123"), "network_load_balancer_arn": str("arn:x")},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			mirrorNet(&fx)
			fx.res("aws_ec2_traffic_mirror_target.t", tc.args)
			if tc.extra != nil {
				tc.extra(&fx)
			}
			n := fx.build()
			if len(n.MirrorTargets) != 1 {
				t.Fatalf("want one target, got %d", len(n.MirrorTargets))
			}
			tg := n.MirrorTargets[0]
			endpoint := ""
			if tg.Endpoint != nil {
				endpoint = tg.Endpoint.Address
			}
			if tg.Kind != tc.kind || tg.ID != tc.id || endpoint != tc.endpoint {
				t.Errorf("got kind %v id %+v endpoint %q; want %v %+v %q", tg.Kind, tg.ID, endpoint, tc.kind, tc.id, tc.endpoint)
			}
			if !slices.Equal(groupNames(tg.SecurityGroups), tc.groups) || tg.GroupsKnown != tc.known {
				t.Errorf("got groups %v known %v; want %v %v", groupNames(tg.SecurityGroups), tg.GroupsKnown, tc.groups, tc.known)
			}
			if tc.endpoint != "" && (len(tg.Subnets) != 1 || !tg.SubnetsKnown) {
				t.Errorf("want the target in aws_subnet.s, got %d subnets, known %v", len(tg.Subnets), tg.SubnetsKnown)
			}
		})
	}
}

// portBlock is a port range block's attributes.
func portBlock(from, to int64) vals { return vals{"from_port": num(from), "to_port": num(to)} }

func TestMirrorFilterRules(t *testing.T) {
	base := func(extra vals) vals {
		v := vals{
			"traffic_mirror_filter_id": ref("aws_ec2_traffic_mirror_filter.f"),
			"traffic_direction":        str("ingress"),
			"rule_number":              num(100),
			"rule_action":              str("accept"),
			"source_cidr_block":        str("10.0.0.0/8"),
			"destination_cidr_block":   str("0.0.0.0/0"),
		}
		for k, x := range extra {
			v[k] = x
		}
		return v
	}
	tests := []struct {
		name   string
		args   vals
		opts   []opt
		want   model.MirrorFilterRule
		direct model.Direction
	}{
		{
			name: "protocol unset is every protocol", args: base(nil),
			want: model.MirrorFilterRule{Number: 100, Protocol: model.ProtocolAll, SourcePorts: model.AllPorts, DestinationPorts: model.AllPorts, Known: true},
		},
		{
			name: "protocol 0 is every protocol", args: base(vals{"protocol": num(0), "rule_action": str("reject")}),
			want: model.MirrorFilterRule{Number: 100, Action: model.MirrorReject, Protocol: model.ProtocolAll, SourcePorts: model.AllPorts,
				DestinationPorts: model.AllPorts, Known: true},
		},
		{
			name: "tcp with both port ranges", args: base(vals{"protocol": num(6), "traffic_direction": str("egress")}),
			opts: []opt{block("source_port_range", portBlock(1024, 65535)), block("destination_port_range", portBlock(443, 443))},
			want: model.MirrorFilterRule{Number: 100, Protocol: model.ProtocolTCP, SourcePorts: model.PortRange{From: 1024, To: 65535},
				DestinationPorts: model.PortRange{From: 443, To: 443}, Known: true},
			direct: model.Egress,
		},
		{
			name: "omitted from_port is 0", args: base(vals{"protocol": num(17)}),
			opts: []opt{block("destination_port_range", vals{"to_port": num(53)})},
			want: model.MirrorFilterRule{Number: 100, Protocol: model.ProtocolUDP, SourcePorts: model.AllPorts,
				DestinationPorts: model.PortRange{From: 0, To: 53}, Known: true},
		},
		{
			name: "ports on every protocol are not given a meaning", args: base(nil),
			opts: []opt{block("destination_port_range", portBlock(443, 443))},
			want: model.MirrorFilterRule{Number: 100, Protocol: model.ProtocolAll, SourcePorts: model.AllPorts},
		},
		{
			name: "inverted ports", args: base(vals{"protocol": num(6)}),
			opts: []opt{block("destination_port_range", portBlock(443, 80))},
			want: model.MirrorFilterRule{Number: 100, Protocol: model.ProtocolTCP, SourcePorts: model.AllPorts},
		},
		{
			name: "unknown CIDR", args: base(vals{"source_cidr_block": unknown}),
			want: model.MirrorFilterRule{Number: 100, Protocol: model.ProtocolAll, SourcePorts: model.AllPorts, DestinationPorts: model.AllPorts},
		},
		{
			name: "unknown number stays 0", args: base(vals{"rule_number": unknown}),
			want: model.MirrorFilterRule{Protocol: model.ProtocolAll, SourcePorts: model.AllPorts, DestinationPorts: model.AllPorts},
		},
		{
			name: "unknown action", args: base(vals{"rule_action": unknown}),
			want: model.MirrorFilterRule{Number: 100, Protocol: model.ProtocolAll, SourcePorts: model.AllPorts, DestinationPorts: model.AllPorts},
		},
		{
			name: "protocol out of range", args: base(vals{"protocol": num(300)}),
			want: model.MirrorFilterRule{Number: 100, SourcePorts: model.AllPorts, DestinationPorts: model.AllPorts},
		},
		{
			name: "maybe absent", args: base(nil), opts: []opt{maybeAbsent},
			want: model.MirrorFilterRule{Number: 100, Protocol: model.ProtocolAll, SourcePorts: model.AllPorts, DestinationPorts: model.AllPorts,
				Known: true, MaybeAbsent: true},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			fx.res("aws_ec2_traffic_mirror_filter.f", vals{})
			fx.res("aws_ec2_traffic_mirror_filter_rule.r", tc.args, tc.opts...)
			n := fx.build()
			f := n.MirrorFilters[0]
			if len(f.Rules) != 1 {
				t.Fatalf("want one rule, got %d", len(f.Rules))
			}
			got := *f.Rules[0]
			if got.Filter != f || got.Direction != tc.direct || got.Address != "aws_ec2_traffic_mirror_filter_rule.r" {
				t.Errorf("rule of %p direction %v at %s", got.Filter, got.Direction, got.Address)
			}
			got.Location, got.Filter, got.Direction = model.Location{}, nil, 0
			got.SourceCIDR, got.DestinationCIDR = model.Prefix{}, model.Prefix{}
			if got != tc.want {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
			if f.Incomplete != [2]bool{} {
				t.Errorf("the filter is not incomplete, got %v", f.Incomplete)
			}
		})
	}
}

func TestMirrorFilterIncomplete(t *testing.T) {
	tests := []struct {
		name string
		args vals
		want [2]bool
	}{
		{"unresolved filter marks its direction", vals{"traffic_mirror_filter_id": str("tmf-0123"), "traffic_direction": str("egress")}, [2]bool{false, true}},
		{"unknown direction marks both", vals{"traffic_mirror_filter_id": ref("aws_ec2_traffic_mirror_filter.f"), "traffic_direction": unknown}, [2]bool{true, true}},
		{"unknown filter and direction", vals{"traffic_mirror_filter_id": unknown, "traffic_direction": unknown}, [2]bool{true, true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var fx fixture
			fx.res("aws_ec2_traffic_mirror_filter.f", vals{"network_services": strs("amazon-dns")})
			fx.res("aws_ec2_traffic_mirror_filter_rule.r", tc.args)
			f := fx.build().MirrorFilters[0]
			if f.Incomplete != tc.want || len(f.Rules) != 0 {
				t.Errorf("got incomplete %v with %d rules, want %v and none", f.Incomplete, len(f.Rules), tc.want)
			}
			if !f.NetworkServicesKnown || len(f.NetworkServices) != 1 || f.NetworkServices[0] != known("amazon-dns") {
				t.Errorf("network services %+v known %v", f.NetworkServices, f.NetworkServicesKnown)
			}
		})
	}
}

func TestMirrorFilterRuleOrder(t *testing.T) {
	var fx fixture
	fx.res("aws_ec2_traffic_mirror_filter.f", vals{"network_services": unknown})
	for _, r := range []struct {
		name, dir string
		num       int64
	}{{"c", "egress", 10}, {"b", "ingress", 200}, {"a", "ingress", 100}} {
		fx.res("aws_ec2_traffic_mirror_filter_rule."+r.name, vals{
			"traffic_mirror_filter_id": ref("aws_ec2_traffic_mirror_filter.f"), "traffic_direction": str(r.dir),
			"rule_number": num(r.num), "rule_action": str("accept"),
			"source_cidr_block": str("0.0.0.0/0"), "destination_cidr_block": str("0.0.0.0/0"),
		})
	}
	f := fx.build().MirrorFilters[0]
	var got []string
	for _, r := range f.Rules {
		got = append(got, r.Address)
	}
	want := []string{"aws_ec2_traffic_mirror_filter_rule.a", "aws_ec2_traffic_mirror_filter_rule.b", "aws_ec2_traffic_mirror_filter_rule.c"}
	if !slices.Equal(got, want) || f.NetworkServicesKnown {
		t.Errorf("got %v (services known %v), want %v and unknown services", got, f.NetworkServicesKnown, want)
	}
}

func TestMirrorSessions(t *testing.T) {
	var fx fixture
	mirrorNet(&fx)
	fx.res("aws_ec2_traffic_mirror_filter.f", vals{})
	fx.res("aws_ec2_traffic_mirror_target.t", vals{"network_load_balancer_arn": ref("aws_lb.nlb", "arn")})
	fx.res("aws_ec2_traffic_mirror_session.s", vals{
		"traffic_mirror_filter_id": ref("aws_ec2_traffic_mirror_filter.f"),
		"traffic_mirror_target_id": ref("aws_ec2_traffic_mirror_target.t"),
		"network_interface_id":     ref("aws_instance.i", "primary_network_interface_id"),
		"session_number":           num(1),
	})
	fx.res("aws_ec2_traffic_mirror_session.other", vals{
		"traffic_mirror_filter_id": str("tmf-0123"),
		"traffic_mirror_target_id": unknown,
		"network_interface_id":     str("eni-0123"),
		"session_number":           unknown,
		"virtual_network_id":       num(7),
	})
	n := fx.build()
	wantNoProblems(t, n)
	s, o := n.MirrorSessions[0], n.MirrorSessions[1]
	if s.Filter != n.MirrorFilters[0] || s.Target != n.MirrorTargets[0] || s.Source == nil || s.Source.Address != "aws_instance.i" {
		t.Errorf("session links: filter %v target %v source %v", s.Filter, s.Target, s.Source)
	}
	if s.SessionNumber != (model.Int{Value: 1, Known: true}) || s.VNI != (model.Int{Known: true}) {
		t.Errorf("session number %+v vni %+v", s.SessionNumber, s.VNI)
	}
	if !slices.Equal(groupNames(s.SourceGroups), []string{"aws_security_group.b"}) || !s.SourceGroupsKnown || o.SourceGroupsKnown {
		t.Errorf("source groups %v known %v (unresolved source known %v)", groupNames(s.SourceGroups), s.SourceGroupsKnown, o.SourceGroupsKnown)
	}
	if addrs, ok := s.SourceAddrs(); !ok || len(addrs) != 1 || addrs[0].String() != "10.0.1.9/32" {
		t.Errorf("source addresses %v %v, want the instance's private IP", addrs, ok)
	}
	if o.Filter != nil || o.Target != nil || o.Source != nil || o.FilterID != known("tmf-0123") || o.TargetID.Known ||
		o.SourceID != known("eni-0123") || o.SessionNumber.Known || o.VNI != (model.Int{Value: 7, Known: true}) {
		t.Errorf("unresolved session: %+v", o)
	}
}
