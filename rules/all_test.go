package rules_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vpclint/vpclint/internal/linttest"
	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/rules"
)

// subjects is the closed list of rule ID prefixes (style.md, naming).
var subjects = []string{"sg-", "nacl-", "vpc-", "subnet-", "peering-", "nat-", "route-", "flowlog-", "dx-",
	"mirror-", "network-", "change-", "reach-"}

func TestRegistry(t *testing.T) {
	all := rules.All()
	if err := lint.Validate(all); err != nil {
		t.Fatalf("lint.Validate:\n%v", err)
	}
	ids := make([]string, len(all))
	for i, r := range all {
		ids[i] = r.ID
	}
	if !slices.IsSorted(ids) {
		t.Errorf("rules.All is not in ID order: %v", ids)
	}
	for _, b := range lint.Builtins {
		if slices.Contains(ids, b.ID) {
			t.Errorf("rule %s has the ID of a built-in rule", b.ID)
		}
	}
	for _, r := range all {
		t.Run(r.ID, func(t *testing.T) {
			checkRuleMetadata(t, r)
			checkRuleFiles(t, r)
			checkRuleCases(t, r)
		})
	}
}

// checkRuleMetadata checks what lint.Validate leaves to the registry.
func checkRuleMetadata(t *testing.T, r *lint.Rule) {
	if slices.Contains(rules.Retired, r.ID) {
		t.Errorf("ID %s is retired and must not be reused", r.ID)
	}
	if !slices.ContainsFunc(subjects, func(s string) bool { return strings.HasPrefix(r.ID, s) }) {
		t.Errorf("ID %s does not start with a subject from %v", r.ID, subjects)
	}
	if r.Since == "" {
		t.Error("Since is empty")
	}
	if len(r.Tags) == 0 {
		t.Error("Tags is empty")
	}
	for name, text := range map[string]string{"HowToFix": r.Doc.HowToFix, "Silent": r.Doc.Silent} {
		if strings.TrimSpace(text) == "" {
			t.Errorf("Doc.%s is empty", name)
		}
	}
	if len(r.Doc.References) == 0 {
		t.Error("Doc.References is empty")
	}
	for _, ref := range r.Doc.References {
		if !strings.HasPrefix(ref, "https://") {
			t.Errorf("reference %q is not an https URL", ref)
		}
	}
}

// checkRuleFiles checks that the rule's ID names its source, test and doc
// files.
func checkRuleFiles(t *testing.T, r *lint.Rule) {
	base := strings.ReplaceAll(r.ID, "-", "_")
	for _, path := range []string{base + ".go", base + "_test.go", filepath.Join("..", "docs", "rules", r.ID+".md")} {
		if _, err := os.Stat(path); err != nil {
			t.Errorf("missing %s: %v", path, err)
		}
	}
}

// checkRuleCases checks that the rule has fixture cases that must fire
// and cases that must stay silent, and that each case's name says which.
func checkRuleCases(t *testing.T, r *lint.Rule) {
	dir := filepath.Join("..", "testdata", "rules", r.ID)
	cases, err := linttest.Cases(dir)
	if err != nil {
		t.Fatalf("fixture folder: %v", err)
	}
	var fires, silent int
	for _, c := range cases {
		has, err := linttest.HasExpectations(filepath.Join(dir, c))
		switch {
		case err != nil:
			t.Errorf("case %s: %v", c, err)
		case strings.HasPrefix(c, "fires_") && has:
			fires++
		case strings.HasPrefix(c, "silent_") && !has:
			silent++
		case strings.HasPrefix(c, "fires_"):
			t.Errorf("case %s has no want expectation", c)
		case strings.HasPrefix(c, "silent_"):
			t.Errorf("case %s is named silent_ but has want expectations", c)
		default:
			t.Errorf("case %s: name must start with fires_ or silent_", c)
		}
	}
	if fires == 0 || silent == 0 {
		t.Errorf("%s needs at least one fires_ case and one silent_ case; has %d and %d", dir, fires, silent)
	}
}

// TestDocExamples runs each rule on its documentation: it must fire on
// Doc.Example and stay silent on Doc.Fixed, so a doc cannot lie. A rule
// about planned changes (ID change-…) needs a plan with a prior state,
// and a reachability assertion (reach-…) needs its assertion from the
// config file, which configuration alone cannot give: see
// checkFixtureDocExample.
func TestDocExamples(t *testing.T) {
	for _, r := range rules.All() {
		t.Run(r.ID, func(t *testing.T) {
			if strings.HasPrefix(r.ID, "change-") || strings.HasPrefix(r.ID, "reach-") {
				checkFixtureDocExample(t, r)
				return
			}
			if fs := linttest.FindingsInSource(t, r, r.Doc.Example); len(fs) == 0 {
				t.Errorf("no finding on Doc.Example:\n%s", r.Doc.Example)
			}
			for _, f := range linttest.FindingsInSource(t, r, r.Doc.Fixed) {
				t.Errorf("finding on Doc.Fixed: line %d: %s", f.Range.Start.Line, f.Message)
			}
		})
	}
}

// checkFixtureDocExample checks the doc of a rule that needs more than
// configuration: Doc.Example and Doc.Fixed must be the configurations
// (main.tf) of its fixture cases fires_doc_example and silent_doc_example
// (for a rule about planned changes, each planned against a prior state
// into plan.json; for a reachability assertion, with the assertion in
// options.json), and the rule must report exactly the fires case's
// want.txt expectations (at least one) and nothing on the silent case.
func checkFixtureDocExample(t *testing.T, r *lint.Rule) {
	input := "plan.json"
	if strings.HasPrefix(r.ID, "reach-") {
		input = "options.json"
	}
	for _, c := range []struct{ name, field, text string }{
		{"fires_doc_example", "Doc.Example", r.Doc.Example},
		{"silent_doc_example", "Doc.Fixed", r.Doc.Fixed},
	} {
		dir := filepath.Join("..", "testdata", "rules", r.ID, c.name)
		src, err := os.ReadFile(filepath.Join(dir, "main.tf"))
		if err != nil {
			t.Errorf("%s: %v", c.field, err)
			continue
		}
		if strings.TrimSpace(string(src)) != strings.TrimSpace(c.text) {
			t.Errorf("%s is not %s/main.tf:\n%s", c.field, c.name, c.text)
		}
		if _, err := os.Stat(filepath.Join(dir, input)); err != nil {
			t.Errorf("%s: %v", c.field, err)
			continue
		}
		if has, err := linttest.HasExpectations(dir); err != nil || has != (c.name == "fires_doc_example") {
			t.Errorf("%s: expectations %v (%v): the fires case needs some, the silent case none", c.name, has, err)
		}
		linttest.Check(t, r, dir)
	}
}
