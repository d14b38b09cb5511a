package rules

import (
	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// ChangeSGReplace reports a security group that the plan destroys before
// re-creating it while something uses it.
var ChangeSGReplace = &lint.Rule{
	ID:               "change-sg-replace",
	Severity:         lint.Warning,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Planned change destroys an attached security group before re-creating it",
		Why: `Changing a security group's name, description or VPC forces Terraform to replace it, and by
default it destroys the old group first. AWS refuses to delete a group that a network
interface still uses (DependencyViolation), and Terraform only moves the instances, load
balancers or interfaces to the new group after creating it, which comes after the delete.
So the apply hangs, retrying the delete until the provider's timeout, and then fails with
the change half done; if someone detaches the group by hand meanwhile, its users run with no
group (or only their others) until the new one is attached.

The rule reports a group that the plan destroys, then re-creates, while resources that
survive the plan (updated or unchanged) use it in the prior state.`,
		Example: changeSGReplaceExample,
		Fixed:   changeSGReplaceFixed,
		HowToFix: `Add ` + "`lifecycle { create_before_destroy = true }`" + ` to the group so that the new group is
created and attached before the old one is deleted. A fixed ` + "`name`" + ` then clashes (two
groups cannot share a name in a VPC): use ` + "`name_prefix`" + ` instead.`,
		Silent: `The rule needs a plan with a prior state; on configuration alone it has nothing to compare.
It stays silent when the replacement is create-before-destroy, when nothing in the prior state
that the configuration manages uses the group (users outside the configuration are not
seen), and when every user is itself destroyed by the plan, since Terraform destroys them
first.`,
		References: []string{
			"https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#create_before_destroy",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group",
			"https://github.com/hashicorp/terraform/issues/3341",
		},
	},
	Run: runChangeSGReplace,
}

// The doc example is the configuration of the fixtures
// testdata/rules/change-sg-replace/{fires,silent}_doc_example, whose plans
// were made against a state where the group is called "web" and a network
// interface uses it.
const (
	changeSGReplaceExample = `# In the current state, the group is called "web" and the interface uses
# it. Renaming it forces a replacement, destroy first.
resource "aws_security_group" "web" {
  name   = "web-frontend"
  vpc_id = "vpc-0a1b2c3d4e5f60789"
}

resource "aws_network_interface" "web" {
  subnet_id       = "subnet-0a1b2c3d4e5f60789"
  security_groups = [aws_security_group.web.id]
}`
	changeSGReplaceFixed = `# The new group is created and attached before the old one is deleted;
# name_prefix lets both exist at once.
resource "aws_security_group" "web" {
  name_prefix = "web-frontend-"
  vpc_id      = "vpc-0a1b2c3d4e5f60789"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_network_interface" "web" {
  subnet_id       = "subnet-0a1b2c3d4e5f60789"
  security_groups = [aws_security_group.web.id]
}`
)

func runChangeSGReplace(pass *lint.Pass) error {
	for _, p := range changePlans(pass.Network) {
		for _, g := range p.before.SecurityGroups {
			if p.action(g.Address) != model.ChangeReplace || g.MaybeAbsent {
				continue
			}
			var users []string
			for _, u := range g.UsedBy {
				if !u.MaybeAbsent && !p.action(u.Address).Deletes() {
					users = append(users, u.Address)
				}
			}
			if len(users) == 0 {
				continue
			}
			pass.Reportf(p.at(g.Address, g), "security group %s is destroyed, then re-created, while %s %s it: AWS refuses to "+
				"delete a group in use, so the apply waits for the delete to time out and fails half done. Add "+
				"lifecycle { create_before_destroy = true } (with name_prefix instead of name) so the new group is attached first",
				g.Address, changeNames(users), changePlural("uses", "use", len(users)))
		}
	}
	return nil
}
