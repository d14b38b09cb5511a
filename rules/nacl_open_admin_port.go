package rules

import (
	"fmt"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// NACLOpenAdminPort reports a network ACL allow rule that decides remote
// administration traffic from the whole internet.
var NACLOpenAdminPort = &lint.Rule{
	ID:               "nacl-open-admin-port",
	Severity:         lint.Error,
	SecuritySeverity: 7.5,
	Tags:             []string{"security"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Network ACL that lets remote administration ports in from the whole internet",
		Why: `SSH (22) and RDP (3389) reachable from the internet are scanned within minutes and
brute-forced around the clock. A network ACL is the subnet-wide layer in front of the
security groups: when it admits administration ports from everywhere, a single security
group mistake (an ` + "`sg-open-ingress`" + ` finding, a default group, a rule added by hand in the
console) exposes the hosts. This is CIS AWS Foundations control 5.1 ("no network ACL allows
ingress from 0.0.0.0/0 to remote server administration ports").

The rule evaluates the ACL's inbound rules as AWS does, in rule-number order with the first
match deciding, from every source (inline blocks and ` + "`aws_network_acl_rule`" + `). It reports an
allow rule whose CIDR is the whole address family (` + "`0.0.0.0/0`" + ` or ` + "`::/0`" + `) and that decides
tcp 22 or 3389 for at least some of the internet: a lower-numbered deny that takes only part
of that traffic (a blocked range) does not make the port private, and the message names the
rules that take the rest. An allow from ` + "`10.0.0.0/8`" + `, or an allow-all rule behind a deny of
tcp 22 from ` + "`0.0.0.0/0`" + `, is not reported.

A rule that names the port (tcp 22, tcp 3000-4000) opens it on purpose and is reported. A
blanket rule is not: an allow of all traffic (AWS's default ACL) or of the whole reply range
(tcp 1024-65535, which includes RDP's 3389) does not use the ACL as a port filter at all,
and leaves the ports to the security groups, which ` + "`sg-open-ingress`" + ` checks. AWS's own
guidance for the reply range is an optional deny for 3389 numbered below it.

Every ACL in the configuration is checked, whether or not the configuration associates it
with a subnet: associations may live in another configuration, and an
` + "`aws_default_network_acl`" + ` applies to every subnet of its VPC without one. The message names the
subnets the configuration shows.

Cost: quadratic in the inbound rules of one ACL, since each rule is checked against what the
rules before it decide; 40 rules take under a millisecond (BenchmarkNACLWorstCase).`,
		Example: `resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }
}`,
		Fixed: `resource "aws_network_acl" "public" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 80
    action     = "allow"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "203.0.113.0/24" # the office VPN
  }

  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 95
    action     = "deny"
    protocol   = "tcp"
    from_port  = 3389
    to_port    = 3389
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}`,
		HowToFix: `Add inbound deny rules for tcp 22 and 3389 from ` + "`0.0.0.0/0`" + ` (and ` + "`::/0`" + ` where the VPC
has IPv6) numbered below the allow rule the message names, preceded by allows for the
ranges that must keep access (a VPN or office range), or narrow the allow rule itself.
Better still, close the ports and reach instances with AWS Systems Manager Session Manager.`,
		Silent: `The rule stays silent for an ACL whose inbound rules are not all known (a dynamic block over
an unknown collection, an ` + "`aws_network_acl_rule`" + ` whose ` + "`network_acl_id`" + ` cannot be resolved),
and for an allow rule when a lower-numbered rule with an unknown value, or one whose
` + "`count`" + ` or ` + "`for_each`" + ` is unknown and that matches the same traffic, may decide it first. An
allow rule whose CIDR is narrower than the whole address family is never reported, even when
several of them together cover it. A VPC's default network ACL that no
` + "`aws_default_network_acl`" + ` manages allows everything, and is not reported: it is not in the
configuration. Egress is not checked.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html",
			"https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl",
		},
	},
	Options: []lint.Option{{
		Name:    "ports",
		Doc:     "The tcp ports that must not be open to the internet.",
		Default: []int{22, 3389},
		Parse:   parsePortList,
	}},
	Run: runNACLOpenAdminPort,
}

func runNACLOpenAdminPort(pass *lint.Pass) error {
	ports := pass.Option("ports").([]int)
	subnets := groupBy(pass.Network.Subnets, subnetNACL)
	for _, n := range pass.Network.NACLs {
		if n.Incomplete[model.Ingress] {
			continue
		}
		for _, re := range n.Evaluate(model.Ingress).Rules {
			if re.Exact && re.Rule.Action == model.Allow {
				naclOpenAdminPortCheck(pass, re, ports, subnets[n])
			}
		}
	}
	return nil
}

// naclOpenAdminPortCheck reports allow rule re when it matches one of
// ports from the whole address family of its CIDR and decides some of it;
// subnets are the subnets the configuration shows using its ACL.
func naclOpenAdminPortCheck(pass *lint.Pass, re model.RuleEval, ports []int, subnets []*model.Subnet) {
	r := re.Rule
	// A rule that names the port (tcp 22, tcp 3000-4000) opens it on
	// purpose. A blanket rule (all traffic, all tcp ports, or the reply
	// range 1024-65535) does not use the ACL as a port filter: the
	// security groups guard the ports, and sg-open-ingress checks them.
	if r.Protocol == model.ProtocolAll || !r.Protocol.HasPorts() || r.Ports.From <= 1024 && r.Ports.To == 65535 {
		return
	}
	family := model.AllIPv4
	if r.CIDR.Prefix.Addr().Is6() {
		family = model.AllIPv6
	}
	var open []int
	var wanted, decided model.Traffic
	for _, p := range ports {
		whole := model.Match(model.ProtocolTCP, model.PortRange{From: p, To: p}, family)
		if !re.Match.Contains(whole) {
			continue
		}
		if d := re.Share.Intersect(whole); !d.IsEmpty() {
			open = append(open, p)
			wanted, decided = wanted.Union(whole), decided.Union(d)
		}
	}
	if len(open) == 0 {
		return
	}
	var related []lint.Related
	var earlier []*model.NACLRule
	for _, c := range re.Covering {
		if c.Match().Overlaps(wanted) {
			earlier = append(earlier, c)
			related = append(related, lint.Related{Message: naclRuleText(c) + " decides part of this traffic first", Range: c.Range})
		}
	}
	except := ""
	if !decided.Equal(wanted) && len(earlier) > 0 {
		except = ", except what " + naclRulesText(earlier) + " " + plural("decides", "decide", len(earlier)) + " first"
	}
	risk, severity, fix := "remote administration ports are scanned and brute-forced within minutes of exposure",
		lint.Error, "or narrow the rule"
	pass.Report(lint.Finding{
		Rule: pass.Rule,
		Message: fmt.Sprintf("inbound rule %d of %s (%s) lets %s in from any address (%s)%s%s: %s; add inbound deny "+
			"rules for %s from %s numbered below %d (after allows for the ranges that need access), %s", r.Number,
			r.NACL.Address, naclRuleAction(r), portsText(open), family, except, naclOpenAdminPortSubnets(subnets),
			risk, portsText(open), family, r.Number, fix),
		Range:    r.Range,
		Resource: r.Address,
		Related:  related,
	}.WithSeverity(severity))
}

// naclOpenAdminPortSubnets names the subnets that use the rule's ACL:
// ", into subnets aws_subnet.a and aws_subnet.b", or "".
func naclOpenAdminPortSubnets(subnets []*model.Subnet) string {
	if len(subnets) == 0 {
		return ""
	}
	names := make([]string, len(subnets))
	for i, s := range subnets {
		names[i] = s.Address
	}
	return fmt.Sprintf(", into %s %s", plural("subnet", "subnets", len(names)), joinUpTo(names, 4))
}
