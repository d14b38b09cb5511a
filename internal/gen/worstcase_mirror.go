package gen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
)

// mirrorRule is one aws_ec2_traffic_mirror_filter_rule.
type mirrorRule struct {
	Name      string
	Direction string // "ingress" or "egress"
	Number    int
	Action    string // "accept" or "reject"
	// Protocol is 6, 17, or 0 for all protocols (left unset).
	Protocol int
	Src, Dst string
	// SrcPorts and DstPorts are set for tcp and udp: [from, to].
	SrcPorts, DstPorts []int
}

// WorstCaseMirrorFilter returns the main.tf of a root module with one
// traffic mirror filter of n rules per direction (n at least 3; AWS allows
// 10 rules per filter) and a session that uses it, the rules drawn like
// WorstCaseNACL's: tcp, udp and all-protocol rules over nested source and
// destination blocks and random source and destination port ranges,
// accepts and rejects mixed, so that the traffic earlier rules decide is
// fragmented in every dimension. The last rule of each direction is
// shadowed by the two before it together (mirror-filter-shadowed). The
// same n gives the same bytes.
func WorstCaseMirrorFilter(n int) ([]byte, error) {
	if n < 3 {
		return nil, fmt.Errorf("gen: WorstCaseMirrorFilter needs at least 3 rules per direction, not %d", n)
	}
	rng := rand.New(rand.NewPCG(DefaultSeed, uint64(n)))
	var rules []mirrorRule
	for _, dir := range []string{"ingress", "egress"} {
		for i := range n - 3 {
			r := mirrorRule{Direction: dir, Action: pick(rng, []string{"accept", "reject"}),
				Protocol: pick(rng, []int{6, 6, 17, 0}), Src: randomPrefix(rng), Dst: randomPrefix(rng)}
			if r.Protocol != 0 {
				r.SrcPorts, r.DstPorts = randomPorts(rng), randomPorts(rng)
			}
			if i%4 == 3 {
				r.Src = "0.0.0.0/0"
			}
			rules = append(rules, r)
		}
		rules = append(rules,
			mirrorRule{Direction: dir, Action: "reject", Protocol: 6, Src: "10.0.0.0/9", Dst: "0.0.0.0/0"},
			mirrorRule{Direction: dir, Action: "accept", Protocol: 6, Src: "10.128.0.0/9", Dst: "0.0.0.0/0"},
			mirrorRule{Direction: dir, Action: "accept", Protocol: 6, Src: "10.0.0.0/8", Dst: "10.0.5.0/24", DstPorts: []int{5432, 5432}},
		)
	}
	for i := range rules {
		rules[i].Number = 100 + 10*(i%n)
		rules[i].Name = fmt.Sprintf("%s_%d", rules[i].Direction, rules[i].Number)
	}
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, "worst-case-mirror.tf.tmpl", rules); err != nil {
		return nil, fmt.Errorf("gen: rendering the worst-case mirror filter: %w", err)
	}
	return buf.Bytes(), nil
}

// randomPorts returns a random port range [from, to].
func randomPorts(rng *rand.Rand) []int {
	from := rng.IntN(60000)
	return []int{from, from + rng.IntN(5000)}
}

// worstCaseMirrorTarget is the data of WorstCaseMirrorTarget.
type worstCaseMirrorTarget struct {
	// Ingress and Egress are the rules of the target subnet's network ACL;
	// Group those of the target's security group.
	Ingress, Egress []naclRule
	Group           []sgRule
	// Sessions are the numbers of the source interfaces, each mirrored by
	// one session.
	Sessions []int
}

// WorstCaseMirrorTarget returns the main.tf of a root module with one
// traffic mirror target, a network interface, and sessions sessions that
// mirror one interface each to it (sessions at least 1; an instance takes
// at most 100 sources, a Network Load Balancer any number), from four
// subnets. The target's subnet has a network ACL of 40 rules per direction
// drawn as in WorstCaseNACL, after a first inbound rule that denies udp
// from the sources, and the target's security group has 60 ingress rules
// for tcp only, drawn as in WorstCaseSecurityGroup: both drop the VXLAN
// packets (mirror-target-blocked). The same sessions give the same bytes.
func WorstCaseMirrorTarget(sessions int) ([]byte, error) {
	if sessions < 1 {
		return nil, fmt.Errorf("gen: WorstCaseMirrorTarget needs at least 1 session, not %d", sessions)
	}
	rng := rand.New(rand.NewPCG(DefaultSeed, uint64(sessions)))
	data := worstCaseMirrorTarget{Ingress: worstCaseRules(rng, 40), Egress: worstCaseRules(rng, 40)}
	data.Ingress[0] = naclRule{Number: data.Ingress[0].Number, Action: "deny", Protocol: "udp", From: 0, To: 65535, CIDR: quote("10.0.0.0/16")}
	for _, r := range worstCaseSGRules(rng, 60, quote("sg-0fedcba9876543210")) {
		r.Protocol = "tcp"
		if r.To < r.From {
			r.From, r.To = 0, 65535
		}
		data.Group = append(data.Group, r)
	}
	for i := range sessions {
		data.Sessions = append(data.Sessions, i)
	}
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, "worst-case-mirror-target.tf.tmpl", data); err != nil {
		return nil, fmt.Errorf("gen: rendering the worst-case mirror target: %w", err)
	}
	return buf.Bytes(), nil
}
