package model

import "net/netip"

// Endpoint is a resource instance whose network interfaces sit in subnets
// behind security groups: an EC2 instance, a network interface, a load
// balancer, an RDS/Redshift/ElastiCache cluster, a Lambda function or an
// interface VPC endpoint. vpclint reach resolves --from and --to to one.
type Endpoint struct {
	Resource
	// Subnets are the subnets the endpoint's interfaces may be in
	// (subnet_id, subnet_ids, subnets, subnet_mapping, vpc_config, or the
	// subnet group a database or cache names), without duplicates, in the
	// order written. A load balancer has a node in each; a database is in
	// one of them.
	Subnets []*Subnet
	// SubnetsKnown is false when some subnet could not be resolved: an
	// unknown value, a data source, a subnet group outside the model, or
	// no subnet at all (AWS then picks one in the default VPC).
	SubnetsKnown bool
	// SecurityGroups are the groups attached to the endpoint's interfaces,
	// without duplicates, in the order written. An endpoint that names no
	// group gets its VPC's default group, when the model manages it.
	SecurityGroups []*SecurityGroup
	// GroupsKnown is false when some group could not be resolved, or when
	// none is named and the VPC's default group is not in the model.
	GroupsKnown bool
	// PrivateIP is the private_ip argument when set and known; the zero
	// Addr otherwise (any address of its subnets).
	PrivateIP netip.Addr
	// PublicIP says whether the endpoint has a public IPv4 address
	// (associate_public_ip_address, else the subnet's
	// map_public_ip_on_launch; an aws_eip naming it). Unknown for the
	// types where the model does not work it out.
	PublicIP Bool
}
