package rules

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"go4.org/netipx"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// MirrorTargetBlocked reports a traffic mirror target whose security groups
// or network ACL drop the VXLAN packets its sessions send.
var MirrorTargetBlocked = &lint.Rule{
	ID:               "mirror-target-blocked",
	Severity:         lint.Error,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Traffic mirror target whose security group or network ACL drops the mirrored packets",
		Why: `Traffic mirroring sends each copied packet to the target wrapped in VXLAN: a UDP packet to
port 4789 whose source address is the primary private address of the mirror source's
network interface. These packets are ordinary traffic for the target: the security groups
of the target's network interface (or of a Network Load Balancer that has groups) and the
inbound rules of the network ACL of its subnet must admit UDP 4789 from every source. When
they do not, the session is created without an error, the source keeps mirroring, and every
packet is dropped at the target: the appliance sees nothing, and the investigation that
needed the capture concludes that the traffic never happened.

Cost: linear in the sessions of a target, each checked against the rules of the target's
security groups and subnets' network ACLs, plus the evaluation of each ACL, quadratic in its
rules per direction; 100 sessions, a 40-rule ACL and a 60-rule group take about 7 ms
(BenchmarkMirrorWorstCase).`,
		Example: `resource "aws_subnet" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.9.0/24"
}

resource "aws_security_group" "monitor" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_network_interface" "monitor" {
  subnet_id       = aws_subnet.tools.id
  security_groups = [aws_security_group.monitor.id]
}

resource "aws_ec2_traffic_mirror_target" "monitor" {
  network_interface_id = aws_network_interface.monitor.id
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"
  private_ip    = "10.0.1.10"
}

resource "aws_ec2_traffic_mirror_session" "app" {
  network_interface_id     = aws_instance.app.primary_network_interface_id
  traffic_mirror_filter_id = "tmf-0123456789abcdef0"
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}`,
		Fixed: `resource "aws_subnet" "tools" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.9.0/24"
}

resource "aws_security_group" "monitor" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    description = "VXLAN from traffic mirror sources"
    protocol    = "udp"
    from_port   = 4789
    to_port     = 4789
    cidr_blocks = ["10.0.0.0/16"]
  }
}

resource "aws_network_interface" "monitor" {
  subnet_id       = aws_subnet.tools.id
  security_groups = [aws_security_group.monitor.id]
}

resource "aws_ec2_traffic_mirror_target" "monitor" {
  network_interface_id = aws_network_interface.monitor.id
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"
  private_ip    = "10.0.1.10"
}

resource "aws_ec2_traffic_mirror_session" "app" {
  network_interface_id     = aws_instance.app.primary_network_interface_id
  traffic_mirror_filter_id = "tmf-0123456789abcdef0"
  traffic_mirror_target_id = aws_ec2_traffic_mirror_target.monitor.id
  session_number           = 1
}`,
		HowToFix: `Add an ingress rule for UDP 4789 from the mirror sources' addresses (or from a security group
they have) to a security group of the target, and, when the target's subnet has a network
ACL, an inbound rule allowing UDP 4789 from those addresses numbered below the rule that
denies it. VXLAN is one-way: no rule for replies is needed. A Network Load Balancer target
also needs a UDP listener on port 4789 and targets that accept it.`,
		Silent: `The rule checks targets that are a network interface, an instance's primary interface or a
Network Load Balancer of the configuration; it stays silent for a target whose resource is
not in the model (a literal id, a data source) and for Gateway Load Balancer endpoints.
Sources are the sessions of the configuration that use the target; a target without one is
not checked. When a source's address is not known (an interface outside the model, a subnet
with an unknown block) the rule reports only what drops UDP 4789 from every address. It
stays silent on the security groups when they are not all known, when a group has rules
that are not known, when a rule with an unknown ` + "`count`" + ` or ` + "`for_each`" + ` or a prefix list might admit
the packets, or when a rule names a security group the source might have. It stays silent on
the network ACL when the subnet's ACL is not known, or when a rule that is not known (or may
not exist) might allow the packets; AWS's default network ACL allows them. A Network Load
Balancer is reported for its network ACLs only when the ACL of every one of its subnets
drops the packets. The security groups and network ACL of the source are not checked.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/mirroring/traffic-mirroring-targets.html",
			"https://docs.aws.amazon.com/vpc/latest/mirroring/traffic-mirroring-packet-formats.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ec2_traffic_mirror_target",
		},
	},
	Run: runMirrorTargetBlocked,
}

// mirrorVXLANPort is the destination port of mirrored packets.
const mirrorVXLANPort = 4789

// mirrorVXLAN is UDP 4789 from any address.
var mirrorVXLAN = model.Match(model.ProtocolUDP, model.PortRange{From: mirrorVXLANPort, To: mirrorVXLANPort},
	model.AllIPv4, model.AllIPv6)

// mirrorAddrs stands for the sources' addresses in a mirrorBlock's cause
// and fix.
const mirrorAddrs = "{addrs}"

// mirrorBlock is one reason a target drops the packets of some of its
// sessions.
type mirrorBlock struct {
	// cause says what drops the packets, with mirrorAddrs where the
	// sources' addresses go; fix says how to admit them, likewise.
	cause, fix string
	related    []lint.Related
	sessions   []*model.MirrorSession
	// addrs are the sources' addresses; any is true when a source's
	// address is not known.
	addrs netipx.IPSetBuilder
	any   bool
}

func runMirrorTargetBlocked(pass *lint.Pass) error {
	_, byTarget := mirrorSessionsOf(pass.Network)
	for _, t := range pass.Network.MirrorTargets {
		sessions := byTarget[t]
		if t.Endpoint == nil || (t.Kind != model.MirrorTargetENI && t.Kind != model.MirrorTargetNLB) || len(sessions) == 0 {
			continue
		}
		var blocks []*mirrorBlock
		for _, s := range sessions {
			addrs, known := s.SourceAddrs()
			if !known {
				addrs = []netip.Prefix{model.AllIPv4, model.AllIPv6}
			}
			need := mirrorVXLAN.Intersect(model.Match(model.ProtocolAll, model.AllPorts, addrs...))
			for _, b := range []*mirrorBlock{mirrorTargetSGBlock(t, s, need), mirrorTargetNACLBlock(t, need)} {
				if b != nil {
					blocks = mirrorBlockAdd(blocks, b, s, addrs, known)
				}
			}
		}
		for _, b := range blocks {
			mirrorTargetBlockedReport(pass, t, b)
		}
	}
	return nil
}

// mirrorBlockAdd records that b drops the packets of session s from addrs:
// in the block with the same cause when there is one.
func mirrorBlockAdd(blocks []*mirrorBlock, b *mirrorBlock, s *model.MirrorSession, addrs []netip.Prefix, known bool) []*mirrorBlock {
	i := slices.IndexFunc(blocks, func(o *mirrorBlock) bool { return o.cause == b.cause })
	if i < 0 {
		blocks, i = append(blocks, b), len(blocks)
	}
	b = blocks[i]
	b.sessions = append(b.sessions, s)
	if !known {
		b.any = true
		return blocks
	}
	for _, p := range addrs {
		b.addrs.AddPrefix(p)
	}
	return blocks
}

// mirrorTargetBlockedReport reports one reason target t drops packets.
func mirrorTargetBlockedReport(pass *lint.Pass, t *model.MirrorTarget, b *mirrorBlock) {
	from, to := "any address", "the mirror sources' addresses"
	if !b.any {
		set, _ := b.addrs.IPSet() // only valid prefixes were added
		var names []string
		for _, p := range set.Prefixes() {
			names = append(names, p.String())
		}
		from = joinUpTo(names, 4)
		to = from
	}
	names := mirrorSessionNames(b.sessions)
	pass.ReportRelatedf(t, b.related, "traffic mirror target %s (%s) drops the VXLAN packets (udp %d) that %s %s %s: %s; %s",
		t.Address, mirrorTargetText(t), mirrorVXLANPort, plural("session", "sessions", len(names)), joinUpTo(names, 3),
		plural("sends", "send", len(names)), strings.ReplaceAll(b.cause, mirrorAddrs, from), strings.ReplaceAll(b.fix, mirrorAddrs, to))
}

// mirrorTargetText names what is behind target t: "network interface
// aws_network_interface.x", "primary network interface of
// aws_instance.x" or "Network Load Balancer aws_lb.x".
func mirrorTargetText(t *model.MirrorTarget) string {
	if t.Kind == model.MirrorTargetENI && t.Endpoint.Type == "aws_instance" {
		return "primary network interface of " + t.Endpoint.Address
	}
	return t.Kind.String() + " " + t.Endpoint.Address
}

// mirrorTargetSGBlock returns why the target's security groups certainly
// drop need, the VXLAN packets of session s; nil when they may admit them
// or are not all known. A target without groups (a Network Load Balancer
// without any) filters nothing.
func mirrorTargetSGBlock(t *model.MirrorTarget, s *model.MirrorSession, need model.Traffic) *mirrorBlock {
	if !t.GroupsKnown || len(t.SecurityGroups) == 0 || mirrorSGMayAdmit(t.SecurityGroups, s, need) {
		return nil
	}
	names := make([]string, len(t.SecurityGroups))
	related := make([]lint.Related, len(t.SecurityGroups))
	for i, g := range t.SecurityGroups {
		names[i] = g.Address
		related[i] = lint.Related{Message: g.Address + " has no ingress rule for udp 4789 from the source", Range: g.DefRange}
	}
	return &mirrorBlock{
		cause:   fmt.Sprintf("no ingress rule of %s allows udp %d from %s", strings.Join(names, " or "), mirrorVXLANPort, mirrorAddrs),
		fix:     fmt.Sprintf("add an ingress rule to %s allowing udp %d from %s", names[0], mirrorVXLANPort, mirrorAddrs),
		related: related,
	}
}

// mirrorSGMayAdmit reports whether some ingress rule of groups may allow
// part of need from the source of session s: a certain or maybe-absent
// rule whose CIDR overlaps it, a rule naming a group the source has or
// might have, and any rule the model cannot read.
func mirrorSGMayAdmit(groups []*model.SecurityGroup, s *model.MirrorSession, need model.Traffic) bool {
	for _, g := range groups {
		if g.Incomplete[model.Ingress] {
			return true
		}
		for _, r := range g.RulesIn(model.Ingress) {
			if !r.Known {
				return true
			}
			if !model.Match(r.Protocol, r.Ports, model.AllIPv4, model.AllIPv6).Overlaps(mirrorVXLAN) {
				continue
			}
			if r.Match().Overlaps(need) || len(r.PrefixLists) > 0 || mirrorSGPeerMayBeSource(r, s) {
				return true
			}
			for _, c := range r.CIDRs {
				if !c.Known {
					return true
				}
			}
		}
	}
	return false
}

// mirrorSGPeerMayBeSource reports whether a security group peer of r (or
// self) may be a group of the session's source.
func mirrorSGPeerMayBeSource(r *model.SGRule, s *model.MirrorSession) bool {
	if (r.Self || len(r.Groups) > 0) && !s.SourceGroupsKnown {
		return true
	}
	if r.Self && slices.Contains(s.SourceGroups, r.Group) {
		return true
	}
	for _, ref := range r.Groups {
		if ref.Group != nil && slices.Contains(s.SourceGroups, ref.Group) {
			return true
		}
	}
	return false
}

// mirrorTargetNACLBlock returns why the network ACLs of the target's
// subnets certainly drop need: every subnet's ACL denies all of it. nil
// when a subnet or its ACL is not known, or when one may allow part of it.
func mirrorTargetNACLBlock(t *model.MirrorTarget, need model.Traffic) *mirrorBlock {
	if !t.SubnetsKnown || len(t.Subnets) == 0 {
		return nil
	}
	var nacls []*model.NACL
	subnets := map[*model.NACL][]string{}
	for _, s := range t.Subnets {
		n := s.NACL
		if n == nil {
			return nil // AWS's default ACL allows everything, or the ACL is not known
		}
		if !n.Evaluate(model.Ingress).Denied().Contains(need) {
			return nil
		}
		if _, seen := subnets[n]; !seen {
			nacls = append(nacls, n)
		}
		subnets[n] = append(subnets[n], s.Address)
	}
	b := &mirrorBlock{}
	var causes, fixes []string
	for _, n := range nacls {
		e := n.Evaluate(model.Ingress)
		var deny []*model.NACLRule
		for _, re := range e.Rules {
			if re.Exact && re.Rule.Action == model.Deny && re.Share.Overlaps(need) {
				deny = append(deny, re.Rule)
				b.related = append(b.related, lint.Related{Message: naclRuleText(re.Rule) + " denies udp 4789 from the source", Range: re.Rule.Range})
			}
		}
		implicit := e.Exact && e.Implicit.Overlaps(need)
		if implicit {
			b.related = append(b.related, lint.Related{Message: "no inbound rule allows udp 4789 from the source", Range: n.DefRange})
		}
		of := fmt.Sprintf("network ACL %s (%s %s)", n.Address, plural("subnet", "subnets", len(subnets[n])), naclJoin(subnets[n]))
		cause, fix := mirrorNACLText(n, of, deny, implicit)
		causes, fixes = append(causes, cause), append(fixes, fix)
	}
	b.cause, b.fix = strings.Join(causes, "; "), strings.Join(fixes, "; ")
	return b
}

// mirrorNACLText says how network ACL n, described as of, denies the
// packets: with the deny rules that decide them (sorted by number), and
// with its implicit final deny when implicit (for all of them when deny is
// empty); and how to admit them.
func mirrorNACLText(n *model.NACL, of string, deny []*model.NACLRule, implicit bool) (cause, fix string) {
	if len(deny) == 0 {
		return fmt.Sprintf("no inbound rule of %s allows udp %d from %s", of, mirrorVXLANPort, mirrorAddrs),
			fmt.Sprintf("add an inbound rule to %s allowing udp %d from %s", n.Address, mirrorVXLANPort, mirrorAddrs)
	}
	rest := ""
	if implicit {
		rest = ", and no inbound rule allows the rest"
	}
	return fmt.Sprintf("inbound %s of %s %s udp %d from %s%s", naclRulesText(deny), of,
			naclActionVerb(model.Deny, len(deny)), mirrorVXLANPort, mirrorAddrs, rest),
		fmt.Sprintf("allow udp %d from %s in %s with an inbound rule numbered below %d", mirrorVXLANPort, mirrorAddrs, n.Address, deny[0].Number)
}
