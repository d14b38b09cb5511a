package gen

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TestWorstCaseModules checks that each worst-case module is the same on
// every call, parses, holds the counts its doc promises and refuses a size
// too small to hold its mistakes.
func TestWorstCaseModules(t *testing.T) {
	for _, tc := range []struct {
		name     string
		generate func(int) ([]byte, error)
		size     int
		tooSmall int
		// want counts resources by type, and nested blocks as
		// "<type>.<name> <block type>".
		want map[string]int
	}{
		{"route_table", WorstCaseRouteTable, 1000, 7, map[string]int{
			"aws_route_table.private route": 1000, "aws_subnet": 4, "aws_nat_gateway": 1,
		}},
		{"peering_hub", WorstCasePeeringHub, 499, 3, map[string]int{
			"aws_vpc": 500, "aws_vpc_peering_connection": 499, "aws_route_table": 499,
			"aws_route_table.hub route": 499, "aws_route53_zone.internal vpc": 251,
		}},
		{"peering_mesh", WorstCasePeeringMesh, 126, 3, map[string]int{
			"aws_vpc": 126, "aws_vpc_peering_connection": 126 * 125 / 2, "aws_route_table": 126,
			"aws_route_table.v001 route": 125, "aws_route_table.v125 route": 124,
		}},
		{"security_group", WorstCaseSecurityGroup, 60, 1, map[string]int{
			"aws_security_group.app ingress": 60, "aws_security_group.app egress": 60,
			"aws_vpc_security_group_ingress_rule": 60, "aws_vpc_security_group_egress_rule": 60,
			"aws_default_security_group.default ingress": 60, "aws_default_security_group.default egress": 60,
		}},
		{"mirror_filter", WorstCaseMirrorFilter, 10, 2, map[string]int{
			"aws_ec2_traffic_mirror_filter_rule": 20, "aws_ec2_traffic_mirror_session": 1,
		}},
		{"mirror_target", WorstCaseMirrorTarget, 100, 0, map[string]int{
			"aws_ec2_traffic_mirror_session": 100, "aws_ec2_traffic_mirror_target": 1,
			"aws_network_acl.tools ingress": 40, "aws_network_acl.tools egress": 40, "aws_security_group.target ingress": 60,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, err := tc.generate(tc.size)
			if err != nil {
				t.Fatal(err)
			}
			if again, _ := tc.generate(tc.size); !bytes.Equal(src, again) {
				t.Error("two calls differ")
			}
			file, diags := hclsyntax.ParseConfig(src, "main.tf", hcl.InitialPos)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			got := map[string]int{}
			for _, blk := range file.Body.(*hclsyntax.Body).Blocks {
				got[blk.Labels[0]]++
				for _, nested := range blk.Body.Blocks {
					got[blk.Labels[0]+"."+blk.Labels[1]+" "+nested.Type]++
				}
			}
			for key, n := range tc.want {
				if got[key] != n {
					t.Errorf("%s: %d, want %d", key, got[key], n)
				}
			}
			if _, err := tc.generate(tc.tooSmall); err == nil {
				t.Errorf("size %d: no error", tc.tooSmall)
			}
		})
	}
}

// TestWorstCasePlans checks that each worst-case plan is the same on every
// call, is JSON with a prior state, and holds its large object whole before
// and changed after.
func TestWorstCasePlans(t *testing.T) {
	for _, tc := range []struct {
		name     string
		generate func(int) ([]byte, error)
		size     int
		// attrs are the list attributes of the first resource that hold
		// size elements in the prior state and fewer or as many planned.
		attrs []string
	}{
		{"routes", WorstCaseRoutePlan, 1000, []string{"route"}},
		{"nacl", WorstCaseNACLPlan, 40, []string{"ingress", "egress"}},
		{"sg", WorstCaseSGPlan, 60, []string{"ingress", "egress"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, err := tc.generate(tc.size)
			if err != nil {
				t.Fatal(err)
			}
			if again, _ := tc.generate(tc.size); !bytes.Equal(src, again) {
				t.Error("two calls differ")
			}
			var plan struct {
				PriorState struct {
					Values struct {
						RootModule struct {
							Resources []struct{ Values map[string]any } `json:"resources"`
						} `json:"root_module"`
					} `json:"values"`
				} `json:"prior_state"`
				PlannedValues struct {
					RootModule struct {
						Resources []struct{ Values map[string]any } `json:"resources"`
					} `json:"root_module"`
				} `json:"planned_values"`
			}
			if err := json.Unmarshal(src, &plan); err != nil {
				t.Fatal(err)
			}
			before, after := plan.PriorState.Values.RootModule.Resources, plan.PlannedValues.RootModule.Resources
			if len(before) == 0 || len(after) != len(before) {
				t.Fatalf("%d resources before, %d after", len(before), len(after))
			}
			for _, attr := range tc.attrs {
				b, _ := before[0].Values[attr].([]any)
				a, _ := after[0].Values[attr].([]any)
				if len(b) != tc.size {
					t.Errorf("%s: %d elements before, want %d", attr, len(b), tc.size)
				}
				if len(a) > len(b) {
					t.Errorf("%s: %d elements planned, more than the %d before", attr, len(a), len(b))
				}
			}
			if _, err := tc.generate(1); err == nil {
				t.Error("size 1: no error")
			}
		})
	}
}
