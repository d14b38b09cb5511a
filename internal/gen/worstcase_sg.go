package gen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
)

// sgRule is one generated security group rule, rendered inline or as an
// aws_vpc_security_group_*_rule resource.
type sgRule struct {
	// Protocol is "tcp", "udp", "icmp" or "-1".
	Protocol string
	From, To int
	// One peer: CIDR (unquoted), Group (a reference) or PrefixList (an id).
	CIDR, Group, PrefixList string
}

// worstCaseSG is the data of the worst-case security groups.
type worstCaseSG struct {
	// Inline are the ingress and egress rules of the group written inline
	// (aws_security_group.app), Default those of the default group.
	Inline, Default [2][]sgRule
	// Separate are the rules of aws_security_group.db, one
	// aws_vpc_security_group_ingress_rule or _egress_rule each.
	Separate [2][]sgRule
}

// WorstCaseSecurityGroup returns the main.tf of a root module with three
// security groups of n rules per direction each (n at least 2; AWS allows 60
// by default, and at most 1,000 when a network interface has one group):
// one with inline rules, one with aws_vpc_security_group_ingress_rule and
// _egress_rule resources, and the VPC's default group, adopted with inline
// rules. Each rule has one peer (a CIDR inside 10.0.0.0/8, often nested in
// another rule's, a security group or a prefix list) and tcp, udp, icmp or
// all traffic over random ports, so that many rules cover parts of others.
// The last rule of each direction repeats the first (sg-duplicate-rule).
// The same n gives the same bytes.
func WorstCaseSecurityGroup(n int) ([]byte, error) {
	if n < 2 {
		return nil, fmt.Errorf("gen: WorstCaseSecurityGroup needs at least 2 rules per direction, not %d", n)
	}
	rng := rand.New(rand.NewPCG(DefaultSeed, uint64(n)))
	var data worstCaseSG
	for d := range 2 {
		data.Inline[d] = worstCaseSGRules(rng, n, "aws_security_group.db.id")
		data.Separate[d] = worstCaseSGRules(rng, n, "aws_security_group.app.id")
		data.Default[d] = worstCaseSGRules(rng, n, "aws_security_group.app.id")
	}
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, "worst-case-sg.tf.tmpl", data); err != nil {
		return nil, fmt.Errorf("gen: rendering the worst-case security groups: %w", err)
	}
	return buf.Bytes(), nil
}

// worstCaseSGRules returns n rules of one direction whose group peers are
// group; the last repeats the first.
func worstCaseSGRules(rng *rand.Rand, n int, group string) []sgRule {
	rules := make([]sgRule, 0, n)
	for range n - 1 {
		var r sgRule
		switch x := rng.IntN(20); {
		case x < 12:
			r.Protocol = "tcp"
		case x < 17:
			r.Protocol = "udp"
		case x < 19:
			r.Protocol, r.From, r.To = "icmp", rng.IntN(16), -1
		default:
			r.Protocol = "-1"
		}
		if r.Protocol == "tcp" || r.Protocol == "udp" {
			r.From = rng.IntN(60000)
			r.To = r.From + rng.IntN(5000)
		}
		switch x := rng.IntN(10); {
		case x < 8:
			r.CIDR = randomPrefix(rng)
		case x < 9:
			r.Group = group
		default:
			r.PrefixList = fmt.Sprintf("pl-%017x", rng.IntN(4))
		}
		rules = append(rules, r)
	}
	return append(rules, rules[0])
}
