package rules

import (
	"fmt"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/reach"
)

// ReachAssertion reports a reachability assertion of the config file that
// the configuration breaks: a required connection that is blocked, or a
// forbidden one that gets through.
var ReachAssertion = &lint.Rule{
	ID:               "reach-assertion",
	Severity:         lint.Error,
	SecuritySeverity: 7.0,
	Tags:             []string{"reliability", "security"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "A connection the config file requires is blocked, or one it forbids gets through",
		Why: `Some connections are contracts: the data warehouse must stay reachable from the office over
the VPN, the public subnets must never reach the database. They break in a pull request
that looks unrelated (a network ACL rule renumbered, a route table replaced, a security group
narrowed or opened for another service), and the first sign is an outage or an audit finding
after apply.

A ` + "`reach`" + ` block in ` + "`.vpclint.hcl`" + ` states such a contract, and every lint run checks it with
the same path analysis as ` + "`vpclint reach`" + `: security groups, network ACLs both ways, route
tables, peering, transit gateways, VPN connections, NAT and internet gateways.

` + "```hcl" + `
reach "office-to-db" {
  from     = "10.20.0.0/16"          # an address, CIDR or Terraform address
  to       = "aws_db_instance.main"
  port     = 5432
  protocol = "tcp"                   # tcp (default), udp or icmp
  expect   = "reachable"             # reachable (default) or blocked
}
` + "```" + `

A required connection that is blocked is reported at the component that blocks it (the
network ACL rule, the route table, the security group), with the fix. A forbidden connection
that gets through is reported at the security group rule that lets it through (the
destination's ingress rule, else the source's egress rule; a network ACL rule when neither
end has security groups), with the path it takes.`,
		Example: `# .vpclint.hcl requires:
#   reach "app-to-db" {
#     from = "aws_instance.app"
#     to   = "aws_instance.db"
#     port = 5432
#   }
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "db" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_security_group" "app" {
  vpc_id = aws_vpc.main.id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.3.0/24"] # the old app subnet
  }
}

resource "aws_instance" "app" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.app.id
  vpc_security_group_ids = [aws_security_group.app.id]
}

resource "aws_instance" "db" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.db.id
  vpc_security_group_ids = [aws_security_group.db.id]
}`,
		Fixed: `# .vpclint.hcl requires:
#   reach "app-to-db" {
#     from = "aws_instance.app"
#     to   = "aws_instance.db"
#     port = 5432
#   }
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "app" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "db" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.2.0/24"
}

resource "aws_security_group" "app" {
  vpc_id = aws_vpc.main.id
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
}

resource "aws_instance" "app" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.app.id
  vpc_security_group_ids = [aws_security_group.app.id]
}

resource "aws_instance" "db" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.db.id
  vpc_security_group_ids = [aws_security_group.db.id]
}`,
		HowToFix: `For a required connection, change the component the finding points at as its message says
(an allow rule before the deny, a route, a security group rule), or, when the connection
is no longer needed, remove the ` + "`reach`" + ` block. For a forbidden connection, remove or
narrow the rule the finding points at, or deny the traffic at another component on the path
the message names. ` + "`vpclint reach --from … --to … --port …`" + ` prints the whole path.`,
		Silent: `The rule stays silent when a value on the path is not known before apply (an unresolved
reference, a rule whose count is unknown, a route table the configuration does not show):
it never guesses whether the connection gets through; ` + "`vpclint reach`" + ` names the
unknown value.

An assertion is checked only where its ends are: an end that is in none of the analysed
modules (a run over some modules only, as a pre-commit hook does) skips the assertion. When
the run covers the config file's whole folder and every module loaded, such an assertion is
a config error (exit 2) instead, so a misspelt address cannot pass unnoticed. All root modules of a run form one
network: an address declared in several root modules (identical ` + "`dev`" + ` and ` + "`prod`" + `
stacks) does not say which one is meant, so the assertion is skipped with a warning on
stderr; lint each root module on its own to check it in each.

An end that may sit in several subnets (a database's subnet group, a load balancer) is
checked in each: a required connection blocked in any of them is reported, and a forbidden
one is reported when it gets through in all of them (the analysis gives one answer per
query, the blocked one first).`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html",
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
			"https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html",
			"https://docs.aws.amazon.com/vpc/latest/reachability/what-is-reachability-analyzer.html",
		},
	},
	Options: []lint.Option{{
		Name: "assertions",
		Doc: "The connections to check, each an object with `name`, `from`, `to`, `port`, `protocol` and " +
			"`expect`. Usually written as top-level `reach \"<name>\" { … }` blocks of `.vpclint.hcl`, which set this option.",
		Default: []ReachAssertionSpec{},
		Parse:   parseReachAssertions,
	}},
	Run: runReachAssertion,
}

func runReachAssertion(pass *lint.Pass) error {
	for _, a := range pass.Option("assertions").([]ReachAssertionSpec) {
		// An assertion that cannot be checked here (an end outside the
		// analysed modules, an ambiguous one) is the command's to report.
		v, err := a.Check(pass.Network)
		if err != nil {
			continue
		}
		switch {
		case a.Expect == reach.Reachable && v.Outcome == reach.Blocked:
			reportReachBlocked(pass, a, v)
		case a.Expect == reach.Blocked && v.Outcome == reach.Reachable:
			reportReachOpen(pass, a, v)
		}
	}
	return nil
}

// reportReachBlocked reports a required connection at the hop that
// blocks it.
func reportReachBlocked(pass *lint.Pass, a ReachAssertionSpec, v *reach.Verdict) {
	h := v.Hops[v.Blocker]
	msg := fmt.Sprintf("reach %q requires %s, but %s %s blocks it: %s", a.Name, v.Connection(), h.What, h.Resource.Address, h.Rule)
	if h.Return {
		msg += " (on the return path)"
	}
	if v.Placement != "" {
		msg += " when " + v.Placement
	}
	if v.Fix != "" {
		msg += "; to fix it, " + v.Fix
	}
	pass.Reportf(h.Resource, "%s", msg)
}

// reportReachOpen reports a forbidden connection at the filter to narrow,
// naming the path it takes.
func reportReachOpen(pass *lint.Pass, a ReachAssertionSpec, v *reach.Verdict) {
	var request []reach.Hop // the request's way; the replies' way adds nothing to close
	var path []string
	for _, h := range v.Hops {
		if h.Return {
			break
		}
		request = append(request, h)
		if len(path) == 0 || path[len(path)-1] != h.Resource.Address {
			path = append(path, h.Resource.Address)
		}
	}
	at := reachOpenAt(request)
	if at < 0 {
		return // no component on the path: nothing to point at
	}
	h := request[at]
	var related []lint.Related
	for i, o := range request {
		if i != at {
			related = append(related, lint.Related{Message: fmt.Sprintf("%s %s: %s", o.What, o.Resource.Address, o.Rule), Range: o.Resource.Range})
		}
	}
	pass.ReportRelatedf(h.Resource, related,
		"reach %q forbids %s, but it gets through: %s %s lets it through (%s) on the path %s; to block it, narrow that rule or deny the traffic at another hop of the path",
		a.Name, v.Connection(), h.What, h.Resource.Address, h.Rule, strings.Join(path, " → "))
}

// reachOpenAt picks the hop of the request's way to report an open
// connection at: the last security group rule (the destination's ingress,
// else the source's egress), else the last network ACL rule, else the
// last hop; -1 when there is none.
func reachOpenAt(request []reach.Hop) int {
	for _, what := range []string{"security group", "network ACL"} {
		for i := len(request) - 1; i >= 0; i-- {
			if request[i].What == what {
				return i
			}
		}
	}
	return len(request) - 1
}
