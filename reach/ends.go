package reach

import (
	"fmt"
	"net/netip"
	"regexp"
	"slices"
	"strings"

	"github.com/vpclint/vpclint/model"
)

// end is one end of a connection in one placement: where it is and what
// guards it.
type end struct {
	// label is how the end is named in messages.
	label string
	// addr are the end's addresses: its private IP, its subnet's CIDR, or
	// the outside network.
	addr netip.Prefix
	// subnet is the subnet the end sits in; nil for an outside network.
	subnet *model.Subnet
	// guarded is true when the end has security groups to check: an
	// endpoint, not a subnet or a CIDR.
	guarded     bool
	groups      []*model.SecurityGroup
	groupsKnown bool
	// endpoint is the resolved endpoint, nil for a subnet or CIDR.
	endpoint *model.Endpoint
	// public says whether the end has a public IPv4 address.
	public model.Bool
	// multi is true when the end may sit in several subnets.
	multi bool
	// unknown, when set, says why the end's place is not known.
	unknown string
	// at is where the end is declared (zero for an outside network).
	at model.Location
}

// outside reports whether the end is a network outside the model.
func (e *end) outside() bool { return e.subnet == nil && e.unknown == "" }

// resolve finds the ends a query names: one per subnet the end may be in.
func resolve(net *model.Network, spec string) ([]*end, error) {
	if p, ok := parseCIDR(spec); ok {
		e, err := cidrEnd(net, spec, p)
		return []*end{e}, err
	}
	if e := findEndpoint(net, spec); e != nil {
		return endpointEnds(e), nil
	}
	if s := findSubnet(net, spec); s != nil {
		return []*end{subnetEnd(s, s.Address)}, nil
	}
	return nil, notFound(net, spec)
}

// parseCIDR parses an address or CIDR; an address is a /32 or /128.
func parseCIDR(s string) (netip.Prefix, bool) {
	if a, err := netip.ParseAddr(s); err == nil {
		return netip.PrefixFrom(a, a.BitLen()), true
	}
	p, err := netip.ParsePrefix(s)
	if err != nil {
		return netip.Prefix{}, false
	}
	return p.Masked(), true
}

// cidrEnd is the end an address or CIDR names: the subnet of the model
// that holds it, or an outside network when no VPC of the model overlaps
// it.
func cidrEnd(net *model.Network, spec string, p netip.Prefix) (*end, error) {
	for _, s := range net.Subnets {
		if s.CIDR.IsSet() && s.CIDR.Prefix.Bits() <= p.Bits() && s.CIDR.Prefix.Contains(p.Addr()) {
			e := subnetEnd(s, spec)
			e.addr = p
			return e, nil
		}
	}
	for _, v := range net.VPCs {
		for _, c := range v.CIDRs {
			if c.IsSet() && c.Prefix.Prefix.Overlaps(p) {
				return nil, fmt.Errorf("%s overlaps %s (%s) but does not fit in one of its subnets: name a subnet, a host address or a resource", spec, v.Address, c.Prefix.Prefix)
			}
		}
	}
	return &end{label: spec, addr: p}, nil
}

// subnetEnd is a host of subnet s, without security groups to check.
func subnetEnd(s *model.Subnet, label string) *end {
	e := &end{label: label, subnet: s, public: s.MapPublicIPOnLaunch, at: s.Loc()}
	if !s.CIDR.IsSet() {
		e.unknown = fmt.Sprintf("the CIDR block of %s is not known", s.Address)
		return e
	}
	e.addr = s.CIDR.Prefix
	return e
}

// endpointEnds returns an endpoint's ends, one per subnet it may be in.
func endpointEnds(ep *model.Endpoint) []*end {
	base := end{
		label: ep.Address, guarded: true, groups: ep.SecurityGroups, groupsKnown: ep.GroupsKnown,
		endpoint: ep, public: ep.PublicIP, multi: len(ep.Subnets) > 1, at: ep.Loc(),
	}
	if !ep.SubnetsKnown || len(ep.Subnets) == 0 {
		e := base
		e.unknown = fmt.Sprintf("the subnets of %s are not known", ep.Address)
		return []*end{&e}
	}
	out := make([]*end, 0, len(ep.Subnets))
	for _, s := range ep.Subnets {
		e := base
		e.subnet = s
		switch {
		case !s.CIDR.IsSet():
			e.unknown = fmt.Sprintf("the CIDR block of %s is not known", s.Address)
		case ep.PrivateIP.IsValid() && s.CIDR.Prefix.Contains(ep.PrivateIP):
			e.addr = netip.PrefixFrom(ep.PrivateIP, ep.PrivateIP.BitLen())
		default:
			e.addr = s.CIDR.Prefix
		}
		out = append(out, &e)
	}
	return out
}

// findEndpoint returns the endpoint at address spec, or the only one
// whose address without instance keys is spec.
func findEndpoint(net *model.Network, spec string) *model.Endpoint {
	return find(net.Endpoints, spec, func(e *model.Endpoint) string { return e.Address })
}

// findSubnet is findEndpoint for subnets.
func findSubnet(net *model.Network, spec string) *model.Subnet {
	return find(net.Subnets, spec, func(s *model.Subnet) string { return s.Address })
}

// find returns the item at address spec, else the one item whose address
// without instance keys is spec.
func find[T any](items []T, spec string, addr func(T) string) T {
	var zero, only T
	n := 0
	for _, it := range items {
		if addr(it) == spec {
			return it
		}
		if stripKeys(addr(it)) == spec {
			only = it
			n++
		}
	}
	if n == 1 {
		return only
	}
	return zero
}

// keys matches instance keys in an address.
var keys = regexp.MustCompile(`\[[^\]]*\]`)

// stripKeys removes the instance keys of an address.
func stripKeys(address string) string { return keys.ReplaceAllString(address, "") }

// notFound explains that spec names nothing the query can use.
func notFound(net *model.Network, spec string) error {
	var names []string
	for _, e := range net.Endpoints {
		names = append(names, e.Address)
	}
	for _, s := range net.Subnets {
		names = append(names, s.Address)
	}
	var matches []string
	for _, n := range names {
		if stripKeys(n) == spec {
			matches = append(matches, n)
		}
	}
	if len(matches) > 1 {
		return fmt.Errorf("%s has several instances; name one: %s", spec, strings.Join(matches, ", "))
	}
	msg := fmt.Sprintf("no instance, network interface, load balancer, database, cache, function or subnet %s in the configuration, and it is not an address or CIDR", spec)
	if s := closest(spec, names); s != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", s)
	}
	return fmt.Errorf("%s", msg)
}

// closest returns the first name that ends with spec: the resource in a
// module, when the module path was left out.
func closest(spec string, names []string) string {
	slices.Sort(names)
	for _, n := range names {
		if strings.HasSuffix(stripKeys(n), "."+spec) {
			return n
		}
	}
	return ""
}
