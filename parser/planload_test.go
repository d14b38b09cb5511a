package parser_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser"
)

// priorStatePlan is a plan made against a state: aws_security_group.web is
// replaced create-before-destroy, aws_security_group.gone (in the state
// only) is deleted, aws_vpc.main is unchanged. Its configuration is beside
// it.
const priorStatePlan = "../testdata/plans/prior_state/plan.json"

// noStatePlan is a plan made without a state.
const noStatePlan = "../testdata/plans/nacl/plan.json"

// load loads paths and fails on any error diagnostic.
func load(t *testing.T, paths ...string) *model.Network {
	t.Helper()
	res := parser.Load(paths, parser.Options{})
	if res.Diagnostics.HasErrors() {
		t.Fatal(res.Diagnostics.Error())
	}
	return res.Network
}

// groupAddresses returns the addresses of the network's security groups.
func groupAddresses(n *model.Network) []string {
	var out []string
	for _, g := range n.SecurityGroups {
		out = append(out, g.Address)
	}
	return out
}

func TestLoadPlanBeforeAndChanges(t *testing.T) {
	n := load(t, priorStatePlan)
	if len(n.Plans) != 1 || n.Plans[0].Before == nil {
		t.Fatalf("Plans = %v, want one plan with a prior state", n.Plans)
	}
	p := n.Plans[0]
	if got := groupAddresses(p.Before); !sameSet(got, "aws_security_group.gone", "aws_security_group.web") {
		t.Errorf("groups before = %v, want gone and web", got)
	}
	if got := groupAddresses(p); !sameSet(got, "aws_security_group.web") {
		t.Errorf("groups after = %v, want web only (gone is destroyed)", got)
	}
	tests := []struct {
		address string
		action  model.ChangeAction
		reason  string
		file    string
		line    int
	}{
		// A resource of the configuration is located at its block.
		{"aws_security_group.web", model.ChangeCreateBeforeDestroy, "replace_because_cannot_update", "main.tf", 10},
		{"aws_vpc.main", model.ChangeNoOp, "", "main.tf", 2},
		// A resource the configuration no longer has stays in the plan.
		{"aws_security_group.gone", model.ChangeDelete, "delete_because_no_resource_config", "plan.json", 0},
	}
	for _, tc := range tests {
		t.Run(tc.address, func(t *testing.T) {
			c := n.Change(tc.address)
			if c == nil {
				t.Fatalf("no change for %s", tc.address)
			}
			if c.Action != tc.action || c.Reason != tc.reason || c.Type == "" {
				t.Errorf("change = %s %q %q, want %s %q", c.Action, c.Reason, c.Type, tc.action, tc.reason)
			}
			if got := filepath.Base(c.Range.Filename); got != tc.file || tc.line > 0 && c.Range.Start.Line != tc.line {
				t.Errorf("located at %s, want %s line %d", c.Range, tc.file, tc.line)
			}
		})
	}
	if len(n.Changes) != len(p.Changes) || n.Before == nil || len(n.Before.SecurityGroups) != 2 {
		t.Errorf("merged network: %d changes (plan has %d), Before %v", len(n.Changes), len(p.Changes), n.Before)
	}
}

func TestLoadSeveralPlans(t *testing.T) {
	n := load(t, priorStatePlan, noStatePlan, priorStatePlan)
	if len(n.Plans) != 3 {
		t.Fatalf("%d plans, want 3", len(n.Plans))
	}
	if n.Plans[0].Before == nil || n.Plans[1].Before != nil || n.Plans[2].Before == nil {
		t.Errorf("Before per plan: %v, %v, %v; want the plan without a state to have none",
			n.Plans[0].Before != nil, n.Plans[1].Before != nil, n.Plans[2].Before != nil)
	}
	// Each plan keeps its own objects, although the two copies share
	// addresses; the merged network has them all.
	if n.Plans[0].Before == n.Plans[2].Before || n.Plans[0].SecurityGroups[0] == n.Plans[2].SecurityGroups[0] {
		t.Error("two loads of one plan share objects")
	}
	if got, want := len(n.Before.SecurityGroups), 4; got != want {
		t.Errorf("merged Before has %d groups, want %d (two per copy of the prior state)", got, want)
	}
	changes := 0
	for _, p := range n.Plans {
		changes += len(p.Changes)
		if p.Plans != nil {
			t.Error("a plan's own network lists plans")
		}
	}
	if len(n.Changes) != changes {
		t.Errorf("merged network has %d changes, the plans %d", len(n.Changes), changes)
	}
}

func TestLoadSourceHasNoPlan(t *testing.T) {
	n := load(t, "../testdata/plans/prior_state")
	if n.Before != nil || n.Changes != nil || n.Plans != nil {
		t.Errorf("source: Before %v, %d changes, %d plans; want none", n.Before, len(n.Changes), len(n.Plans))
	}
}

// sameSet reports whether got holds exactly the want strings, in any order.
func sameSet(got []string, want ...string) bool {
	slices.Sort(got)
	slices.Sort(want)
	return slices.Equal(got, want)
}
