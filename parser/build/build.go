package build

import (
	"cmp"
	"slices"
	"strings"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// Network links evaluated resource instances into a network model. Only
// managed aws_* instances become model objects; data sources and other
// providers' resources are only reference targets that never resolve.
// Instances are processed in (file, line, address) order, so every slice
// of the result is in that order and the result is deterministic. The
// values of instances are unmarked in place.
func Network(instances []*resource.Instance) *model.Network {
	unmarkAll(instances)
	b := newBuilder(instances)
	for _, in := range b.insts {
		b.declare(in)
	}
	for _, in := range b.insts {
		b.link(in)
	}
	for _, in := range b.insts {
		b.fill(in)
	}
	for _, out := range b.outputs {
		b.attachments(out)
	}
	b.finish()
	return b.net
}

// builder holds the state of one Network call.
type builder struct {
	net   *model.Network
	insts []*resource.Instance
	refs  index

	vpcs     map[*resource.Instance]*model.VPC
	subnets  map[*resource.Instance]*model.Subnet
	sgs      map[*resource.Instance]*model.SecurityGroup
	nacls    map[*resource.Instance]*model.NACL
	tables   map[*resource.Instance]*model.RouteTable
	nats     map[*resource.Instance]*model.NATGateway
	peerings map[*resource.Instance]*model.Peering
	flowLogs map[*resource.Instance]*model.FlowLog
	zones    map[*resource.Instance]*model.HostedZone

	// use collects what makes route targets, route table uses, flow log
	// targets and zone associations of the configuration uncertain.
	use usage

	// defaultVPC is the aws_default_vpc of each provider configuration:
	// where resources without vpc_id live.
	defaultVPC map[string]*model.VPC
	// defaultSG, defaultNACL and defaultRT are the aws_default_* resources
	// managing each VPC's default objects.
	defaultSG   map[*model.VPC]*model.SecurityGroup
	defaultNACL map[*model.VPC]*model.NACL
	defaultRT   map[*model.VPC]*model.RouteTable
	// mainRT is the table named by aws_main_route_table_association for a
	// VPC (nil when that table is not resolved).
	mainRT map[*model.VPC]*model.RouteTable
	// explicitRT and explicitNACL record subnets with an explicit
	// association, even one whose table or ACL did not resolve.
	explicitRT   map[*model.Subnet]bool
	explicitNACL map[*model.Subnet]bool
	// uncertainRT and uncertainNACL mark VPCs where an association names
	// an unknown subnet, so any subnet there may be associated; the nil key
	// stands for an unknown VPC, i.e. every VPC.
	uncertainRT   map[*model.VPC]bool
	uncertainNACL map[*model.VPC]bool
	// outputs are the root module's outputs and the calls of modules that
	// were not loaded: what they are given is used outside what vpclint
	// sees.
	outputs []*resource.Instance
	// rs holds the reachability model's objects (reach_state.go).
	rs *reachState
	// ms holds the traffic mirroring objects (mirror.go).
	ms *mirrorState
}

func newBuilder(instances []*resource.Instance) *builder {
	var insts, outputs []*resource.Instance
	for _, in := range instances {
		switch {
		case in == nil:
		case in.Mode == "managed" && strings.HasPrefix(in.Type, "aws_"):
			insts = append(insts, in)
		case in.Mode == "output" || in.Mode == "module":
			outputs = append(outputs, in)
		}
	}
	slices.SortStableFunc(insts, compareInstances)
	return &builder{
		net:           &model.Network{},
		insts:         insts,
		outputs:       outputs,
		refs:          newIndex(insts),
		vpcs:          map[*resource.Instance]*model.VPC{},
		subnets:       map[*resource.Instance]*model.Subnet{},
		sgs:           map[*resource.Instance]*model.SecurityGroup{},
		nacls:         map[*resource.Instance]*model.NACL{},
		tables:        map[*resource.Instance]*model.RouteTable{},
		nats:          map[*resource.Instance]*model.NATGateway{},
		peerings:      map[*resource.Instance]*model.Peering{},
		flowLogs:      map[*resource.Instance]*model.FlowLog{},
		zones:         map[*resource.Instance]*model.HostedZone{},
		defaultVPC:    map[string]*model.VPC{},
		defaultSG:     map[*model.VPC]*model.SecurityGroup{},
		defaultNACL:   map[*model.VPC]*model.NACL{},
		defaultRT:     map[*model.VPC]*model.RouteTable{},
		mainRT:        map[*model.VPC]*model.RouteTable{},
		explicitRT:    map[*model.Subnet]bool{},
		explicitNACL:  map[*model.Subnet]bool{},
		uncertainRT:   map[*model.VPC]bool{},
		uncertainNACL: map[*model.VPC]bool{},
		rs:            newReachState(),
		ms:            newMirrorState(),
	}
}

// compareInstances orders instances by file, line and address.
func compareInstances(a, b *resource.Instance) int {
	if c := cmp.Compare(a.DefRange.Filename, b.DefRange.Filename); c != 0 {
		return c
	}
	if c := cmp.Compare(a.DefRange.Start.Line, b.DefRange.Start.Line); c != 0 {
		return c
	}
	switch {
	case naturalLess(a.Address, b.Address):
		return -1
	case naturalLess(b.Address, a.Address):
		return 1
	}
	return 0
}

// declare creates the model object of a primary resource, so that later
// phases can link to it whatever the order.
func (b *builder) declare(in *resource.Instance) {
	res := model.Resource{
		Type:        in.Type,
		Address:     in.Address,
		Module:      in.Module,
		DefRange:    in.DefRange,
		MaybeAbsent: in.MaybeAbsent,
	}
	switch in.Type {
	case "aws_vpc", "aws_default_vpc":
		v := &model.VPC{Resource: res, Default: in.Type == "aws_default_vpc"}
		b.vpcs[in] = v
		b.net.VPCs = append(b.net.VPCs, v)
		if v.Default {
			key := providerKey(in)
			if _, dup := b.defaultVPC[key]; !dup {
				b.defaultVPC[key] = v
			}
		}
	case "aws_subnet", "aws_default_subnet":
		s := &model.Subnet{Resource: res}
		b.subnets[in] = s
		b.net.Subnets = append(b.net.Subnets, s)
	case "aws_security_group", "aws_default_security_group":
		g := &model.SecurityGroup{Resource: res, Default: in.Type == "aws_default_security_group"}
		b.sgs[in] = g
		b.net.SecurityGroups = append(b.net.SecurityGroups, g)
	case "aws_network_acl", "aws_default_network_acl":
		n := &model.NACL{Resource: res, Default: in.Type == "aws_default_network_acl"}
		b.nacls[in] = n
		b.net.NACLs = append(b.net.NACLs, n)
	case "aws_route_table", "aws_default_route_table":
		t := &model.RouteTable{Resource: res, Default: in.Type == "aws_default_route_table"}
		b.tables[in] = t
		b.net.RouteTables = append(b.net.RouteTables, t)
	case "aws_nat_gateway":
		n := &model.NATGateway{Resource: res}
		b.nats[in] = n
		b.net.NATGateways = append(b.net.NATGateways, n)
	case "aws_vpc_peering_connection":
		p := &model.Peering{Resource: res}
		b.peerings[in] = p
		b.net.Peerings = append(b.net.Peerings, p)
	case "aws_flow_log":
		l := &model.FlowLog{Resource: res}
		b.flowLogs[in] = l
		b.net.FlowLogs = append(b.net.FlowLogs, l)
	case "aws_route53_zone":
		z := &model.HostedZone{Resource: res}
		b.zones[in] = z
		b.net.HostedZones = append(b.net.HostedZones, z)
	case "aws_dx_private_virtual_interface", "aws_dx_transit_virtual_interface":
		b.dxVirtualInterface(in, res)
	case "aws_ec2_traffic_mirror_target", "aws_ec2_traffic_mirror_filter", "aws_ec2_traffic_mirror_session":
		b.declareMirror(in, res)
	default:
		b.declareReach(in, res)
	}
}

// link fills the attributes of primary objects and their links to VPCs and
// subnets; it records which aws_default_* resource manages each VPC's
// default objects.
func (b *builder) link(in *resource.Instance) {
	switch in.Type {
	case "aws_vpc", "aws_default_vpc":
		b.linkVPC(in, b.vpcs[in])
	case "aws_subnet", "aws_default_subnet":
		b.linkSubnet(in, b.subnets[in])
	case "aws_security_group", "aws_default_security_group":
		b.linkSG(in, b.sgs[in])
	case "aws_network_acl", "aws_default_network_acl":
		b.linkNACL(in, b.nacls[in])
	case "aws_route_table", "aws_default_route_table":
		b.linkRouteTable(in, b.tables[in])
	case "aws_nat_gateway":
		b.linkNAT(in, b.nats[in])
	case "aws_vpc_peering_connection":
		b.linkPeering(in, b.peerings[in])
	case "aws_flow_log":
		b.linkFlowLog(in, b.flowLogs[in])
	case "aws_route53_zone":
		b.linkHostedZone(in, b.zones[in])
	case "aws_ec2_traffic_mirror_target", "aws_ec2_traffic_mirror_filter", "aws_ec2_traffic_mirror_session":
		b.linkMirror(in)
	default:
		b.linkReach(in)
	}
}

// fill adds rules, routes, CIDR blocks and associations, which may name
// any primary object.
func (b *builder) fill(in *resource.Instance) {
	b.attachments(in)
	b.fillReach(in)
	b.fillMirror(in)
	switch in.Type {
	case "aws_vpc_ipv4_cidr_block_association", "aws_vpc_ipv6_cidr_block_association":
		b.cidrAssociation(in)
	case "aws_security_group", "aws_default_security_group":
		b.inlineSGRules(in, b.sgs[in])
	case "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule":
		b.sgRuleResource(in)
	case "aws_network_acl", "aws_default_network_acl":
		b.inlineNACLRules(in, b.nacls[in])
	case "aws_network_acl_rule":
		b.naclRuleResource(in)
	case "aws_network_acl_association":
		b.naclAssociation(in)
	case "aws_route_table", "aws_default_route_table":
		b.inlineRoutes(in, b.tables[in])
	case "aws_route":
		b.routeResource(in)
	case "aws_route_table_association":
		b.routeTableAssociation(in)
	case "aws_main_route_table_association":
		b.mainRouteTableAssociation(in)
	case "aws_vpc_peering_connection_options", "aws_vpc_peering_connection_accepter":
		b.peeringOptions(in)
	case "aws_route53_zone_association":
		b.zoneAssociation(in)
	}
}

// finish derives what needs every resource: rule order, main tables and
// each subnet's effective route table and network ACL. A subnet without an
// explicit association uses the VPC's main table and default ACL, unless
// an association with an unknown subnet may be its own.
func (b *builder) finish() {
	for _, g := range b.net.SecurityGroups {
		slices.SortStableFunc(g.Rules, func(x, y *model.SGRule) int { return compareRanges(x.Location, y.Location) })
	}
	for _, n := range b.net.NACLs {
		slices.SortStableFunc(n.Rules, compareNACLRules)
	}
	slices.SortStableFunc(b.net.UnattachedNACLRules, compareNACLRules)
	// A rule whose owner is unknown may belong to any group or ACL of this
	// configuration: their rule sets in its direction are not known.
	for _, r := range b.net.UnattachedSGRules {
		for _, g := range b.net.SecurityGroups {
			g.Incomplete[r.Direction] = true
		}
	}
	for _, r := range b.net.UnattachedNACLRules {
		for _, n := range b.net.NACLs {
			n.Incomplete[r.Direction] = true
		}
	}
	for _, t := range b.net.RouteTables {
		if t.Default {
			main, reassigned := b.mainRT[t.VPC]
			t.Main = t.VPC == nil || !reassigned || main == t
		}
	}
	for _, s := range b.net.Subnets {
		if s.VPC == nil {
			continue
		}
		if !b.explicitRT[s] && !b.uncertainRT[s.VPC] && !b.uncertainRT[nil] {
			s.RouteTable = b.mainTable(s.VPC)
		}
		if !b.explicitNACL[s] && !b.uncertainNACL[s.VPC] && !b.uncertainNACL[nil] {
			s.NACL = b.defaultNACL[s.VPC]
		}
	}
	b.finishReach()
	b.finishMirror()
	b.finishUsage()
}

// mainTable returns the main route table of vpc when it is in the model.
func (b *builder) mainTable(vpc *model.VPC) *model.RouteTable {
	if t, ok := b.mainRT[vpc]; ok {
		return t
	}
	return b.defaultRT[vpc]
}

// compareRanges orders locations by file, then start offset.
func compareRanges(x, y model.Location) int {
	if c := cmp.Compare(x.Range.Filename, y.Range.Filename); c != 0 {
		return c
	}
	if c := cmp.Compare(x.Range.Start.Line, y.Range.Start.Line); c != 0 {
		return c
	}
	return cmp.Compare(x.Range.Start.Column, y.Range.Start.Column)
}

// problem records an invalid value.
func (b *builder) problem(at model.Location, msg string) {
	b.net.Problems = append(b.net.Problems, model.Problem{Location: at, Message: msg})
}

// providerKey returns the key of the instance's provider configuration.
func providerKey(in *resource.Instance) string {
	if in.Provider == nil {
		return ""
	}
	return in.Provider.Key
}
