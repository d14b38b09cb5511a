package rules

import (
	"errors"
	"fmt"
	"strings"

	"github.com/vpclint/vpclint/lint"
)

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
		Parse:   parseNATUntaggedTags,
	}},
	Run: runNATUntagged,
}

// parseNATUntaggedTags accepts a non-empty list of distinct, non-empty tag
// keys.
func parseNATUntaggedTags(v any) (any, error) {
	keys, ok := v.([]string)
	if !ok {
		return nil, errors.New("want a list of tag keys, e.g. [\"Owner\", \"Purpose\"]")
	}
	if len(keys) == 0 {
		return nil, errors.New("want at least one tag key (disable the rule instead)")
	}
	seen := map[string]bool{}
	for _, k := range keys {
		switch {
		case strings.TrimSpace(k) == "":
			return nil, errors.New("a tag key is empty")
		case seen[k]:
			return nil, fmt.Errorf("tag key %q is listed twice", k)
		}
		seen[k] = true
	}
	return keys, nil
}

func runNATUntagged(pass *lint.Pass) error {
	required := pass.Option("tags").([]string)
	for _, nat := range pass.Network.NATGateways {
		if !nat.Tags.Known {
			continue
		}
		var missing, empty []string
		for _, key := range required {
			v, ok := nat.Tags.Values[key]
			switch {
			case !ok:
				missing = append(missing, key)
			case v.Known && strings.TrimSpace(v.Value) == "":
				empty = append(empty, key)
			}
		}
		if len(missing)+len(empty) == 0 {
			continue
		}
		pass.Reportf(nat, "NAT gateway %s %s; set %s in its tags or in default_tags of the provider configuration "+
			"it uses (either counts)", nat.Address, natUntaggedProblem(missing, empty),
			natUntaggedPlural("it", "them", len(missing)+len(empty)))
	}
	return nil
}

// natUntaggedProblem says which required keys are missing and which are
// empty.
func natUntaggedProblem(missing, empty []string) string {
	var parts []string
	if len(missing) > 0 {
		parts = append(parts, "lacks required "+natUntaggedPlural("tag", "tags", len(missing))+" "+strings.Join(missing, ", "))
	}
	if len(empty) > 0 {
		parts = append(parts, "has "+natUntaggedPlural("an empty required tag", "empty required tags", len(empty))+" "+strings.Join(empty, ", "))
	}
	return strings.Join(parts, " and ")
}

// natUntaggedPlural picks the singular or plural wording for n items.
func natUntaggedPlural(one, many string, n int) string {
	if n == 1 {
		return one
	}
	return many
}
