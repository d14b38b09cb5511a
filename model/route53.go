package model

// HostedZone is an aws_route53_zone. A zone with associated VPCs is a
// private hosted zone: only those VPCs resolve its names.
type HostedZone struct {
	Resource
	// Name is the zone's domain name.
	Name String
	// VPCs are the VPCs of the model the zone is certainly associated
	// with: its vpc {} blocks and aws_route53_zone_association resources,
	// without duplicates, in source order.
	VPCs []*VPC
	// Incomplete is true when the zone may be associated with a VPC the
	// model cannot name: a vpc {} block or association whose vpc_id is
	// unknown, a dynamic vpc block over an unknown collection, an
	// association that may not exist (unknown count), or an association of
	// the configuration whose zone_id is not resolved.
	Incomplete bool
}
