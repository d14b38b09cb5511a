package rules

import (
	"slices"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// SGEmptyEgress reports a security group that ends up with no egress rule
// at all.
var SGEmptyEgress = &lint.Rule{
	ID:               "sg-empty-egress",
	Severity:         lint.Error,
	SecuritySeverity: 4.0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Security group with no egress rule at all",
		Why: `AWS gives a new security group an allow-all egress rule, but the Terraform AWS provider
revokes it right after creating the group. A group whose configuration adds no egress
rule anywhere therefore has none: every instance, task or function that uses it can
accept connections but cannot open any, so DNS lookups to resolvers outside the VPC,
package mirrors, AWS APIs, the SSM agent and calls to databases or other services all
time out. Egress is counted from every source together: inline ` + "`egress`" + ` blocks, the
attribute form (` + "`egress = []`" + ` removes every rule), ` + "`aws_security_group_rule`" + ` with
` + "`type = \"egress\"`" + `, and ` + "`aws_vpc_security_group_egress_rule`" + `.

The rules of every group attached to a network interface are combined, so a group without
egress is harmless next to another group that allows it (a "base" group every instance
gets), and a group used only by things that never open connections (interface VPC
endpoints, databases) needs none. When the configuration shows the resources that use the
group, the rule reports it only if one of them gets no egress from any of its groups, and
names that resource. When it shows none (a group for other configurations to use), the
group is reported.

An ` + "`aws_default_security_group`" + ` deletes the default group's rules on adoption and keeps only
what the configuration lists. With neither ingress nor egress that is the CIS "lock down
the default security group" pattern and is not reported; with ingress but no egress it is
reported, since the group still admits traffic its members cannot answer with new
connections.

A static linter sees the configuration, not the state: removing the last ` + "`egress`" + ` block
from a group that already exists leaves the old rule in AWS until the group is replaced,
but the configuration is still wrong, and the next group built from it has no egress.`,
		Example: `resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/8"]
  }
}`,
		Fixed: `resource "aws_security_group" "app" {
  name   = "app"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["10.0.0.0/8"]
  }

  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
		HowToFix: `Add the egress the workload needs, to this group or to another group that its
resources also use: an ` + "`egress`" + ` block (all protocols to ` + "`0.0.0.0/0`" + ` restores AWS's
default; narrower rules are better where the destinations are known), or an
` + "`aws_vpc_security_group_egress_rule`" + ` resource. Do not mix inline rules with rule resources
on the same group.`,
		Silent: `The rule stays silent for a group when:

- an egress rule of the group may exist: a dynamic ` + "`egress`" + ` block over an unknown
  collection, an unknown attribute-form list, or a rule resource whose ` + "`count`" + ` or
  ` + "`for_each`" + ` is unknown;
- some egress rule resource has a ` + "`security_group_id`" + ` that cannot be resolved (a
  variable without a value, a data source): it might belong to the group;
- it is an ` + "`aws_default_security_group`" + ` without ingress rules either, or whose ingress
  rules may all be absent;
- every resource of the configuration that uses the group also uses another group that
  has (or may have) an egress rule, or only accepts connections: interface VPC endpoints
  (` + "`aws_vpc_endpoint`" + `), EFS mount targets, RDS instances and clusters, ElastiCache
  clusters and replication groups. Replies to the connections these accept need no egress
  rule, because security groups are stateful. (Aurora features that call out, such as
  invoking Lambda or loading from S3, do need egress; add it then.)
- a resource's arguments name the group in an expression whose value is unknown (a
  conditional on a variable without a value): what uses the group is not fully known;
- no resource of the configuration that uses the group is stranded, and a root module
  output exports the group's id, or it is passed to a module that is not installed
  (a registry or git module before ` + "`terraform init`" + `): the group is then used elsewhere, typically as one of
  several groups on an instance ("role" groups that only add ingress), and whether those
  instances have egress cannot be seen from here.

An egress rule counts whatever it allows: a rule that allows only tcp port 0 is not
reported here. A group whose own ` + "`count`" + ` or ` + "`for_each`" + ` is unknown is still reported,
because every instance of it would lack egress.`,
		References: []string{
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/default_security_group",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/vpc_security_group_egress_rule",
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html",
		},
	},
	Run: runSGEmptyEgress,
}

func runSGEmptyEgress(pass *lint.Pass) error {
	groupsOf := sgEmptyEgressGroupsOf(pass.Network)
	for _, g := range pass.Network.SecurityGroups {
		if sgEmptyEgressHasEgress(g) || (g.Default && !sgEmptyEgressHasIngress(g)) {
			continue
		}
		user, report := sgEmptyEgressStranded(g, groupsOf)
		if !report {
			continue
		}
		who := "anything that uses it without another group allowing egress"
		if user != nil {
			who = user.Address + ", which uses no other group with egress,"
		}
		if g.Default {
			pass.Reportf(g, "default security group %s allows ingress but has no egress rule: adopting the group deletes "+
				"AWS's allow-all egress, so %s can open no outbound connection; add an egress block, or remove the "+
				"ingress rules too to lock the default group down completely", g.Address, who)
			continue
		}
		pass.Reportf(g, "security group %s has no egress rule, so %s can open no outbound connection (DNS to resolvers "+
			"outside the VPC, package mirrors, AWS APIs, the SSM agent): the provider revokes AWS's default allow-all "+
			"egress when it creates the group; add an egress block (e.g. protocol \"-1\" to 0.0.0.0/0, or narrower) or an "+
			"aws_vpc_security_group_egress_rule", g.Address, who)
	}
	return nil
}

// sgEmptyEgressAcceptOnly are the resource types whose network interfaces
// only accept connections, so that a group attached to nothing else needs
// no egress rule: interface VPC endpoints, EFS mount targets, and the
// managed databases and caches (their replication does not pass the
// customer's security groups).
var sgEmptyEgressAcceptOnly = map[string]bool{
	"aws_vpc_endpoint":                  true,
	"aws_efs_mount_target":              true,
	"aws_db_instance":                   true,
	"aws_rds_cluster":                   true,
	"aws_elasticache_cluster":           true,
	"aws_elasticache_replication_group": true,
}

// sgEmptyEgressGroupsOf maps the address of every resource that uses a
// group to the groups it uses.
func sgEmptyEgressGroupsOf(net *model.Network) map[string][]*model.SecurityGroup {
	out := map[string][]*model.SecurityGroup{}
	for _, g := range net.SecurityGroups {
		for _, u := range g.UsedBy {
			out[u.Address] = append(out[u.Address], g)
		}
	}
	return out
}

// sgEmptyEgressStranded decides whether g, which has no egress rule, is to
// be reported, and names a user that gets no egress from any group (nil
// when no user of g is known, which is reported too). A user that only
// accepts connections, or that also uses a group with egress, is fine; a
// root module output (user type "output") or a module that was not loaded
// (type "module") hands the group to users that cannot be seen, so it is
// not reported for them.
func sgEmptyEgressStranded(g *model.SecurityGroup, groupsOf map[string][]*model.SecurityGroup) (*model.Resource, bool) {
	if len(g.MaybeUsedBy) > 0 {
		return nil, false // what uses the group is not fully known
	}
	if len(g.UsedBy) == 0 {
		return nil, true
	}
	for _, u := range g.UsedBy {
		if u.Type != "output" && u.Type != "module" && !sgEmptyEgressAcceptOnly[u.Type] &&
			!slices.ContainsFunc(groupsOf[u.Address], sgEmptyEgressHasEgress) {
			return u, true
		}
	}
	return nil, false // every user is fine, or the group is exported for unseen users
}

// sgEmptyEgressHasEgress reports whether g has or may have an egress rule.
func sgEmptyEgressHasEgress(g *model.SecurityGroup) bool {
	return g.Incomplete[model.Egress] || len(g.RulesIn(model.Egress)) > 0
}

// sgEmptyEgressHasIngress reports whether g certainly has an ingress rule.
func sgEmptyEgressHasIngress(g *model.SecurityGroup) bool {
	for _, r := range g.RulesIn(model.Ingress) {
		if !r.MaybeAbsent {
			return true
		}
	}
	return false
}
