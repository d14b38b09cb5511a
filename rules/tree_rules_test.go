package rules_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vpclint/vpclint/internal/gen"
	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/parser"
	"github.com/vpclint/vpclint/rules"
)

// TestTreeFindingsMatchPerRoot lints a generated tree of 12 root modules
// as a whole and root by root, and expects the same findings from the
// rules that index the whole network's objects once (routes by target,
// subnets by VPC or route table, NAT gateways by VPC) instead of scanning
// the network once per object: an index must never mix up the objects of
// different roots.
func TestTreeFindingsMatchPerRoot(t *testing.T) {
	dir := t.TempDir()
	if _, err := gen.Write(dir, gen.Config{Roots: 12, Seed: gen.DefaultSeed}); err != nil {
		t.Fatal(err)
	}
	checked := []*lint.Rule{rules.NATSingleAZ, rules.NATUnused, rules.PeeringDNSResolution,
		rules.PeeringRouteMissing, rules.VPCFlowLogsMissing}
	whole := treeFindings(t, checked, dir)
	roots, err := filepath.Glob(filepath.Join(dir, "roots", "*"))
	if err != nil || len(roots) != 12 {
		t.Fatalf("%d roots (%v), want 12", len(roots), err)
	}
	var perRoot []string
	for _, root := range roots {
		perRoot = append(perRoot, treeFindings(t, checked, root)...)
	}
	slices.Sort(whole)
	slices.Sort(perRoot)
	if len(whole) == 0 {
		t.Fatal("no finding on the tree: the test checks nothing")
	}
	if diff := cmp.Diff(perRoot, whole); diff != "" {
		t.Errorf("findings on the whole tree (+) differ from those root by root (-):\n%s", diff)
	}
}

// treeFindings returns the findings of rules on the modules under dir, as
// "rule root/file:line message".
func treeFindings(t *testing.T, checked []*lint.Rule, dir string) []string {
	t.Helper()
	res := parser.Load([]string{dir}, parser.Options{})
	if res.Diagnostics.HasErrors() {
		t.Fatal(res.Diagnostics)
	}
	findings, err := lint.Run(checked, res.Network, lint.Config{})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(findings))
	for i, f := range findings {
		file, err := filepath.Abs(f.Range.Filename)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = fmt.Sprintf("%s %s/%s:%d %s", f.Rule.ID, filepath.Base(filepath.Dir(file)), filepath.Base(file),
			f.Range.Start.Line, f.Message)
	}
	return out
}
