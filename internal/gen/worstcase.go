package gen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"net/netip"
)

// WorstCaseNACL returns the main.tf of a root module with one
// aws_network_acl of n inline rules per direction (n at least 3), drawn to
// be expensive for the NACL rules: tcp, udp and icmp rules over overlapping
// port ranges and nested CIDR blocks, allows and denies mixed, so that the
// traffic decided by the rules before any rule is fragmented. The last rule
// of each direction is shadowed by the union of the two before it, neither
// alone. The same n gives the same bytes.
func WorstCaseNACL(n int) ([]byte, error) {
	if n < 3 {
		return nil, fmt.Errorf("gen: WorstCaseNACL needs at least 3 rules per direction, not %d", n)
	}
	rng := rand.New(rand.NewPCG(DefaultSeed, uint64(n)))
	data := struct{ Ingress, Egress []naclRule }{worstCaseRules(rng, n), worstCaseRules(rng, n)}
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, "worst-case-nacl.tf.tmpl", data); err != nil {
		return nil, fmt.Errorf("gen: rendering the worst-case NACL: %w", err)
	}
	return buf.Bytes(), nil
}

// worstCaseRules returns n rules of one direction: n-3 random ones, then
// two that together cover tcp from 10.0.0.0/9, then one inside both.
func worstCaseRules(rng *rand.Rand, n int) []naclRule {
	rules := make([]naclRule, 0, n)
	for range n - 3 {
		r := naclRule{Action: pick(rng, []string{"allow", "deny"}), CIDR: quote(randomPrefix(rng))}
		switch x := rng.IntN(20); {
		case x < 10:
			r.Protocol = "tcp"
		case x < 17:
			r.Protocol = "udp"
		default:
			r.Protocol, r.ICMP, r.ICMPType, r.ICMPCode = "icmp", true, rng.IntN(16), -1
		}
		if !r.ICMP {
			r.From = rng.IntN(60000)
			r.To = r.From + rng.IntN(5000)
		}
		if rng.IntN(8) == 0 {
			r.Action, r.CIDR = "allow", anywhere
		}
		rules = append(rules, r)
	}
	rules = append(rules,
		tcp("allow", 0, 3000, `"10.0.0.0/9"`),
		tcp("deny", 2500, 65535, `"10.0.0.0/9"`),
		tcp("allow", 1000, 5000, `"10.16.0.0/12"`),
	)
	return numbered(rules)
}

// randomPrefix returns a random block inside 10.0.0.0/8, /8 to /28.
func randomPrefix(rng *rand.Rand) string {
	addr := netip.AddrFrom4([4]byte{10, byte(rng.IntN(256)), byte(rng.IntN(256)), byte(rng.IntN(256))})
	return netip.PrefixFrom(addr, 8+rng.IntN(21)).Masked().String()
}
