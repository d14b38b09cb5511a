package gen

import (
	"fmt"
	"math/rand/v2"
)

// root is the data of one generated root module: the choices its
// templates render.
type root struct {
	Index   int
	Name    string // folder name, "r0042"
	Env     string
	Team    string
	Region  string
	AZs     []string // the region's zones; the first AZCount are used
	AZCount int

	VPCCIDR       string
	SecondaryCIDR string
	SharedCIDR    string // the peered VPC's block (overlapping VPCCIDR in some roots)
	AdminCIDRs    []string

	// DefaultTagsPurpose puts Purpose in the provider's default_tags;
	// NATPurpose puts it on the NAT gateways. Without either,
	// nat-untagged fires.
	DefaultTagsPurpose bool
	NATPurpose         bool
	SingleNAT          bool
	Peering            bool
	FlowLogs           bool
	// RemoteModule adds a registry module call, which vpclint skips.
	RemoteModule bool

	ALBHTTP         bool
	AppPorts        []int
	MonitoringPorts []int
	// DBEgress gives the database security group an egress rule; without
	// it, sg-empty-egress fires.
	DBEgress bool
	// BastionModule calls modules/sg; BastionCount gives that call a
	// count, BastionNoEgress passes egress_cidrs = [] (sg-empty-egress in
	// the module).
	BastionModule   bool
	BastionCount    bool
	BastionNoEgress bool

	// Blocklist are the /24 blocks the public NACL denies in both
	// directions (Blocked of them); PublicIngress and PublicEgress are
	// its service rules.
	Blocklist     []string
	Blocked       int
	PublicIngress []naclRule
	PublicEgress  []naclRule

	// TFVars adds a terraform.tfvars that overrides some defaults.
	TFVars bool
}

var (
	envs     = []string{"prod", "staging", "dev", "sandbox"}
	teams    = []string{"network-team", "platform-team", "payments", "search", "data-eng", "identity", "checkout", "observability"}
	regions  = []string{"us-east-1", "eu-west-1", "ap-southeast-2", "us-west-2"}
	zones    = map[string]string{"us-east-1": "abcdef", "eu-west-1": "abc", "ap-southeast-2": "abc", "us-west-2": "abcd"}
	appPorts = []int{8080, 8443, 9000, 3000, 5000}
)

// newRoot draws root number i from rng.
func newRoot(rng *rand.Rand, i int) *root {
	r := &root{
		Index:  i,
		Name:   fmt.Sprintf("r%04d", i),
		Env:    pick(rng, envs),
		Team:   pick(rng, teams),
		Region: pick(rng, regions),
	}
	for _, z := range zones[r.Region] {
		r.AZs = append(r.AZs, r.Region+string(z))
	}
	r.AZCount = 2 + rng.IntN(2)
	r.VPCCIDR = fmt.Sprintf("10.%d.0.0/16", i%256)
	r.SecondaryCIDR = fmt.Sprintf("100.64.%d.0/22", (i%64)*4)
	r.SharedCIDR = fmt.Sprintf("172.16.%d.0/20", (i%16)*16)
	for range 1 + rng.IntN(2) {
		r.AdminCIDRs = append(r.AdminCIDRs, fmt.Sprintf("172.24.%d.0/24", len(r.AdminCIDRs)*16+rng.IntN(16)))
	}

	r.DefaultTagsPurpose = chance(rng, 0.5)
	r.NATPurpose = chance(rng, 0.8)
	r.SingleNAT = r.Env != "prod"
	r.Peering = chance(rng, 0.7)
	if r.Peering && chance(rng, 0.1) {
		r.SharedCIDR = fmt.Sprintf("10.%d.128.0/20", i%256) // overlaps VPCCIDR
	}
	r.FlowLogs = chance(rng, 0.5)
	r.RemoteModule = chance(rng, 0.04)

	r.ALBHTTP = chance(rng, 0.7)
	for _, p := range appPorts {
		if chance(rng, 0.4) || (p == appPorts[0] && len(r.AppPorts) == 0) {
			r.AppPorts = append(r.AppPorts, p)
		}
	}
	r.MonitoringPorts = []int{9100}
	if chance(rng, 0.5) {
		r.MonitoringPorts = append(r.MonitoringPorts, 9090)
	}
	r.DBEgress = chance(rng, 0.9)
	r.BastionModule = chance(rng, 0.6)
	r.BastionCount = r.BastionModule && chance(rng, 0.3)
	r.BastionNoEgress = r.BastionModule && chance(rng, 0.1)

	publicNACL(rng, r)
	r.TFVars = i%4 == 0
	return r
}

// pick returns a random element of list.
func pick[T any](rng *rand.Rand, list []T) T { return list[rng.IntN(len(list))] }

// chance returns true with probability p.
func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }
