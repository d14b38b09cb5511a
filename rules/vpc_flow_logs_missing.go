package rules

import (
	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// VPCFlowLogsMissing reports a VPC without flow logs.
var VPCFlowLogsMissing = &lint.Rule{
	ID:               "vpc-flow-logs-missing",
	Severity:         lint.Warning,
	SecuritySeverity: 4.0,
	Tags:             []string{"security"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "VPC without flow logs",
		Why: `Flow logs are the only record of which connections a VPC accepted and rejected: source and
destination addresses and ports, bytes, and the security group or network ACL decision.
Without them, the next incident (a compromised instance talking to an unknown address, data
leaving through a NAT gateway, a peer scanning the network) has no evidence, and a
connectivity problem cannot be told apart from a rejection. Logs cannot be recovered after
the fact: they exist only from the moment the flow log is created. The CIS AWS Foundations
Benchmark and AWS Security Hub control EC2.6 require flow logging in every VPC.

A VPC counts as logged when an ` + "`aws_flow_log`" + ` names it in ` + "`vpc_id`" + `, or when each of its
subnets has a flow log of its own (` + "`subnet_id`" + `). The default VPC (` + "`aws_default_vpc`" + `) is
checked too: anything launched without a subnet choice lands there, so it needs logs as
much as any other VPC.`,
		Example: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}`,
		Fixed: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "vpc-flow-logs"
  retention_in_days = 90
}

resource "aws_flow_log" "main" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = "arn:aws:iam::123456789012:role/vpc-flow-logs"
}`,
		HowToFix: `Add an ` + "`aws_flow_log`" + ` with ` + "`vpc_id`" + ` set to the VPC and ` + "`traffic_type = \"ALL\"`" + `, delivering
to CloudWatch Logs (with ` + "`iam_role_arn`" + `), S3 or Kinesis Data Firehose
(` + "`log_destination_type`" + ` and ` + "`log_destination`" + `). With terraform-aws-modules/vpc, set
` + "`enable_flow_log = true`" + `. A VPC-level log covers subnets added later; per-subnet logs do
not.`,
		Silent: `The rule stays silent for every VPC of a configuration in which an ` + "`aws_flow_log`" + ` names a
VPC or subnet that cannot be resolved (an unknown value, a data source) or a network
interface (` + "`eni_id`" + `), since that log may watch the VPC. A flow log whose ` + "`count`" + ` or
` + "`for_each`" + ` is unknown counts as present. It is silent for a VPC whose own ` + "`count`" + ` or
` + "`for_each`" + ` is unknown, and for a VPC whose id is handed to a module vpclint did not load,
which may create the flow log. When every subnet of the VPC has its own flow log except
subnets whose ` + "`count`" + ` or ` + "`for_each`" + ` is unknown, it stays silent too. Flow logs created
by another configuration or outside Terraform cannot be seen: suppress the finding with a
reason that names them.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
			"https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/flow_log",
		},
	},
	Run: runVPCFlowLogsMissing,
}

func runVPCFlowLogsMissing(pass *lint.Pass) error {
	logged := map[*model.VPC]bool{}
	loggedSubnet := map[*model.Subnet]bool{}
	for _, l := range pass.Network.FlowLogs {
		if l.VPC != nil {
			logged[l.VPC] = true
		}
		if l.Subnet != nil {
			loggedSubnet[l.Subnet] = true
		}
	}
	subnetsOf := groupBy(pass.Network.Subnets, func(s *model.Subnet) *model.VPC { return s.VPC })
	for _, v := range pass.Network.VPCs {
		if v.MaybeAbsent || v.FlowLogsIncomplete || logged[v] || vpcFlowLogsMissingHandedToModule(v) {
			continue
		}
		var unlogged, withLogs []string
		maybeOnly := true
		for _, s := range subnetsOf[v] {
			switch {
			case loggedSubnet[s]:
				withLogs = append(withLogs, s.Address)
			case !s.MaybeAbsent:
				maybeOnly = false
				unlogged = append(unlogged, s.Address)
			}
		}
		if len(withLogs) > 0 && maybeOnly {
			continue // every subnet that surely exists is logged
		}
		kind := "VPC"
		if v.Default {
			kind = "default VPC"
		}
		if len(withLogs) == 0 {
			pass.Reportf(v, "%s %s has no flow log (no aws_flow_log names it in vpc_id or any of its subnets in "+
				"subnet_id), so there is no record of the connections it accepts and rejects when an incident needs "+
				"investigating; add an aws_flow_log with vpc_id = %s.id and traffic_type = \"ALL\"",
				kind, v.Address, v.Address)
			continue
		}
		pass.Reportf(v, "%s %s has no VPC-level flow log and %s %s %s no flow log of %s own (only %s %s), so their "+
			"connections leave no record for an incident investigation; add an aws_flow_log with vpc_id = %s.id "+
			"and traffic_type = \"ALL\"", kind, v.Address, plural("subnet", "subnets", len(unlogged)),
			joinUpTo(unlogged, 4), plural("has", "have", len(unlogged)), plural("its", "their", len(unlogged)),
			joinUpTo(withLogs, 4), plural("is logged", "are logged", len(withLogs)), v.Address)
	}
	return nil
}

// vpcFlowLogsMissingHandedToModule reports whether the VPC's id is given to
// a module vpclint did not load, which may create its flow log.
func vpcFlowLogsMissingHandedToModule(v *model.VPC) bool {
	for _, r := range v.ExportedBy {
		if r.Type == "module" {
			return true
		}
	}
	return false
}
