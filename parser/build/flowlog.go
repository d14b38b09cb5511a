package build

import (
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser/resource"
)

// linkFlowLog fills an aws_flow_log (semantics §6): the VPC, subnet or ENI
// it watches, and traffic_type. It records a target the model cannot place
// in a VPC (see VPC.FlowLogsIncomplete).
func (b *builder) linkFlowLog(in *resource.Instance, l *model.FlowLog) {
	f := instanceFields(in)
	l.VPC = b.vpcOf(f.get("vpc_id"))
	l.Subnet = b.subnetOf(f.get("subnet_id"))
	if v := f.get("eni_id"); !isUnset(v) {
		l.ENI = b.idString(v)
	}
	l.TrafficType = stringOr(f.get("traffic_type"), "")
	// A log on a network interface, or on a VPC or subnet the build cannot
	// resolve, may watch any VPC of the configuration.
	if !isUnset(f.get("eni_id")) || l.VPC == nil && b.unresolved(f.get("vpc_id")) ||
		l.Subnet == nil && b.unresolved(f.get("subnet_id")) {
		b.use.unresolvedFlowLog = true
	}
}
