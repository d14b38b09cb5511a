package model

import "sync"

// Direction is the direction of a security group or NACL rule.
type Direction int

// The two directions of a rule set.
const (
	Ingress Direction = iota
	Egress
)

// String returns "ingress" or "egress".
func (d Direction) String() string {
	if d == Egress {
		return "egress"
	}
	return "ingress"
}

// Opposite returns the other direction.
func (d Direction) Opposite() Direction { return 1 - d }

// Origin says which Terraform construct a rule came from.
type Origin int

// Rule origins.
const (
	// OriginInline is an inline block (`ingress {}`, `egress {}`) or an
	// element of the attribute form (`egress = [{...}]`) of the owning
	// resource.
	OriginInline Origin = iota
	// OriginSGRule is an aws_security_group_rule resource.
	OriginSGRule
	// OriginVPCSGRule is an aws_vpc_security_group_ingress_rule or
	// aws_vpc_security_group_egress_rule resource.
	OriginVPCSGRule
	// OriginNACLRule is an aws_network_acl_rule resource.
	OriginNACLRule
	// OriginRouteResource is an aws_route resource.
	OriginRouteResource
)

// VPC is an aws_vpc or aws_default_vpc instance.
type VPC struct {
	Resource
	// Default is true for aws_default_vpc.
	Default bool
	// CIDRs are the VPC's IPv4 and IPv6 blocks: the primary block first,
	// then aws_vpc_ipv4_cidr_block_association and
	// aws_vpc_ipv6_cidr_block_association blocks. An unknown block (IPAM,
	// Amazon-generated IPv6) is present with Known false.
	CIDRs              []VPCCIDR
	EnableDNSSupport   Bool
	EnableDNSHostnames Bool
	Tags               Tags
	// FlowLogsIncomplete is true when an aws_flow_log of the VPC's
	// configuration names a VPC, subnet or network interface the model
	// cannot resolve (an unknown value, a data source), so it might watch
	// this VPC: rules about missing flow logs abstain.
	FlowLogsIncomplete bool
	// ExportedBy are the root module outputs (Type "output") and the calls
	// of modules vpclint did not load (Type "module") whose values hold the
	// VPC's id: code outside the model may use it.
	ExportedBy []*Resource
}

// VPCCIDR is one CIDR block of a VPC.
type VPCCIDR struct {
	Prefix
	// Primary is true for the VPC's own cidr_block / ipv6_cidr_block.
	Primary bool
	// Source is the block that declares it: the VPC, or the association
	// resource.
	Source Location
	// MaybeAbsent is true when the association resource's count/for_each
	// is unknown, so the block may not exist.
	MaybeAbsent bool
	// IPv6 is true for an IPv6 block. It is known even when the block
	// itself is not (Amazon-generated, IPAM), from the argument or
	// resource that declares it.
	IPv6 bool
}

// Subnet is an aws_subnet or aws_default_subnet instance.
type Subnet struct {
	Resource
	VPC  *VPC // nil when unknown
	CIDR Prefix
	// IPv6CIDR is unset (known, invalid) when the subnet has no IPv6 block.
	IPv6CIDR Prefix
	// AvailabilityZone is availability_zone or availability_zone_id,
	// whichever is set.
	AvailabilityZone String
	// AvailabilityZoneIsID is true when AvailabilityZone is
	// availability_zone_id ("use1-az1") rather than a zone name
	// ("us-east-1a"). Names map to zones differently in each account, so a
	// name and an ID must never be compared.
	AvailabilityZoneIsID bool
	MapPublicIPOnLaunch  Bool
	// RouteTable is the table the subnet uses: its explicit association,
	// else the VPC's main table when that is in the model; nil when unknown.
	RouteTable *RouteTable
	// NACL is the network ACL the subnet uses: an explicit association,
	// else the VPC's default NACL when managed in the model; nil when
	// unknown or AWS's untouched default (allow all).
	NACL *NACL
	Tags Tags
	// MainRouteTableUnmanaged is true when the subnet uses its VPC's main
	// route table and the configuration does not manage that table:
	// RouteTable is nil, and the table has the VPC's local routes and any
	// aws_route naming main_route_table_id (in Network.UnattachedRoutes).
	MainRouteTableUnmanaged bool
	// DefaultNACLUnmanaged is true when the subnet uses its VPC's default
	// network ACL and the configuration does not manage it: NACL is nil,
	// and AWS's default rules allow all traffic both ways.
	DefaultNACLUnmanaged bool
}

// SecurityGroup is an aws_security_group or aws_default_security_group.
type SecurityGroup struct {
	Resource
	// Default is true for aws_default_security_group.
	Default bool
	VPC     *VPC // nil when unknown
	// Rules are all rules of the group, from every source (inline blocks,
	// the attribute form, aws_security_group_rule,
	// aws_vpc_security_group_ingress_rule / _egress_rule), in source order.
	// Rules whose own count/for_each is unknown are included with
	// MaybeAbsent set.
	Rules []*SGRule
	// InlineSet records, per direction, whether the group's own resource
	// sets the inline argument (blocks or `egress = [...]`, even empty),
	// i.e. whether the group resource manages that direction.
	InlineSet [2]bool
	// Incomplete records, per direction, that some rules could not be
	// determined (a dynamic block over an unknown collection, an unknown
	// attribute-form list): rules about "all rules" abstain.
	Incomplete [2]bool
	Tags       Tags
	// UsedBy are the resource instances of the configuration that attach
	// the group to their network interfaces (security_group_ids,
	// vpc_security_group_ids, security_groups, ... naming it), in source
	// order, MaybeAbsent ones included; nil when none is known. Rules use
	// it to tell what kind of workload sits behind a group, e.g. a group
	// used only by interface VPC endpoints, which never open connections.
	UsedBy []*Resource
	// MaybeUsedBy are resources whose arguments name the group's id in
	// their expressions but whose values do not show it (a conditional on
	// an unknown variable): they may use it, and what uses the group is not
	// fully known.
	MaybeUsedBy []*Resource
}

// RulesIn returns the group's rules in direction d.
func (g *SecurityGroup) RulesIn(d Direction) []*SGRule {
	var out []*SGRule
	for _, r := range g.Rules {
		if r.Direction == d {
			out = append(out, r)
		}
	}
	return out
}

// SGRule is one security group rule as written: an inline block (or list
// element) or one rule resource. One SGRule may stand for several AWS rules
// (one per peer).
type SGRule struct {
	// Location is the inline block, list element or rule resource.
	Location
	Origin Origin
	// Group is the owning group; nil for unattached rules.
	Group     *SecurityGroup
	Direction Direction
	Protocol  Protocol // canonical per semantics §1.2
	Ports     PortRange
	// WrittenPorts is the from_port/to_port range as written when the
	// protocol ignores ports (all protocols, or one other than tcp, udp,
	// icmp and icmpv6) and AWS accepts the rule: AWS opens every port, which
	// is wider than written (semantics §1.2, pitfall P3). It is the zero
	// value (0-0, the usual way to write "all") otherwise, and also when the
	// range written means all ports anyway (-1/-1, 0-65535).
	WrittenPorts PortRange
	CIDRs        []Prefix // IPv4 and IPv6 CIDR peers
	PrefixLists  []String
	// Groups are referenced security groups (source/destination), resolved
	// where possible; Group nil with Ref.Known false means unknown.
	Groups      []GroupRef
	Self        bool
	Description String
	// Known is false when the protocol or ports are unknown; peers may still
	// be partly unknown (check each peer's Known).
	Known bool
	// MaybeAbsent is true when the rule resource's count/for_each is
	// unknown.
	MaybeAbsent bool
}

// GroupRef is a security group peer of a rule.
type GroupRef struct {
	Group *SecurityGroup // nil when not in the model
	ID    String         // the id as written, when not a managed group
}

// NACL is an aws_network_acl or aws_default_network_acl.
type NACL struct {
	Resource
	// Default is true for aws_default_network_acl.
	Default bool
	VPC     *VPC
	// Rules are all numbered rules from inline blocks and
	// aws_network_acl_rule, sorted by direction, then rule number, then
	// source position.
	Rules []*NACLRule
	// Subnets associated through subnet_ids or aws_network_acl_association.
	Subnets []*Subnet
	// evals caches Evaluate per direction: several rules evaluate the same
	// NACL, and the model does not change once built.
	evalMu sync.Mutex
	evals  [2]*Evaluation
	// InlineSet records, per direction, whether the NACL resource itself
	// manages that direction's rules.
	InlineSet [2]bool
	// Incomplete records, per direction, that some rules could not be
	// determined; rules about the evaluation of that direction abstain.
	Incomplete [2]bool
	Tags       Tags
}

// RulesIn returns the rules of direction d in evaluation order.
func (n *NACL) RulesIn(d Direction) []*NACLRule {
	var out []*NACLRule
	for _, r := range n.Rules {
		if r.Direction == d {
			out = append(out, r)
		}
	}
	return out
}

// Action is a NACL rule's action.
type Action int

// NACL actions.
const (
	Allow Action = iota
	Deny
)

// String returns "allow" or "deny".
func (a Action) String() string {
	if a == Deny {
		return "deny"
	}
	return "allow"
}

// NACLRule is one numbered NACL rule (inline block or aws_network_acl_rule).
type NACLRule struct {
	Location
	Origin    Origin
	NACL      *NACL // nil for unattached rules
	Direction Direction
	Number    int
	Action    Action
	Protocol  Protocol
	// Ports are the destination ports for tcp/udp; for icmp/icmpv6 the
	// encoded type/code range (see PortRange); all ports otherwise.
	Ports PortRange
	CIDR  Prefix // IPv4 cidr_block or IPv6 ipv6_cidr_block
	// Known is false when any of number, action, protocol, ports or CIDR
	// is unknown.
	Known       bool
	MaybeAbsent bool
}

// Peering is an aws_vpc_peering_connection.
type Peering struct {
	Resource
	Requester *VPC // vpc_id; nil when unknown or not in the model
	Accepter  *VPC // peer_vpc_id; nil when unknown or not in the model
	// PeerRegion is peer_region (unset means the same Region).
	PeerRegion String
	// AllowRemoteDNS are the requester/accepter
	// allow_remote_vpc_dns_resolution options.
	RequesterAllowRemoteDNS Bool
	AccepterAllowRemoteDNS  Bool
	Tags                    Tags
	// RoutesIncomplete is true when some route of the peering's
	// configuration might target it without the model knowing: a route
	// whose target is unknown (or a data source), or a route table with
	// routes that could not be determined.
	RoutesIncomplete bool
	// ExportedBy are the root module outputs (Type "output") and the calls
	// of modules vpclint did not load (Type "module") whose values hold the
	// peering's id: code outside the model may use it.
	ExportedBy []*Resource
}

// NATGateway is an aws_nat_gateway.
type NATGateway struct {
	Resource
	Subnet *Subnet // nil when unknown
	// ConnectivityType is "public" (the default) or "private".
	ConnectivityType String
	// AllocationID is allocation_id, the Elastic IP of a public gateway:
	// an "eipalloc-…" id, or the reference string of an aws_eip that is
	// created with it; known and "" when unset.
	AllocationID String
	// PublicIP is the public_ip attribute, known only for a gateway that
	// exists (in a plan's prior state); "" when unset.
	PublicIP String
	// Tags includes the provider's default_tags.
	Tags Tags
	// RoutesIncomplete is true when some route of the gateway's
	// configuration might target it without the model knowing (see
	// Peering.RoutesIncomplete).
	RoutesIncomplete bool
	// ExportedBy are the root module outputs (Type "output") and the calls
	// of modules vpclint did not load (Type "module") whose values hold the
	// gateway's id: code outside the model may use it.
	ExportedBy []*Resource
}

// RouteTable is an aws_route_table or aws_default_route_table.
type RouteTable struct {
	Resource
	Default bool
	VPC     *VPC
	// Main is true when the table is the VPC's main table (the default
	// route table, or the target of aws_main_route_table_association).
	Main bool
	// Routes from inline blocks and aws_route resources.
	Routes []*Route
	// Subnets explicitly associated.
	Subnets    []*Subnet
	Incomplete bool
	Tags       Tags
	// InUse says whether anything routes by the table: it is the main
	// table, or an aws_route_table_association names it (for a subnet in
	// the model or not, or a gateway edge association). Unknown when only
	// an association that may not exist (unknown count) names it, or an
	// association of the configuration names an unresolved table.
	InUse Bool
	// PropagatingVGWs are the virtual private gateways whose routes
	// propagate into the table (propagating_vgws,
	// aws_vpn_gateway_route_propagation).
	PropagatingVGWs []*VPNGateway
	// PropagationIncomplete is true when a propagation names a gateway
	// the model cannot resolve, or may not exist.
	PropagationIncomplete bool
}

// TargetKind is the kind of a route's target.
type TargetKind int

// Route target kinds.
const (
	TargetUnknown TargetKind = iota
	TargetInternetGateway
	TargetNATGateway
	TargetPeering
	TargetTransitGateway
	TargetEgressOnlyGateway
	TargetNetworkInterface
	TargetVPCEndpoint
	TargetVPNGateway
	TargetOther
)

// Route is one route of a route table.
type Route struct {
	Location
	Origin Origin
	Table  *RouteTable
	// Destination is the IPv4 or IPv6 destination CIDR; unset for a
	// prefix-list destination.
	Destination Prefix
	PrefixList  String
	TargetKind  TargetKind
	// Target is the target's address (for resources in the model) or id.
	Target      String
	NATGateway  *NATGateway // when the target is a NAT gateway in the model
	Peering     *Peering    // when the target is a peering in the model
	MaybeAbsent bool
	// TransitGateway and VPNGateway are the target when it is a transit
	// gateway or a virtual private gateway in the model.
	TransitGateway *TransitGateway
	VPNGateway     *VPNGateway
}

// FlowLog is an aws_flow_log.
type FlowLog struct {
	Resource
	VPC         *VPC
	Subnet      *Subnet
	ENI         String
	TrafficType String
}
