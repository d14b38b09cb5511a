// Package reach answers "can A talk to B on port P?" from the network
// model, before apply: it follows the path a connection takes through
// security groups, network ACLs, route tables, peering connections,
// transit gateways, VPN connections, NAT and internet gateways, and says
// whether it gets through, which component blocks it, or which unknown
// value keeps vpclint from telling.
//
// # What is checked
//
// A request leaves the source through its security groups (egress) and,
// when it crosses a subnet boundary, its subnet's network ACL (outbound);
// the source subnet's route table sends it on (longest-prefix match; the
// local route for the VPC's own range); it crosses a peering connection, a
// transit gateway (the attachment subnet in the source's Availability
// Zone, the route table associated with the attachment, static routes and
// propagations), a VPN connection, a NAT gateway or an internet gateway;
// and it enters the destination through its subnet's network ACL
// (inbound) and its security groups (ingress). Security groups are
// stateful, so the reply needs nothing more from them; network ACLs are
// not, so the reply is checked again on the way back, to the client's
// ephemeral ports (Query.Ephemeral), as are the routes that carry it back.
// Network ACLs follow AWS's rules for transit gateway attachment subnets
// (the attachment subnet's inbound rules for traffic to the gateway, its
// outbound rules for traffic from it). Traffic within one subnet crosses no
// network ACL.
//
// # Unknown values
//
// A value on the path that is not known before apply (an unresolved
// reference, a rule whose count is unknown, a route table the
// configuration does not show) makes the verdict Unknown and names it,
// unless a later component certainly blocks the connection anyway. A
// route that cannot be decided stops the walk, since the path beyond it
// is not known. vpclint never guesses a value.
//
// # Assumptions
//
// What lies outside the configuration is assumed to behave: an outside
// network (a CIDR end) sends its traffic into the connection that the
// AWS side routes replies to, and returns replies the same way; a VPN
// connection that learns routes by BGP learns a route covering the outside
// end exactly as given (so a static route of the same or a longer prefix
// wins over it); a VPC's main route table or default network ACL that the
// configuration does not manage has AWS's defaults (the local routes;
// allow all). Peering connections are taken to be active.
package reach
