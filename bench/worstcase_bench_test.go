package bench_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/vpclint/vpclint/internal/gen"
	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser"
	"github.com/vpclint/vpclint/rules"
)

// The rule-level worst cases: each rule whose cost grows faster than
// linearly with a count the user controls (rules per ACL, routes per
// table, VPCs per peering mesh, rules per security group or mirror filter)
// runs alone on one module at the largest count AWS allows. A rule's doc
// quotes these figures, so a change that makes one of them much slower
// must update the doc too.

// BenchmarkRouteTableWorstCase runs the route rules on one route table of
// 1,000 routes (the most AWS allows per table) whose blocks nest, used by
// subnets in three zones (gen.WorstCaseRouteTable).
func BenchmarkRouteTableWorstCase(b *testing.B) {
	src, err := gen.WorstCaseRouteTable(1000)
	if err != nil {
		b.Fatal(err)
	}
	net := loadWorstCase(b, src)
	if n := len(net.RouteTables[0].Routes); n != 1000 {
		b.Fatalf("%d routes loaded, want 1000", n)
	}
	benchEachRule(b, same(net),
		[]*lint.Rule{rules.RouteShadowed, rules.PeeringRouteMissing, rules.NATSingleAZ, rules.NATUnused},
		rules.RouteShadowed, rules.PeeringRouteMissing, rules.NATSingleAZ)
}

// BenchmarkPlanWorstCase runs the change rules on plans with a prior
// state that change one large object: a route table of 1,000 routes that
// loses or re-targets one route in ten (gen.WorstCaseRoutePlan), a network
// ACL of 40 rules per direction that turns some allows into denies
// (gen.WorstCaseNACLPlan, evaluated afresh in each iteration), and
// security groups of 60 and 1,000 rules per direction that drop or narrow
// some (gen.WorstCaseSGPlan).
func BenchmarkPlanWorstCase(b *testing.B) {
	for _, tc := range []struct {
		name     string
		generate func(int) ([]byte, error)
		size     int
		rule     *lint.Rule
		// fresh loads the plan anew for each iteration (NACL.Evaluate).
		fresh bool
	}{
		{"routes-1000", gen.WorstCaseRoutePlan, 1000, rules.ChangeRouteRemoval, false},
		{"nacl-40", gen.WorstCaseNACLPlan, 40, rules.ChangeNACLLiveEdit, true},
		{"sg-60", gen.WorstCaseSGPlan, 60, rules.ChangeSGRuleRemoval, false},
		{"sg-1000", gen.WorstCaseSGPlan, 1000, rules.ChangeSGRuleRemoval, false},
	} {
		b.Run(tc.name, func(b *testing.B) {
			src, err := tc.generate(tc.size)
			if err != nil {
				b.Fatal(err)
			}
			next := loadEach(b, "plan.json", src)
			net := next()
			if len(net.Plans) != 1 || net.Plans[0].Before == nil {
				b.Fatal("the plan did not load with a prior state")
			}
			if !tc.fresh {
				next = same(net)
			}
			benchEachRule(b, next, []*lint.Rule{tc.rule}, tc.rule)
		})
	}
}

// BenchmarkPeeringWorstCase runs the peering rules on two meshes of VPCs
// peered within one module: hub-499 is 500 VPCs, a hub peered with 499
// spokes (499 peerings; AWS allows a VPC 125 active peerings, so this is
// four times the largest real hub), and mesh-126 is the largest full mesh
// AWS allows, 126 VPCs each peered with the 125 others (7,875 peerings,
// 15,750 routes). A full mesh of 500 VPCs (124,750 peerings) cannot exist.
// See gen.WorstCasePeeringHub and gen.WorstCasePeeringMesh.
func BenchmarkPeeringWorstCase(b *testing.B) {
	for _, tc := range []struct {
		name     string
		generate func(int) ([]byte, error)
		size     int
	}{
		{"hub-499", gen.WorstCasePeeringHub, 499},
		{"mesh-126", gen.WorstCasePeeringMesh, 126},
	} {
		b.Run(tc.name, func(b *testing.B) {
			src, err := tc.generate(tc.size)
			if err != nil {
				b.Fatal(err)
			}
			net := loadWorstCase(b, src)
			peerings := []*lint.Rule{rules.PeeringCIDROverlap, rules.PeeringDNSResolution, rules.PeeringRouteMissing}
			benchEachRule(b, same(net), peerings, peerings...)
		})
	}
}

// BenchmarkSGWorstCase runs the security group rules on three groups (inline
// rules, rule resources, the default group) of n rules per direction:
// 60, AWS's default quota, and 1,000, the most a group can have (when it
// is the only group of its network interfaces). See
// gen.WorstCaseSecurityGroup.
func BenchmarkSGWorstCase(b *testing.B) {
	for _, n := range []int{60, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			src, err := gen.WorstCaseSecurityGroup(n)
			if err != nil {
				b.Fatal(err)
			}
			net := loadWorstCase(b, src)
			benchEachRule(b, same(net),
				[]*lint.Rule{rules.SGDuplicateRule, rules.SGDefaultAllowsTraffic, rules.SGOpenIngress, rules.SGEmptyEgress},
				rules.SGDuplicateRule, rules.SGDefaultAllowsTraffic)
		})
	}
}

// BenchmarkMirrorWorstCase runs the traffic mirroring rules on one filter
// of 10 rules per direction (AWS allows 10 per filter, so this is twice
// the most a real filter has) drawn to fragment the traffic earlier rules
// decide in all five dimensions (gen.WorstCaseMirrorFilter), and on one
// target that 100 sessions use (the most an instance takes) behind a
// network ACL of 40 rules per direction and a security group of 60 rules
// (gen.WorstCaseMirrorTarget, loaded afresh in each iteration so that it
// pays for the ACL's evaluation).
func BenchmarkMirrorWorstCase(b *testing.B) {
	b.Run("filter-10", func(b *testing.B) {
		src, err := gen.WorstCaseMirrorFilter(10)
		if err != nil {
			b.Fatal(err)
		}
		net := loadWorstCase(b, src)
		benchEachRule(b, same(net), []*lint.Rule{rules.MirrorFilterShadowed, rules.MirrorFilterEmpty}, rules.MirrorFilterShadowed)
	})
	b.Run("target-100", func(b *testing.B) {
		src, err := gen.WorstCaseMirrorTarget(100)
		if err != nil {
			b.Fatal(err)
		}
		benchEachRule(b, loadEach(b, "main.tf", src), []*lint.Rule{rules.MirrorTargetBlocked}, rules.MirrorTargetBlocked)
	})
}

// loadWorstCase writes src as the main.tf of a new folder and loads the
// folder as a module.
func loadWorstCase(b *testing.B, src []byte) *model.Network {
	b.Helper()
	return loadEach(b, "main.tf", src)()
}

// loadEach writes src as dir/name into a new folder and returns a function
// that loads it (the folder as a module, or the file itself when it is plan
// JSON) anew at each call: for plans, and for rules whose work the model
// caches (NACL.Evaluate), which a real run pays for once.
func loadEach(b *testing.B, name string, src []byte) func() *model.Network {
	b.Helper()
	dir := b.TempDir()
	writeFile(b, dir, name, src)
	path := dir
	if filepath.Ext(name) == ".json" {
		path = filepath.Join(dir, name)
	}
	return func() *model.Network {
		res := parser.Load([]string{path}, parser.Options{})
		if res.Diagnostics.HasErrors() {
			b.Fatal(res.Diagnostics)
		}
		return res.Network
	}
}

// benchEachRule runs each of checked alone, one sub-benchmark named after
// the rule's ID, on the network next returns; next is called before each
// iteration, off the clock. A rule of fire that reports nothing fails the
// benchmark: the worst case does not exercise it.
func benchEachRule(b *testing.B, next func() *model.Network, checked []*lint.Rule, fire ...*lint.Rule) {
	b.Helper()
	for _, rule := range checked {
		b.Run(rule.ID, func(b *testing.B) {
			b.ReportAllocs()
			found := 0
			for b.Loop() {
				b.StopTimer()
				net := next()
				b.StartTimer()
				findings, err := lint.Run([]*lint.Rule{rule}, net, lint.Config{})
				if err != nil {
					b.Fatal(err)
				}
				found = len(findings)
			}
			for _, f := range fire {
				if f == rule && found == 0 {
					b.Error("no finding: the worst case does not exercise the rule")
				}
			}
		})
	}
}

// same returns net for every iteration: for rules that cache nothing in
// the model.
func same(net *model.Network) func() *model.Network {
	return func() *model.Network { return net }
}
