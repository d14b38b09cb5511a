package build

import (
	"strings"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// linkRouteTable fills an aws_route_table or aws_default_route_table. The
// default table's VPC is the one whose default_route_table_id it names.
func (b *builder) linkRouteTable(in *resource.Instance, t *model.RouteTable) {
	f := instanceFields(in)
	if t.Default {
		t.VPC = b.vpcAttr(b.resolve(f.get("default_route_table_id")), "default_route_table_id", "main_route_table_id")
		if t.VPC != nil {
			if _, dup := b.defaultRT[t.VPC]; !dup {
				b.defaultRT[t.VPC] = t
			}
		}
	}
	if t.VPC == nil {
		t.VPC = b.vpcOf(f.get("vpc_id"))
	}
	t.Tags = tags(in)
}

// inlineRoutes adds the table's inline routes (blocks or attribute form).
func (b *builder) inlineRoutes(in *resource.Instance, t *model.RouteTable) {
	f := instanceFields(in)
	it := f.nested("route")
	t.Incomplete = t.Incomplete || !it.complete
	for _, item := range it.list {
		r := &model.Route{Location: item.loc(), Origin: model.OriginInline, Table: t, MaybeAbsent: in.MaybeAbsent}
		b.routeBody(b.cidrs(in), item, r, inlineDestinations)
		t.Routes = append(t.Routes, r)
	}
}

// routeResource adds an aws_route to its table, or to
// Network.UnattachedRoutes.
func (b *builder) routeResource(in *resource.Instance) {
	f := instanceFields(in)
	r := &model.Route{
		Location:    f.loc(),
		Origin:      model.OriginRouteResource,
		Table:       b.tableOf(f.get("route_table_id")),
		MaybeAbsent: in.MaybeAbsent,
	}
	b.routeBody(b.cidrs(in), f, r, resourceDestinations)
	if r.Table == nil {
		b.net.UnattachedRoutes = append(b.net.UnattachedRoutes, r)
		return
	}
	r.Table.Routes = append(r.Table.Routes, r)
}

// destinations are the destination argument names of a route.
type destinations struct{ ipv4, ipv6, prefixList string }

var (
	inlineDestinations   = destinations{"cidr_block", "ipv6_cidr_block", "destination_prefix_list_id"}
	resourceDestinations = destinations{"destination_cidr_block", "destination_ipv6_cidr_block", "destination_prefix_list_id"}
)

// routeTargets are the target arguments of a route and the kind each one
// means; gateway_id is classified by what it names.
var routeTargets = []struct {
	name string
	kind model.TargetKind
}{
	{"gateway_id", model.TargetUnknown},
	{"nat_gateway_id", model.TargetNATGateway},
	{"transit_gateway_id", model.TargetTransitGateway},
	{"vpc_peering_connection_id", model.TargetPeering},
	{"egress_only_gateway_id", model.TargetEgressOnlyGateway},
	{"network_interface_id", model.TargetNetworkInterface},
	{"vpc_endpoint_id", model.TargetVPCEndpoint},
	{"carrier_gateway_id", model.TargetOther},
	{"local_gateway_id", model.TargetOther},
	{"core_network_arn", model.TargetOther},
	{"odb_network_arn", model.TargetOther},
	{"instance_id", model.TargetOther},
}

// routeBody reads the destination and the target.
func (b *builder) routeBody(cidrs cidrChecker, f fields, r *model.Route, dst destinations) {
	v4, v6 := cidrs.one(f, dst.ipv4), cidrs.one(f, dst.ipv6)
	switch {
	case !v4.Known || !v6.Known:
		r.Destination = model.Prefix{}
	case v4.IsSet():
		r.Destination = v4
	default:
		r.Destination = v6
	}
	if v := f.get(dst.prefixList); !isUnset(v) {
		r.PrefixList = b.idString(v)
	}

	// The target is the one target argument set. When several might be
	// (unknown values), it is unknown.
	var candidates []int
	for i, t := range routeTargets {
		if !isUnset(f.get(t.name)) {
			candidates = append(candidates, i)
		}
	}
	if len(candidates) != 1 {
		return
	}
	t := routeTargets[candidates[0]]
	v := f.get(t.name)
	r.Target = b.idString(v)
	r.TargetKind = t.kind
	if t.name == "gateway_id" {
		r.TargetKind = gatewayKind(b.resolve(v))
	}
	switch r.TargetKind {
	case model.TargetNATGateway:
		r.NATGateway = b.natOf(v)
	case model.TargetPeering:
		r.Peering = b.peeringOf(v)
	}
}

// gatewayKind classifies a gateway_id value by the resource type a
// reference names or by the id's prefix. AWS accepts a NAT gateway id
// there (semantics §4.4).
func gatewayKind(t target) model.TargetKind {
	ty := addressType(t.address)
	if t.inst != nil {
		ty = t.inst.Type
	}
	switch {
	case !t.known || (ty == "" && t.literal == ""):
		return model.TargetUnknown
	case ty == "aws_internet_gateway" || strings.HasPrefix(t.literal, "igw-"):
		return model.TargetInternetGateway
	case ty == "aws_nat_gateway" || strings.HasPrefix(t.literal, "nat-"):
		return model.TargetNATGateway
	case ty == "aws_vpn_gateway" || strings.HasPrefix(t.literal, "vgw-"):
		return model.TargetVPNGateway
	case ty == "aws_egress_only_internet_gateway" || strings.HasPrefix(t.literal, "eigw-"):
		return model.TargetEgressOnlyGateway
	case ty == "aws_vpc_endpoint" || strings.HasPrefix(t.literal, "vpce-"):
		return model.TargetVPCEndpoint
	}
	return model.TargetOther
}

// routeTableAssociation records an aws_route_table_association of a subnet
// (edge associations with gateway_id have no subnet; they only put the
// table in use). An unknown subnet id makes the table of every
// unassociated subnet of the table's VPC uncertain.
func (b *builder) routeTableAssociation(in *resource.Instance) {
	f := instanceFields(in)
	t := b.tableOf(f.get("route_table_id"))
	b.tableAssociated(t, f.get("route_table_id"), !in.MaybeAbsent)
	subnetID := f.get("subnet_id")
	s := b.subnetOf(subnetID)
	if s == nil {
		if !subnetID.IsKnown() {
			var vpc *model.VPC
			if t != nil {
				vpc = t.VPC
			}
			b.uncertainRT[vpc] = true
		}
		return
	}
	if t != nil {
		t.Subnets = append(t.Subnets, s)
	}
	if !b.explicitRT[s] {
		b.explicitRT[s] = true
		s.RouteTable = t
	}
}

// mainRouteTableAssociation records an aws_main_route_table_association:
// the table becomes its VPC's main table.
func (b *builder) mainRouteTableAssociation(in *resource.Instance) {
	f := instanceFields(in)
	t := b.tableOf(f.get("route_table_id"))
	b.tableAssociated(t, f.get("route_table_id"), true)
	if t != nil {
		t.Main = true
	}
	if vpc := b.vpcOf(f.get("vpc_id")); vpc != nil {
		if _, dup := b.mainRT[vpc]; !dup {
			b.mainRT[vpc] = t
		}
	}
}

// linkNAT fills an aws_nat_gateway.
func (b *builder) linkNAT(in *resource.Instance, n *model.NATGateway) {
	f := instanceFields(in)
	n.Subnet = b.subnetOf(f.get("subnet_id"))
	n.ConnectivityType = stringOr(f.get("connectivity_type"), "public")
	n.AllocationID = stringOr(f.get("allocation_id"), "")
	n.PublicIP = stringOr(f.get("public_ip"), "")
	n.Tags = tags(in)
}
