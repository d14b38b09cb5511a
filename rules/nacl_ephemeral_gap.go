package rules

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// NACLEphemeralGap reports a NACL that lets a connection in (or out) but
// denies its return traffic to the client's ephemeral ports.
var NACLEphemeralGap = &lint.Rule{
	ID:               "nacl-ephemeral-gap",
	Severity:         lint.Error,
	SecuritySeverity: 0,
	Tags:             []string{"reliability"},
	Since:            "0.1.0",
	Doc: lint.Doc{
		Summary: "Network ACL that admits a connection but denies its replies",
		Why: `Network ACLs are stateless: the reply to an allowed request is a new packet, checked against
the rules of the other direction, addressed to the port the client picked from its
ephemeral range. A NACL that lets HTTPS in from the internet but has no outbound rule for
the clients' ephemeral ports drops every reply: connections hang until they time out, and
health checks fail. The same holds the other way round: a subnet whose hosts call a
database or an API outbound needs an inbound rule for the replies.

The rule evaluates what the NACL decides, first match wins with the implicit deny last,
not which rules exist, so a deny numbered before the reply allow counts. It requires the
whole configured ephemeral range, 1024-65535 by default, because that is what NAT gateways,
Elastic Load Balancing and Lambda use; Linux clients use 32768-60999 and Windows and macOS
49152-65535, so a partly open range breaks some clients and not others, which is worse to
debug. An allow over the whole ephemeral range, a whole client range or all ports is read
as the reply rule of the other direction, not as a service: an outbound allow of 1024-65535
next to an inbound SSH rule does not ask for inbound replies.

Cost: quadratic in the rules of one ACL, since the replies of each service rule are checked
against what every rule of the other direction decides; 40 rules per direction take about
3 ms (BenchmarkNACLWorstCase).`,
		Example: `resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 49152
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}`,
		Fixed: `resource "aws_network_acl" "web" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "0.0.0.0/0"
  }
}`,
		HowToFix: `Allow the replies in the other direction: the same protocol, the ephemeral range as
destination ports, and the request's peer CIDR, numbered below any deny that matches them.
Note that NACL rules match destination ports only, so an outbound allow for port 443 does
nothing for the replies of an inbound HTTPS service.`,
		Silent: `The rule checks tcp and udp services only, and stays silent:

- for a NACL when either direction's rules are not all known (a dynamic block over an
  unknown collection);
- for a service rule when a rule with an unknown value, a rule whose ` + "`count`" + ` or
  ` + "`for_each`" + ` is unknown, or an ` + "`aws_network_acl_rule`" + ` whose ` + "`network_acl_id`" + ` cannot be
  resolved could change what the service rule admits or what the other direction decides
  for its replies;
- for replies denied by a tcp or udp deny of at most 1,024 ports numbered before the reply
  allow: AWS's documented pattern of blocking service ports such as RDP inside the
  ephemeral range, which costs only the rare connection whose client picks such a port;
- for allows that cover the whole configured ephemeral range or a whole client range
  (32768-60999, 49152-65535), all ports or all protocols: they are reply rules, even when
  too narrow, not services.

The VPC's default NACL, when no ` + "`aws_default_network_acl`" + ` manages it, allows everything
and is not checked.`,
		References: []string{
			"https://docs.aws.amazon.com/vpc/latest/userguide/nacl-ephemeral-ports.html",
			"https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
			"https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-vpc-network-acls.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/network_acl",
		},
	},
	Options: []lint.Option{{
		Name: "ephemeral_ports",
		Doc: "The client port range replies must reach, as \"from-to\". The default covers NAT gateways, " +
			"load balancers and Lambda; \"32768-60999\" checks for Linux clients only.",
		Default: model.PortRange{From: 1024, To: 65535},
		Parse:   parseNACLEphemeralGapPorts,
	}},
	Run: runNACLEphemeralGap,
}

// naclEphemeralGapClients are the ephemeral ranges of common clients,
// named in a message when only part of the range is open.
var naclEphemeralGapClients = []struct {
	name  string
	ports model.PortRange
}{
	{"Linux clients", model.PortRange{From: 32768, To: 60999}},
	{"Windows and macOS clients", model.PortRange{From: 49152, To: 65535}},
	{"NAT gateways, load balancers and Lambda", model.PortRange{From: 1024, To: 65535}},
}

// parseNACLEphemeralGapPorts parses "from-to" within 1-65535.
func parseNACLEphemeralGapPorts(v any) (any, error) {
	s, ok := v.(string)
	if !ok {
		return nil, errors.New(`want a port range string such as "1024-65535"`)
	}
	from, to, ok := strings.Cut(s, "-")
	lo, err1 := strconv.Atoi(strings.TrimSpace(from))
	hi, err2 := strconv.Atoi(strings.TrimSpace(to))
	if !ok || err1 != nil || err2 != nil || lo < 1 || hi > 65535 || lo > hi {
		return nil, fmt.Errorf(`%q is not a port range "from-to" within 1-65535`, s)
	}
	return model.PortRange{From: lo, To: hi}, nil
}

func runNACLEphemeralGap(pass *lint.Pass) error {
	eph := pass.Option("ephemeral_ports").(model.PortRange)
	for _, n := range pass.Network.NACLs {
		if n.Incomplete[model.Ingress] || n.Incomplete[model.Egress] {
			continue
		}
		evs := [2]*model.Evaluation{n.Evaluate(model.Ingress), n.Evaluate(model.Egress)}
		for _, d := range []model.Direction{model.Ingress, model.Egress} {
			for _, svc := range evs[d].Rules {
				naclEphemeralGapCheck(pass, eph, svc, evs[d.Opposite()])
			}
		}
	}
	return nil
}

// naclEphemeralGapCheck reports service rule svc when part of the replies
// to what it admits is denied in the replies evaluation.
func naclEphemeralGapCheck(pass *lint.Pass, eph model.PortRange, svc model.RuleEval, replies *model.Evaluation) {
	r := svc.Rule
	if !naclEphemeralGapIsService(r, eph) || !svc.Exact || svc.Share.IsEmpty() {
		return
	}
	// Replies go back to every peer address the rule admits, on eph.
	required := svc.Share.Peers(r.Protocol, eph)
	allowed := replies.Allowed()
	missing := required.Subtract(allowed)
	if !missing.IsEmpty() {
		missing = missing.Subtract(naclEphemeralGapCarveOuts(replies))
	}
	if missing.IsEmpty() || !naclEphemeralGapCertain(replies, missing) {
		return
	}
	var related []lint.Related
	deciders := naclEphemeralGapDeciders(replies, missing)
	for _, d := range deciders {
		if d.rule != nil {
			related = append(related, lint.Related{Message: naclRuleText(d.rule) + " denies part of the replies", Range: d.rule.Range})
		}
	}
	pass.ReportRelatedf(r, related, "%s", naclEphemeralGapMessage(r, replies.Direction, required, allowed, missing, deciders))
}

// naclEphemeralGapDecided is the part of the missing replies that one deny
// rule (nil: the implicit deny) decides.
type naclEphemeralGapDecided struct {
	rule *model.NACLRule
	part model.Traffic
}

// naclEphemeralGapDeciders splits missing by the rule of replies that
// denies it, in rule order, the implicit deny last.
func naclEphemeralGapDeciders(replies *model.Evaluation, missing model.Traffic) []naclEphemeralGapDecided {
	var out []naclEphemeralGapDecided
	for _, re := range replies.Rules {
		if part := re.Share.Intersect(missing); re.Rule.Action == model.Deny && !part.IsEmpty() {
			out = append(out, naclEphemeralGapDecided{rule: re.Rule, part: part})
		}
	}
	if part := replies.Implicit.Intersect(missing); !part.IsEmpty() {
		out = append(out, naclEphemeralGapDecided{part: part})
	}
	return out
}

// naclEphemeralGapMessage says what service rule r admits, which of the
// required replies (in direction replyDir) are missing and who denies
// them, which clients break, and the fix.
func naclEphemeralGapMessage(r *model.NACLRule, replyDir model.Direction, required, allowed, missing model.Traffic,
	deciders []naclEphemeralGapDecided) string {
	within := []netip.Prefix{r.CIDR.Prefix}
	describe := func(t model.Traffic) string {
		return naclEphemeralGapDescribe(t, required, r.Protocol, replyDir, within)
	}
	parts := make([]string, len(deciders))
	lowest := 0
	for i, d := range deciders {
		by := "the implicit deny"
		if d.rule != nil {
			by = naclRuleText(d.rule)
			if lowest == 0 || d.rule.Number < lowest {
				lowest = d.rule.Number
			}
		}
		parts[i] = describe(d.part) + " by " + by
	}
	msg := fmt.Sprintf("%s rule %d of %s (%s) lets requests %s, but %s replies to the %s ephemeral ports are denied: %s",
		naclDirWord(r.Direction), r.Number, r.NACL.Address, naclRuleAction(r), naclEphemeralGapWay(r.Direction),
		naclDirWord(replyDir), naclEphemeralGapWhose(r.Direction), strings.Join(parts, "; "))
	// Name the clients that break when the peers that lose replies still
	// get some of the range, unless every kind of client breaks.
	peers := missing.Peers(model.ProtocolAll, model.AllPorts)
	if broken := naclEphemeralGapBroken(missing.Ports(r.Protocol)); required.Intersect(allowed).Overlaps(peers) &&
		len(broken) < len(naclEphemeralGapClients) {
		msg += ", which breaks " + naclJoin(broken)
	}
	msg += fmt.Sprintf("; add an %s allow for %s", naclDirWord(replyDir), describe(required))
	if lowest > 0 {
		msg += fmt.Sprintf(" numbered below %d", lowest)
	}
	return msg
}

// naclEphemeralGapIsService reports whether r is a known tcp or udp allow
// that hosts connect to (or out to), rather than the reply rule of the
// other direction: one that covers the configured ephemeral range or a
// whole client range (an attempt at a reply rule, even if too narrow).
func naclEphemeralGapIsService(r *model.NACLRule, eph model.PortRange) bool {
	if !r.Known || r.Action != model.Allow || (r.Protocol != model.ProtocolTCP && r.Protocol != model.ProtocolUDP) {
		return false
	}
	covers := func(pr model.PortRange) bool { return r.Ports.From <= pr.From && r.Ports.To >= pr.To }
	if covers(eph) {
		return false
	}
	for _, c := range naclEphemeralGapClients {
		if covers(c.ports) {
			return false
		}
	}
	return true
}

// naclEphemeralGapCarveOutPorts is the widest tcp or udp deny that counts
// as a deliberate block of service ports inside the ephemeral range.
const naclEphemeralGapCarveOutPorts = 1024

// naclEphemeralGapCarveOuts returns what the tcp and udp denies of at most
// naclEphemeralGapCarveOutPorts ports decide in replies: AWS's documented
// pattern of denying a few service ports (RDP, SMB) ahead of the ephemeral
// allow, which costs a client only the rare connection that picks one of
// those ports.
func naclEphemeralGapCarveOuts(replies *model.Evaluation) model.Traffic {
	var t model.Traffic
	for _, re := range replies.Rules {
		r := re.Rule
		if r.Known && r.Action == model.Deny && (r.Protocol == model.ProtocolTCP || r.Protocol == model.ProtocolUDP) &&
			r.Ports.To-r.Ports.From < naclEphemeralGapCarveOutPorts {
			t = t.Union(re.Share)
		}
	}
	return t
}

// naclEphemeralGapCertain reports whether the denial of missing in the
// replies evaluation is certain: no unknown rule, no rule that may not exist
// matching part of it. (An unresolved aws_network_acl_rule makes the whole
// direction Incomplete, which the caller checks.)
func naclEphemeralGapCertain(replies *model.Evaluation, missing model.Traffic) bool {
	for _, re := range replies.Rules {
		if !re.Rule.Known || (!re.Exact && re.Match.Overlaps(missing)) {
			return false
		}
	}
	return true
}

// naclEphemeralGapWay is "in" or "out", the way requests cross.
func naclEphemeralGapWay(d model.Direction) string {
	if d == model.Egress {
		return "out"
	}
	return "in"
}

// naclEphemeralGapWhose names the hosts whose ephemeral ports the replies
// go to.
func naclEphemeralGapWhose(d model.Direction) string {
	if d == model.Egress {
		return "subnet's hosts'"
	}
	return "clients'"
}

// naclEphemeralGapBroken names the clients whose ephemeral range overlaps
// the denied ports.
func naclEphemeralGapBroken(denied []model.PortRange) []string {
	var names []string
	for _, c := range naclEphemeralGapClients {
		for _, p := range denied {
			if p.From <= c.ports.To && c.ports.From <= p.To {
				names = append(names, fmt.Sprintf("%s (%s)", c.name, c.ports))
				break
			}
		}
	}
	return names
}

// naclEphemeralGapDescribe describes part, a subset of required (traffic
// of protocol p), as "tcp 1024-49151 to 0.0.0.0/0", naming addresses
// relative to within, the service rule's CIDR ("0.0.0.0/0 except
// 10.0.0.0/16"), or as "<required> except <the rest>" when only the rest
// is one port set × one address set.
func naclEphemeralGapDescribe(part, required model.Traffic, p model.Protocol, d model.Direction, within []netip.Prefix) string {
	if text, ok := naclEphemeralGapProduct(part, p, d, within); ok {
		return text
	}
	req, ok1 := naclEphemeralGapProduct(required, p, d, within)
	rest, ok2 := naclEphemeralGapProduct(required.Subtract(part), p, d, within)
	if ok1 && ok2 {
		return req + " except " + rest
	}
	return part.Describe(d)
}

// naclEphemeralGapProduct describes t, traffic of protocol p, when it is
// one port set × one address set.
func naclEphemeralGapProduct(t model.Traffic, p model.Protocol, d model.Direction, within []netip.Prefix) (string, bool) {
	if t.IsEmpty() {
		return "", false
	}
	ports := t.Ports(p)
	var product model.Traffic
	portTexts := make([]string, len(ports))
	for i, pr := range ports {
		product = product.Union(t.Peers(p, pr))
		portTexts[i] = pr.String()
	}
	if !product.Equal(t) {
		return "", false
	}
	peer := "from"
	if d == model.Egress {
		peer = "to"
	}
	return fmt.Sprintf("%s %s %s %s", p, strings.Join(portTexts, ","), peer, naclEphemeralGapAddrs(t, within)), true
}

// naclEphemeralGapAddrs renders the addresses of t, a subset of within, as
// a prefix list or as "within except the rest", whichever has fewer
// prefixes.
func naclEphemeralGapAddrs(t model.Traffic, within []netip.Prefix) string {
	addrs := t.Addrs()
	all := model.Match(model.ProtocolAll, model.AllPorts, within...)
	rest := all.Subtract(t.Peers(model.ProtocolAll, model.AllPorts)).Addrs()
	if len(rest) > 0 && len(within)+len(rest) < len(addrs) {
		return naclEphemeralGapPrefixes(within) + " except " + naclEphemeralGapPrefixes(rest)
	}
	return naclEphemeralGapPrefixes(addrs)
}

// naclEphemeralGapPrefixes joins prefixes, at most four of them.
func naclEphemeralGapPrefixes(ps []netip.Prefix) string {
	const limit = 4
	var texts []string
	for i, p := range ps {
		if i == limit {
			texts = append(texts, fmt.Sprintf("+%d more", len(ps)-limit))
			break
		}
		texts = append(texts, p.String())
	}
	return strings.Join(texts, ", ")
}
