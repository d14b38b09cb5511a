package rules

import "github.com/vpclint/vpclint/lint"

// NetworkInvalidValue reports values of network resources that AWS or the
// provider rejects, or that do not mean what they seem to.
var NetworkInvalidValue = &lint.Rule{
	ID:               "network-invalid-value",
	Severity:         lint.Error,
	SecuritySeverity: 3.0,
	Tags:             []string{"correctness"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Network resource value that AWS or the provider rejects",
		Why: `Some values pass ` + "`terraform plan`" + ` and fail only at apply, half-way through a change,
or are not silently repaired the way a reader expects: a CIDR with host bits set
(` + "`10.0.0.1/8`" + `), a NACL protocol keyword the provider does not accept (` + "`\"TCP\"`" + `,
` + "`\"icmpv6\"`" + `, where NACLs want ` + "`\"tcp\"`" + ` and ` + "`\"ipv6-icmp\"`" + `), a NACL rule number outside
1-32766. vpclint also refuses to guess what such a value means, so the other rules skip
the affected rule; this rule says why.`,
		Example: `resource "aws_network_acl_rule" "https_in" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.1/8"
  from_port      = 443
  to_port        = 443
}`,
		Fixed: `resource "aws_network_acl_rule" "https_in" {
  network_acl_id = "acl-0123456789abcdef0"
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
  from_port      = 443
  to_port        = 443
}`,
		HowToFix: `Write the value the message suggests: the network address of the CIDR (host bits zero),
a protocol keyword or number from the provider's table, a rule number in range.`,
		Silent: `Only values that are known are checked: a value from a variable without a default or from
a data source is not.`,
		References: []string{
			"https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateNetworkAclEntry.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl_rule",
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html",
		},
	},
	Run: runNetworkInvalidValue,
}

func runNetworkInvalidValue(pass *lint.Pass) error {
	for _, p := range pass.Network.Problems {
		pass.Reportf(p.Location, "%s", p.Message)
	}
	return nil
}
