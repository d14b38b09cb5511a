package rules_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vpclint/vpclint/internal/gen"
	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/parser"
	"github.com/vpclint/vpclint/rules"
)

// TestPeeringRulesOnMeshes runs the peering rules on a generated hub and
// full mesh, with many peerings in one module, and expects exactly the
// mistakes the generator put in: each route is read once and grouped by
// the peering it targets, and a route must count for its own peering
// only.
func TestPeeringRulesOnMeshes(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  func() ([]byte, error)
		want map[string][]string // rule ID → resources of its findings
	}{{
		name: "hub_of_30",
		src:  func() ([]byte, error) { return gen.WorstCasePeeringHub(30) },
		want: map[string][]string{
			"peering-cidr-overlap":   {"aws_vpc_peering_connection.hub_s028"},
			"peering-dns-resolution": {"aws_route53_zone.internal", "aws_vpc_peering_connection.hub_s000"},
			"peering-route-missing":  {"aws_vpc_peering_connection.hub_s029"},
		},
	}, {
		name: "full_mesh_of_12",
		src:  func() ([]byte, error) { return gen.WorstCasePeeringMesh(12) },
		want: map[string][]string{
			"peering-cidr-overlap":   {"aws_vpc_peering_connection.v009_v010"},
			"peering-dns-resolution": {"aws_route53_zone.internal", "aws_vpc_peering_connection.v000_v001"},
			"peering-route-missing":  {"aws_vpc_peering_connection.v000_v011"},
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			src, err := tc.src()
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "main.tf"), src, 0o644); err != nil {
				t.Fatal(err)
			}
			res := parser.Load([]string{dir}, parser.Options{})
			if res.Diagnostics.HasErrors() {
				t.Fatal(res.Diagnostics)
			}
			got := map[string][]string{}
			for _, rule := range []*lint.Rule{rules.PeeringCIDROverlap, rules.PeeringDNSResolution, rules.PeeringRouteMissing} {
				findings, err := lint.Run([]*lint.Rule{rule}, res.Network, lint.Config{})
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range findings {
					got[rule.ID] = append(got[rule.ID], f.Resource)
				}
				slices.Sort(got[rule.ID])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("findings by rule (-want +got):\n%s", diff)
			}
		})
	}
}
