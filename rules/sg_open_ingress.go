package rules

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// SGOpenIngress reports a security group rule that opens remote
// administration, database ports or every port to the whole internet.
var SGOpenIngress = &lint.Rule{
	ID:               "sg-open-ingress",
	Severity:         lint.Error,
	SecuritySeverity: 8.6,
	Tags:             []string{"security"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Security group ingress open to the whole internet on an administration or database port",
		Why: `An ingress rule whose CIDR peers cover all of ` + "`0.0.0.0/0`" + ` or ` + "`::/0`" + ` accepts connections from
every address on the internet. SSH (22) and RDP (3389) exposed that way are found by
scanners within minutes and brute-forced around the clock; one weak or leaked credential, or
one unpatched daemon, gives an attacker a shell inside the VPC. Databases and caches (MySQL
3306, PostgreSQL 5432, SQL Server 1433, Oracle 1521, Redis 6379, Elasticsearch 9200,
MongoDB 27017, Memcached 11211) reachable from the internet are a leading cause of data
breaches and ransom wipes, and several of them ship without authentication by default. A
rule that opens every port (protocol ` + "`-1`" + `, or all tcp or udp ports) exposes all of these
at once.

Findings on administration ports (option ` + "`admin_ports`" + `) are errors; the others are
warnings. The check uses the rule's exact traffic: ` + "`tcp 0-0`" + ` is port 0 only, a rule listing
` + "`0.0.0.0/1`" + ` and ` + "`128.0.0.0/1`" + ` covers the whole internet too, and a security group, prefix
list or self peer is never the internet. An ` + "`aws_security_group_rule`" + ` with protocol ` + "`-1`" + `
and a port range, such as ` + "`from_port = 22`" + `, opens every protocol and port: AWS ignores the
ports of protocol -1, so the rule is wider than written, and the message says so.`,
		Example: `resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.bastion.id
  protocol          = "-1"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["0.0.0.0/0"]
}`,
		Fixed: `resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0123456789abcdef0"
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.bastion.id
  protocol          = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = ["203.0.113.0/24"] # the office VPN
}`,
		HowToFix: `Allow administration ports only from the addresses that need them (a VPN or office range),
or close them and reach instances with AWS Systems Manager Session Manager or EC2 Instance
Connect Endpoint. Allow database and cache ports only from the security groups of the
applications that use them (` + "`source_security_group_id`" + ` / ` + "`referenced_security_group_id`" + `) or
from private ranges. Replace "every port" rules with the ports the service needs, and write
protocol ` + "`tcp`" + ` rather than ` + "`-1`" + ` when a rule is meant for one port.`,
		Silent: `The rule stays silent for a rule with an unknown protocol or port, for a rule resource whose
` + "`count`" + ` or ` + "`for_each`" + ` is unknown, and when the rule's known CIDRs do not cover a whole
address family (an unknown CIDR could be anything, so it never counts as the internet).
Ports not in the ` + "`ports`" + ` or ` + "`admin_ports`" + ` options are not reported (a public web server on
443 is fine) unless the rule opens every port. Rules covering the internet only together are
not reported; each rule is checked on its own. Egress is not checked.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
			"https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group_rule",
			"https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html",
		},
	},
	Options: []lint.Option{{
		Name:    "ports",
		Doc:     "The tcp ports that must not be open to the internet (administration ports are added to them).",
		Default: []int{22, 3389, 3306, 5432, 1433, 1521, 6379, 9200, 27017, 11211},
		Parse:   parsePortList,
	}, {
		Name:    "admin_ports",
		Doc:     "The remote administration ports: open to the internet, they are reported as errors, others as warnings.",
		Default: []int{22, 3389},
		Parse:   parsePortList,
	}},
	Run: runSGOpenIngress,
}

// sgOpenIngressFamilies are the two whole address families.
var sgOpenIngressFamilies = []netip.Prefix{model.AllIPv4, model.AllIPv6}

func runSGOpenIngress(pass *lint.Pass) error {
	admin := pass.Option("admin_ports").([]int)
	ports := slices.Concat(pass.Option("ports").([]int), admin)
	slices.Sort(ports)
	ports = slices.Compact(ports)
	rules := slices.Clone(pass.Network.UnattachedSGRules)
	for _, g := range pass.Network.SecurityGroups {
		rules = append(rules, g.Rules...)
	}
	for _, r := range rules {
		if r.Direction == model.Ingress && sgRuleCertain(r) {
			sgOpenIngressCheck(pass, r, ports, admin)
		}
	}
	return nil
}

// sgOpenIngressCheck reports rule r when its CIDRs cover a whole address
// family and it allows one of ports or every port.
func sgOpenIngressCheck(pass *lint.Pass, r *model.SGRule, ports, admin []int) {
	var fams []string
	for _, f := range sgOpenIngressFamilies {
		if r.Match().Contains(model.Match(r.Protocol, r.Ports, f)) {
			fams = append(fams, f.String())
		}
	}
	if len(fams) == 0 {
		return
	}
	service := model.Match(r.Protocol, r.Ports, model.AllIPv4)
	var open, openAdmin []int
	for _, p := range ports {
		if service.Contains(model.Match(model.ProtocolTCP, model.PortRange{From: p, To: p}, model.AllIPv4)) {
			open = append(open, p)
			if slices.Contains(admin, p) {
				openAdmin = append(openAdmin, p)
			}
		}
	}
	every := r.Protocol == model.ProtocolAll ||
		((r.Protocol == model.ProtocolTCP || r.Protocol == model.ProtocolUDP) && r.Ports == model.AllPorts)
	if len(open) == 0 && !every {
		return
	}
	what := portsText(open)
	if every {
		what = "every " + r.Protocol.String() + " port"
		if r.Protocol == model.ProtocolAll {
			what = "every protocol and port"
		}
		switch {
		case len(openAdmin) > 0:
			what += ", " + portsText(openAdmin) + " included,"
		case len(open) > 0:
			what += ", " + portsText(open) + " included,"
		}
	}
	severity, fix := lint.Warning, "allow only the security groups of the clients that use them "+
		"(source_security_group_id / referenced_security_group_id) or private ranges"
	switch {
	case len(openAdmin) > 0:
		severity, fix = lint.Error, "allow only your administrators' VPN or office range, or close the port and use "+
			"SSM Session Manager or EC2 Instance Connect Endpoint"
	case len(open) == 0:
		fix = "allow only the ports and sources the service needs"
	}
	msg := fmt.Sprintf("%s (%s) allows %s from any address (%s): %s; %s", sgRuleSubject(r), sgRuleText(r), what,
		strings.Join(fams, " and "), sgOpenIngressRisk(open, openAdmin), fix)
	if r.Protocol == model.ProtocolAll && r.WrittenPorts != (model.PortRange{}) {
		msg += fmt.Sprintf(`; the rule is wider than written: AWS ignores from_port/to_port %s for protocol -1, so write `+
			`protocol "tcp" to open only those ports`, r.WrittenPorts)
	}
	pass.Report(lint.Finding{Rule: pass.Rule, Message: msg, Range: r.Range, Resource: r.Address}.WithSeverity(severity))
}

// sgOpenIngressRisk says what the exposure invites.
func sgOpenIngressRisk(open, openAdmin []int) string {
	switch {
	case len(openAdmin) > 0:
		return "remote administration ports are scanned and brute-forced within minutes of exposure"
	case len(open) == 0:
		return "every service on the instances is exposed"
	}
	for _, p := range open {
		if _, known := portNames[p]; !known {
			return "these ports must be reachable only from the clients that need them"
		}
	}
	return "databases and caches must never be reachable from the internet"
}
