package rules

import "github.com/vpclint/vpclint/lint"

// NetworkUntagged reports a network resource without the required tags.
var NetworkUntagged = &lint.Rule{
	ID:               "network-untagged",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"maintainability", "cost"},
	Since:            "0.1.0",
	DefaultOff:       true,
	Doc: lint.Doc{
		Summary: "Network resource without the required tags",
		Why: `Tags are how a team finds out who owns a VPC, subnet, security group, network ACL, route
table, peering connection, NAT gateway or Direct Connect virtual interface, and what it is
for, before changing or deleting it during an incident or a clean-up. Untagged network
objects pile up: nobody dares delete a security group or a peering connection that might
still carry production traffic, and cost reports cannot attribute NAT gateway and data
transfer charges to a team.

This is ` + "`nat-untagged`" + ` for every network resource type vpclint models, with its own ` + "`tags`" + `
option. It is off by default, because tagging policies differ between organisations: enable
it in ` + "`.vpclint.hcl`" + ` and list the keys your policy requires. When both rules are enabled a
NAT gateway is checked by each; disable ` + "`nat-untagged`" + ` if the lists are the same.

The effective tags are the provider configuration's ` + "`default_tags`" + ` merged with the
resource's ` + "`tags`" + `, so a tag set in either place counts. The provider configuration is
the one the resource really uses: its ` + "`provider`" + ` argument, else the module's own provider
block, else the one passed in the module call's ` + "`providers`" + `, else the inherited default.`,
		Example: `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"

  tags = {
    Owner = "network-team"
  }
}`,
		Fixed: `provider "aws" {
  region = "us-east-1"

  default_tags {
    tags = {
      Owner = "network-team"
    }
  }
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"

  tags = {
    Purpose = "production workloads"
  }
}`,
		HowToFix: `Add the missing keys with a non-empty value to the resource's ` + "`tags`" + `, or, better, to
` + "`default_tags`" + ` of the provider configuration it uses, which tags every resource at once.
The required keys are set with the ` + "`tags`" + ` option.`,
		Silent: `The rule stays silent when a resource's tags or its provider's ` + "`default_tags`" + ` are unknown
(a variable without a value, a data source, a ` + "`merge`" + ` over one). A required key whose value
is unknown counts as present. A key set to the empty string counts as missing, and the
message says it is empty. Resources the model does not hold (flow logs, rule resources,
associations, Internet gateways, endpoints) are not checked.`,
		References: []string{
			"https://docs.aws.amazon.com/tag-editor/latest/userguide/best-practices-and-strats.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs#default_tags-configuration-block",
		},
	},
	Options: []lint.Option{{
		Name:    "tags",
		Doc:     "The tag keys every network resource must have, with a non-empty value.",
		Default: []string{"Owner", "Purpose"},
		Parse:   parseRequiredTags,
	}},
	Run: runNetworkUntagged,
}

func runNetworkUntagged(pass *lint.Pass) error {
	required := pass.Option("tags").([]string)
	net := pass.Network
	for _, v := range net.VPCs {
		reportUntagged(pass, v, "VPC", v.Tags, required)
	}
	for _, s := range net.Subnets {
		reportUntagged(pass, s, "subnet", s.Tags, required)
	}
	for _, g := range net.SecurityGroups {
		reportUntagged(pass, g, "security group", g.Tags, required)
	}
	for _, n := range net.NACLs {
		reportUntagged(pass, n, "network ACL", n.Tags, required)
	}
	for _, t := range net.RouteTables {
		reportUntagged(pass, t, "route table", t.Tags, required)
	}
	for _, p := range net.Peerings {
		reportUntagged(pass, p, "VPC peering connection", p.Tags, required)
	}
	for _, n := range net.NATGateways {
		reportUntagged(pass, n, "NAT gateway", n.Tags, required)
	}
	for _, v := range net.DXVirtualInterfaces {
		reportUntagged(pass, v, "Direct Connect "+v.Kind+" virtual interface", v.Tags, required)
	}
	return nil
}
