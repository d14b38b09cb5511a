package report

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/vpclint/vpclint/lint"
)

// baseDir is the made-up folder the fixture files are reported under, so
// the goldens do not depend on where the repository is checked out.
const baseDir = "/work/project"

// Hand-made rule descriptors, so that editing a real rule's doc does not
// churn the goldens.
var (
	ruleSGEmptyEgress = &lint.Rule{
		ID: "sg-empty-egress", Severity: lint.Warning, SecuritySeverity: 5, Tags: []string{"reliability"}, Since: "0.1.0",
		Doc: lint.Doc{
			Summary:  "A security group with no egress rule at all",
			Why:      "Every connection started from the group's instances is dropped.",
			Example:  "resource \"aws_security_group\" \"a\" {\n  egress = []\n}\n",
			Fixed:    "resource \"aws_security_group\" \"a\" {\n  egress {\n    protocol = \"-1\"\n  }\n}\n",
			HowToFix: "Add the `egress` rules the instances need.",
			Silent:   "When `egress` comes from a `dynamic` block with an unknown `for_each`.",
			References: []string{
				"https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
			},
		},
	}
	ruleNACLEphemeralGap = &lint.Rule{
		ID: "nacl-ephemeral-gap", Severity: lint.Error, SecuritySeverity: 7.5, Tags: []string{"reliability", "security"}, Since: "0.1.0",
		Doc: lint.Doc{Summary: "A network ACL that denies the return traffic of a connection it allows", Why: "Connections hang."},
	}
	ruleNACLRuleShadowed = &lint.Rule{
		ID: "nacl-rule-shadowed", Severity: lint.Warning, SecuritySeverity: 3.25, Tags: []string{"maintainability"}, Since: "0.1.0",
		Doc: lint.Doc{Summary: "A network ACL rule that can never match", Why: "It does nothing; the intent it records is wrong."},
	}
	ruleNATUntagged = &lint.Rule{
		ID: "nat-untagged", Severity: lint.Note, Tags: []string{"cost"}, Since: "0.2.0",
		Doc:     lint.Doc{Summary: "A NAT gateway without the required tags", Why: "Nobody knows who pays for it."},
		Options: []lint.Option{{Name: "tags", Doc: "The tag keys a NAT gateway must have.", Default: []string{"Owner", "Purpose"}}},
	}
	rulePeeringCIDROverlap = &lint.Rule{
		ID: "peering-cidr-overlap", Severity: lint.Error, SecuritySeverity: 6, Tags: []string{"reliability"}, Since: "0.1.0",
		Doc: lint.Doc{Summary: "A peering connection between VPCs whose CIDR blocks overlap", Why: "AWS refuses it."},
	}
	ruleFlowlogDisabled = &lint.Rule{
		ID: "flowlog-disabled", Severity: lint.Note, DefaultOff: true, Since: "0.3.0",
		Doc: lint.Doc{Summary: "A VPC without flow logs", Why: "Nobody can tell afterwards what was dropped."},
	}
	allRules = []*lint.Rule{
		ruleFlowlogDisabled, ruleNACLEphemeralGap, ruleNACLRuleShadowed,
		ruleNATUntagged, rulePeeringCIDROverlap, ruleSGEmptyEgress,
	}
)

// fixture is the fixture files under testdata/src, keyed by their made-up
// absolute names under baseDir, and parsed.
type fixture struct {
	sources map[string][]byte
	bodies  map[string]*hclsyntax.Body // by path relative to testdata/src
}

func loadFixture(t *testing.T) fixture {
	t.Helper()
	fx := fixture{sources: map[string][]byte{}, bodies: map[string]*hclsyntax.Body{}}
	for _, rel := range []string{"main.tf", "modules/net/nat gateway.tf"} {
		src, err := os.ReadFile(filepath.Join("testdata", "src", filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		fx.add(t, rel, src)
	}
	return fx
}

// add parses src as the fixture file rel.
func (fx fixture) add(t *testing.T, rel string, src []byte) {
	t.Helper()
	name := baseDir + "/" + rel
	f, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	fx.sources[name] = src
	fx.bodies[rel] = f.Body.(*hclsyntax.Body)
}

// resource returns the resource block of the given type and name in file.
func (fx fixture) resource(t *testing.T, file, typ, name string) *hclsyntax.Block {
	t.Helper()
	for _, b := range fx.bodies[file].Blocks {
		if b.Type == "resource" && slices.Equal(b.Labels, []string{typ, name}) {
			return b
		}
	}
	t.Fatalf("%s: no resource %s.%s", file, typ, name)
	return nil
}
