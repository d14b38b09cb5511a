// Package model is vpclint's network model: VPCs, subnets, security groups
// and their rules, network ACLs and their numbered rules, peerings, NAT
// gateways, route tables, flow logs, transit gateways, VPN connections and
// the endpoints (instances, load balancers, databases) that sit in subnets,
// and traffic mirroring targets, filters and sessions, linked together, with
// every value that is unknown before apply marked as such; plus the
// traffic-set algebra (protocol × ports × addresses, exact) that rules
// reason with, its two-address form for mirror filters (MirrorTraffic), and
// the first-match evaluation of a NACL or mirror filter direction.
//
// The parser builds a Network; rules only read it.
package model
