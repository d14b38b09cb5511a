package rules

import "github.com/vpclint/vpclint/model"

// groupBy groups items by key, each group in the order of items, leaving
// out the items whose key is the zero value (no object of that kind in
// the model), so that a rule about every gateway, table or ACL reads each
// route or subnet once rather than once per object.
func groupBy[K comparable, V any](items []V, key func(V) K) map[K][]V {
	out := map[K][]V{}
	var zero K
	for _, it := range items {
		if k := key(it); k != zero {
			out[k] = append(out[k], it)
		}
	}
	return out
}

// subnetRouteTable is the groupBy key of subnets by route table.
func subnetRouteTable(s *model.Subnet) *model.RouteTable { return s.RouteTable }

// subnetNACL is the groupBy key of subnets by network ACL.
func subnetNACL(s *model.Subnet) *model.NACL { return s.NACL }

// routePeering is the groupBy key of routes by the peering of the model
// they target.
func routePeering(r *model.Route) *model.Peering { return r.Peering }
