package rules

import "github.com/vpclint/vpclint/lint"

// NATUntagged reports a NAT gateway without the required tags.
var NATUntagged = &lint.Rule{
	ID:               "nat-untagged",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"cost", "maintainability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "NAT gateway without the required tags",
		Why: `A NAT gateway costs about $0.045 an hour plus $0.045 per GB it processes (us-east-1, 2026),
whether or not anything still uses it, and it is one of the largest lines of a typical VPC
bill. Without an owner and a purpose on it, nobody can tell who to ask before deleting an
idle one, or which team's traffic the data-processing charge belongs to.

The effective tags are the provider configuration's ` + "`default_tags`" + ` merged with the
resource's ` + "`tags`" + `, so a tag set in either place counts. The provider configuration is
the one the resource really uses: its ` + "`provider`" + ` argument, else the module's own provider
block, else the one passed in the module call's ` + "`providers`" + `, else the inherited default.`,
		Example: `provider "aws" {
  region = "us-east-1"
}

resource "aws_nat_gateway" "egress" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"

  tags = {
    Owner = "network-team"
  }
}`,
		Fixed: `provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      Owner = "platform-team"
    }
  }
}

resource "aws_nat_gateway" "egress" {
  allocation_id = "eipalloc-0123456789abcdef0"
  subnet_id     = "subnet-0123456789abcdef0"

  tags = {
    Owner   = "network-team"
    Purpose = "egress for the private subnets"
  }
}`,
		HowToFix: `Add the missing keys with a non-empty value to the gateway's ` + "`tags`" + `, or to
` + "`default_tags`" + ` of the provider configuration the gateway uses. The required keys are set
with the ` + "`tags`" + ` option.`,
		Silent: `The rule stays silent when the gateway's tags or its provider's ` + "`default_tags`" + ` are
unknown (a variable without a value, a data source, a ` + "`merge`" + ` over one). A required key
whose value is unknown counts as present. A key set to the empty string counts as missing,
and the message says it is empty. Keys that the provider's ` + "`ignore_tags`" + ` hides are not
treated specially: list them in the ` + "`tags`" + ` option only if Terraform sets them.`,
		References: []string{
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/nat_gateway",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs#default_tags-configuration-block",
			"https://aws.amazon.com/vpc/pricing/",
		},
	},
	Options: []lint.Option{{
		Name:    "tags",
		Doc:     "The tag keys every NAT gateway must have, with a non-empty value.",
		Default: []string{"Owner", "Purpose"},
		Parse:   parseRequiredTags,
	}},
	Run: runNATUntagged,
}

func runNATUntagged(pass *lint.Pass) error {
	required := pass.Option("tags").([]string)
	for _, nat := range pass.Network.NATGateways {
		reportUntagged(pass, nat, "NAT gateway", nat.Tags, required)
	}
	return nil
}
