package model

import (
	"net/netip"

	"github.com/hashicorp/hcl/v2"
)

// Network is the whole network of one lint run: every resource instance of
// every analysed module, linked together. The parser builds it; rules only
// read it.
//
// Slices are in a deterministic order (source file, then line, then address).
type Network struct {
	VPCs           []*VPC
	Subnets        []*Subnet
	SecurityGroups []*SecurityGroup
	NACLs          []*NACL
	Peerings       []*Peering
	NATGateways    []*NATGateway
	RouteTables    []*RouteTable
	FlowLogs       []*FlowLog
	// HostedZones are the Route 53 hosted zones (aws_route53_zone).
	HostedZones []*HostedZone
	// DXVirtualInterfaces are the private and transit Direct Connect
	// virtual interfaces.
	DXVirtualInterfaces []*DXVirtualInterface
	// Endpoints are the resources with network interfaces in subnets
	// (instances, network interfaces, load balancers, databases, …), for
	// reachability questions.
	Endpoints []*Endpoint
	// TransitGateways, TGWAttachments and TGWRouteTables are the transit
	// gateways, their attachments and their route tables (each gateway's
	// default table included).
	TransitGateways []*TransitGateway
	TGWAttachments  []*TGWAttachment
	TGWRouteTables  []*TGWRouteTable
	// VPNGateways and VPNConnections are the virtual private gateways and
	// the Site-to-Site VPN connections.
	VPNGateways    []*VPNGateway
	VPNConnections []*VPNConnection
	// MirrorTargets, MirrorFilters and MirrorSessions are the traffic
	// mirroring targets, filters (with their rules) and sessions.
	MirrorTargets  []*MirrorTarget
	MirrorFilters  []*MirrorFilter
	MirrorSessions []*MirrorSession

	// UnattachedSGRules are standalone security group rules whose
	// security_group_id could not be resolved to a group in the model (an
	// unknown input, a data source). Any group of the same configuration
	// might own them, so the builder marks every such group Incomplete in
	// the rule's direction.
	UnattachedSGRules []*SGRule

	// UnattachedNACLRules are aws_network_acl_rule resources whose
	// network_acl_id could not be resolved; as for security group rules,
	// every ACL of the configuration is marked Incomplete in their
	// direction.
	UnattachedNACLRules []*NACLRule

	// UnattachedRoutes are aws_route resources whose route_table_id could
	// not be resolved. They still target something (a NAT gateway that
	// looks idle may be used by one of them).
	UnattachedRoutes []*Route

	// Problems are invalid values met while building the model (a CIDR with
	// host bits set, an unsupported protocol keyword). They are reported by
	// the network-invalid-value rule rather than silently repaired.
	Problems []Problem

	// Directives are the vpclint:ignore comments of every loaded file.
	Directives []Directive

	// Before is the network as it is now, before a plan is applied: the
	// plan's prior_state, built like the network itself (known ids link
	// the objects). The network itself is then the planned one, after
	// apply. Before is nil for source, a state file and a plan without
	// prior state; resources being destroyed are only in Before.
	Before *Network

	// Changes are the plans' resource_changes, in file order; nil outside
	// plans.
	Changes []Change

	// Plans are the networks of the plan files this network was merged
	// from, each with its own Before and Changes and nothing else's. Rules
	// about planned changes compare one plan's Before with the same plan's
	// objects there: two plans of one module (dev and prod) share
	// addresses, so the merged Before and Changes above mix them. Nil
	// outside plans and in the per-plan networks themselves.
	Plans []*Network
}

// Location is where a finding points: a source range and the Terraform
// address of the resource it belongs to.
type Location struct {
	Range   hcl.Range
	Address string
}

// Locatable is anything a finding can be reported at.
type Locatable interface {
	Loc() Location
}

// Loc returns l itself, so a Location is Locatable.
func (l Location) Loc() Location { return l }

// Resource is what every modelled resource instance has in common.
type Resource struct {
	// Type is the Terraform resource type, e.g. "aws_security_group".
	Type string
	// Address is the absolute instance address, with module path and
	// index: module.net.aws_security_group.web["a"].
	Address string
	// Module is the module instance path ("" for the root module), e.g.
	// module.net or module.app["x"].module.sg.
	Module string
	// DefRange is the block header (`resource "t" "n" {`), where findings
	// about the whole resource point. For a resource read from a plan without
	// its source, it is the resource's object in the plan file.
	DefRange hcl.Range
	// MaybeAbsent is true when the instance's existence depends on an
	// unknown count or for_each: rules must not report its absence or use it
	// as evidence that something else is covered.
	MaybeAbsent bool
}

// Loc returns the location of the resource's block.
func (r *Resource) Loc() Location { return Location{Range: r.DefRange, Address: r.Address} }

// Problem is an invalid value found while building the model.
type Problem struct {
	Location
	Message string
}

// Directive is one `# vpclint:ignore` or `# vpclint:ignore-file` comment.
type Directive struct {
	// Rules are the rule IDs named by the directive.
	Rules []string
	// Reason is the text after the rule IDs; the directive is invalid
	// without one.
	Reason string
	// Comment is the range of the comment itself (where unused-ignore and
	// malformed-directive findings point).
	Comment hcl.Range
	// Scope is the range whose findings the directive silences: the block
	// after (or starting on the line of) the comment, or the whole file.
	Scope hcl.Range
	// File is true for vpclint:ignore-file.
	File bool
	// Malformed, when non-empty, says why the directive cannot be used
	// (no reason, no rule ID, not on the first line, no block follows).
	Malformed string
}

// Bool is a boolean attribute that may be unknown.
type Bool struct {
	Value bool
	Known bool
}

// String is a string attribute that may be unknown.
type String struct {
	Value string
	Known bool
}

// Prefix is a CIDR attribute that may be unknown. An unset attribute is
// known with an invalid (zero) Prefix.
type Prefix struct {
	Prefix netip.Prefix
	Known  bool
}

// IsSet reports whether the prefix is known and set.
func (p Prefix) IsSet() bool { return p.Known && p.Prefix.IsValid() }

// Tags are a resource's effective tags: the provider configuration's
// default_tags merged with the resource's own tags, the resource winning.
type Tags struct {
	// Known is false when the tag map or the default_tags map is unknown
	// (a variable without a value, a data source): rules abstain.
	Known bool
	// Values maps each key to its value. A key whose value is unknown is
	// present with Known false.
	Values map[string]String
	// FromDefault lists the keys that come only from default_tags.
	FromDefault map[string]bool
}

// Has reports whether key is present in the effective tags.
func (t Tags) Has(key string) bool {
	_, ok := t.Values[key]
	return ok
}
