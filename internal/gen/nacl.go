package gen

import (
	"fmt"
	"math/rand/v2"
)

// rulesPerDirection is the number of rules of the public NACL in each
// direction (the AWS default quota is 20, counting the default deny).
const rulesPerDirection = 20

// naclRule is one inline rule of an aws_network_acl.
type naclRule struct {
	Number   int
	Action   string // "allow" or "deny"
	Protocol string // "tcp", "udp", "icmp" or "-1"
	From, To int
	// CIDR is an HCL expression: a quoted literal or a reference.
	CIDR string
	// ICMP adds icmp_type and icmp_code.
	ICMP               bool
	ICMPType, ICMPCode int
}

// anywhere is the quoted 0.0.0.0/0.
const anywhere = `"0.0.0.0/0"`

// publicNACL sets the public subnets' NACL of r: a blocklist of deny rules
// (a dynamic block over a list, numbered from 50), then inline service
// rules numbered from 100, rulesPerDirection rules in each direction. Some
// roots get a shadowed rule (a deny after the allow that decides its
// traffic, or an allow inside an earlier allow) or reply rules that miss
// part of the ephemeral range.
func publicNACL(rng *rand.Rand, r *root) {
	in := []naclRule{tcp("allow", 443, 443, anywhere)}
	if r.ALBHTTP {
		in = append(in, tcp("allow", 80, 80, anywhere))
	}
	for _, c := range r.AdminCIDRs {
		in = append(in, tcp("allow", 22, 22, quote(c)))
	}
	in = append(in,
		naclRule{Action: "allow", Protocol: "-1", CIDR: "var.vpc_cidr"},
		naclRule{Action: "allow", Protocol: "icmp", CIDR: anywhere, ICMP: true, ICMPType: 3, ICMPCode: 4},
	)
	if chance(rng, 0.2) {
		if chance(rng, 0.5) {
			// A block added after the allow that already lets it in.
			in = append(in, tcp("deny", 443, 443, `"203.0.113.0/24"`))
		} else {
			// Redundant: the VPC-wide allow above covers it.
			in = append(in, tcp("allow", 8080, 8080, "cidrsubnet(var.vpc_cidr, 8, 1)"))
		}
	}
	in = append(in,
		tcp("allow", 1024, 65535, anywhere),
		naclRule{Action: "allow", Protocol: "udp", From: 1024, To: 65535, CIDR: anywhere},
	)

	replyFrom, replyTo := 1024, 65535
	if chance(rng, 0.15) {
		replyFrom, replyTo = 32768, 60999 // misses NAT/ELB/Windows clients
	}
	out := []naclRule{
		tcp("allow", 443, 443, anywhere),
		tcp("allow", 80, 80, anywhere),
		{Action: "allow", Protocol: "-1", CIDR: "var.vpc_cidr"},
		{Action: "allow", Protocol: "udp", From: 123, To: 123, CIDR: anywhere},
	}
	// The blocklist must be the same in both directions (a host denied
	// one way but not the other is an ephemeral gap), so the outbound
	// services are padded to as many rules as the inbound ones.
	out = append(out, egressExtras[:len(in)-len(out)-2]...)
	out = append(out,
		tcp("allow", replyFrom, replyTo, anywhere),
		naclRule{Action: "allow", Protocol: "udp", From: 1024, To: 65535, CIDR: anywhere},
	)

	r.Blocked = rulesPerDirection - len(in)
	r.Blocklist = blocklist(rng, r.Blocked)
	r.PublicIngress = numbered(in)
	r.PublicEgress = numbered(out)
}

// egressExtras are outbound service rules that pad the public NACL's
// outbound rules to the number of inbound ones.
var egressExtras = []naclRule{
	tcp("allow", 22, 22, anywhere), // git over SSH
	{Action: "allow", Protocol: "udp", From: 53, To: 53, CIDR: anywhere},
	tcp("allow", 465, 465, anywhere),
	tcp("allow", 587, 587, anywhere),
}

// numbered numbers rules from 100 in steps of 10.
func numbered(rules []naclRule) []naclRule {
	for i := range rules {
		rules[i].Number = 100 + 10*i
	}
	return rules
}

// publicOctets are first octets of public address space used for the
// blocklists (none of 10, 100, 172, 192 or 203, which the roots use).
var publicOctets = []int{23, 31, 45, 62, 77, 85, 91, 109, 141, 146, 178, 185, 193, 194, 212, 217}

// blocklist returns n distinct public /24 blocks.
func blocklist(rng *rand.Rand, n int) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		c := fmt.Sprintf("%d.%d.%d.0/24", pick(rng, publicOctets), rng.IntN(256), rng.IntN(256))
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// tcp returns a tcp rule.
func tcp(action string, from, to int, cidr string) naclRule {
	return naclRule{Action: action, Protocol: "tcp", From: from, To: to, CIDR: cidr}
}

// quote returns s as an HCL string literal (s holds no quote or escape).
func quote(s string) string { return `"` + s + `"` }
