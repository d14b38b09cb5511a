package model

// TransitGateway is an aws_ec2_transit_gateway (semantics §3.5).
type TransitGateway struct {
	Resource
	// DefaultAssociation and DefaultPropagation are
	// default_route_table_association and default_route_table_propagation:
	// true for "enable", the default.
	DefaultAssociation Bool
	DefaultPropagation Bool
	// DefaultRouteTable is the route table AWS creates with the gateway
	// (its association_default_route_table_id). It has no block of its
	// own, so it stands at the gateway's.
	DefaultRouteTable *TGWRouteTable
	// Attachments are the gateway's attachments in the model.
	Attachments []*TGWAttachment
}

// Transit Gateway attachment kinds (TGWAttachment.Kind).
const (
	TGWAttachVPC = "vpc"
	TGWAttachVPN = "vpn"
)

// TGWAttachment is an attachment to a transit gateway: an
// aws_ec2_transit_gateway_vpc_attachment, or the attachment AWS creates for
// an aws_vpn_connection with transit_gateway_id (which stands at the
// connection's block).
type TGWAttachment struct {
	Resource
	// Kind is TGWAttachVPC or TGWAttachVPN.
	Kind           string
	TransitGateway *TransitGateway // nil when unknown
	// VPC and Subnets are a VPC attachment's vpc_id and subnet_ids (one
	// subnet per Availability Zone: the attachment's interfaces).
	VPC          *VPC
	Subnets      []*Subnet
	SubnetsKnown bool
	// VPN is a VPN attachment's connection.
	VPN *VPNConnection
	// DefaultAssociation and DefaultPropagation are a VPC attachment's
	// transit_gateway_default_route_table_association and _propagation
	// (default true); a VPN attachment follows its gateway's defaults.
	DefaultAssociation Bool
	DefaultPropagation Bool
	// RouteTable is the TGW route table the attachment is associated with:
	// an aws_ec2_transit_gateway_route_table_association, else the
	// gateway's default table when default association applies. Nil when
	// it has none, or when RouteTableKnown is false.
	RouteTable *TGWRouteTable
	// RouteTableKnown is false when the association cannot be worked out
	// (an unknown value, an association that may not exist, a table outside
	// the model).
	RouteTableKnown bool
	// Association is where RouteTable comes from: the association
	// resource, or the attachment itself for default association.
	Association Location
}

// TGWRouteTable is an aws_ec2_transit_gateway_route_table, or a gateway's
// default route table (Default true).
type TGWRouteTable struct {
	Resource
	Default        bool
	TransitGateway *TransitGateway
	// Routes are the static routes (aws_ec2_transit_gateway_route).
	Routes []*TGWRoute
	// Propagations are the attachments whose routes propagate into the
	// table: aws_ec2_transit_gateway_route_table_propagation, and default
	// propagation into the default table.
	Propagations []*TGWPropagation
	// Incomplete is true when a route, association or propagation of the
	// configuration names a table or attachment the model cannot resolve,
	// so the table may have routes the model does not see.
	Incomplete bool
}

// TGWRoute is one aws_ec2_transit_gateway_route.
type TGWRoute struct {
	Location
	Table       *TGWRouteTable
	Destination Prefix
	// Attachment is the route's transit_gateway_attachment_id; nil for a
	// blackhole route or when not resolved (AttachmentKnown false).
	Attachment      *TGWAttachment
	AttachmentKnown bool
	// Blackhole is the blackhole argument: traffic matching the route is
	// dropped.
	Blackhole   Bool
	MaybeAbsent bool
}

// TGWPropagation is one attachment propagating its routes into a TGW
// route table: a VPC attachment its VPC's CIDR blocks, a VPN attachment
// the routes its connection learns by BGP.
type TGWPropagation struct {
	// Location is the propagation resource, or the attachment for default
	// propagation.
	Location
	Attachment  *TGWAttachment
	MaybeAbsent bool
}

// VPNGateway is an aws_vpn_gateway (a virtual private gateway).
type VPNGateway struct {
	Resource
	// VPC is vpc_id, or the VPC of an aws_vpn_gateway_attachment.
	VPC *VPC
	// Connections are the VPN connections that terminate on it.
	Connections []*VPNConnection
}

// VPNConnection is an aws_vpn_connection: a Site-to-Site VPN to a
// customer network, terminating on a virtual private gateway or a transit
// gateway.
type VPNConnection struct {
	Resource
	VPNGateway     *VPNGateway
	TransitGateway *TransitGateway
	// Attachment is the transit gateway attachment of a connection on a
	// transit gateway.
	Attachment *TGWAttachment
	// StaticRoutesOnly is static_routes_only: the connection learns no
	// routes by BGP, so only Routes (on a virtual private gateway) or the
	// TGW route table's static routes send traffic into it.
	StaticRoutesOnly Bool
	// Routes are the aws_vpn_connection_route destinations: the customer
	// networks a static connection on a virtual private gateway carries.
	Routes []VPNRoute
	// RoutesIncomplete is true when an aws_vpn_connection_route of the
	// configuration names a connection the model cannot resolve, or may
	// not exist.
	RoutesIncomplete bool
	// LocalNetwork and RemoteNetwork are local_ipv4_network_cidr (the
	// customer side) and remote_ipv4_network_cidr (the AWS side) of the
	// tunnels' traffic selectors; 0.0.0.0/0 when unset.
	LocalNetwork  Prefix
	RemoteNetwork Prefix
}

// VPNRoute is an aws_vpn_connection_route.
type VPNRoute struct {
	Location
	Destination Prefix
	MaybeAbsent bool
}
