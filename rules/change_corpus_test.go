package rules_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/parser"
	"github.com/vpclint/vpclint/rules"
)

// planCorpus is real plan JSON from public repositories (other tools'
// test data), present on development machines only.
const planCorpus = "/work/shared/corpus/plans"

// TestChangeRulesOnPlanCorpus runs the change-* rules on every plan of the
// corpus that Terraform wrote. Their changes to network resources are a
// tag-only update of security groups (terraform-compliance issue 249) and
// rule updates in a plan without prior state (checkov plan_change_keys),
// on which the rules must stay silent; the test also checks that some
// plan with a prior state and a change other than create was compared.
func TestChangeRulesOnPlanCorpus(t *testing.T) {
	if _, err := os.Stat(planCorpus); err != nil {
		t.Skip("no corpus")
	}
	var changeRules []*lint.Rule
	for _, r := range rules.All() {
		if strings.HasPrefix(r.ID, "change-") {
			changeRules = append(changeRules, r)
		}
	}
	compared := 0
	err := filepath.WalkDir(planCorpus, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".json") {
			return nil
		}
		res := parser.Load([]string{path}, parser.Options{})
		if res.Diagnostics.HasErrors() {
			return nil // not Terraform's output; parser/plan's corpus test covers it
		}
		for _, p := range res.Network.Plans {
			if p.Before != nil && changesSomething(p) {
				compared++
			}
		}
		findings, err := lint.Run(changeRules, res.Network, lint.Config{})
		if err != nil {
			t.Errorf("%s: %v", path, err)
		}
		for _, f := range findings {
			if strings.HasPrefix(f.Rule.ID, "change-") {
				t.Errorf("%s:%d: unexpected %s: %s", path, f.Range.Start.Line, f.Rule.ID, f.Message)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if compared == 0 {
		t.Error("no corpus plan has a prior state and a change: the test compares nothing")
	}
}

// changesSomething reports whether a plan updates, deletes or replaces
// some resource.
func changesSomething(p *model.Network) bool {
	for _, c := range p.Changes {
		if c.Action == model.ChangeUpdate || c.Action.Deletes() {
			return true
		}
	}
	return false
}
