// Package linttest is vpclint's analogue of
// golang.org/x/tools/go/analysis/analysistest: it runs one rule over
// fixture modules and checks its findings against expectations written in
// the fixtures.
//
// Each subfolder of a rule's testdata folder is one case: a root module
// (with its local modules and tfvars) loaded with the real parser. An
// expectation is a comment on the line where a finding starts:
//
//	resource "aws_security_group" "web" { # want "no egress rule"
//	  ...
//	}
//	# want +1 "replies .* are denied"
//	ingress {
//
// `// want` works too. A comment may hold several regexps (Go string
// syntax, "…" or `…`), each one optionally preceded by a severity word
// (error, warning, note) that the finding must have. Inputs that cannot
// hold comments (.tf.json, plan JSON) get a sidecar want.txt with lines
// `file:line "regexp"`, the file relative to the want.txt's folder.
//
// A case with plan .json files is loaded from its plans. Configuration
// beside them is what the plan was made from: the parser locates the
// plan's resources at its blocks, so its want comments count too. The
// subfolders of a plan case (such as the prior configuration the plan's
// state was made from) are not loaded.
//
// The matching rules are analysistest's: every finding must match an
// unused expectation on its start line, and every expectation must be used
// exactly once. A case may set rule options in an options.json file, e.g.
// {"tags": ["Owner"]}; a list of objects, e.g. {"assertions": [{"name":
// "app-to-db", "from": "aws_instance.app", "to": "aws_db_instance.main",
// "port": 5432}]}, reaches Option.Parse as []map[string]any, as from the
// config file.
package linttest

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/parser"
)

// optionsFile is a case's rule-option file.
const optionsFile = "options.json"

// Run runs rule on every case folder under dir, each as a subtest named
// after the folder.
func Run(t *testing.T, rule *lint.Rule, dir string) {
	t.Helper()
	cases, err := Cases(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatalf("%s: no test cases", dir)
	}
	for _, c := range cases {
		t.Run(c, func(t *testing.T) {
			Check(t, rule, filepath.Join(dir, c))
		})
	}
}

// Cases returns the names of the case folders under dir, sorted.
func Cases(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// HasExpectations reports whether the case folder holds at least one
// expectation (a want comment or a want.txt line).
func HasExpectations(caseDir string) (bool, error) {
	exps, err := collectExpectations(caseDir)
	return len(exps) > 0, err
}

// Check runs rule on the case folder dir and reports through t every
// finding without a matching expectation and every expectation without a
// matching finding.
func Check(t testing.TB, rule *lint.Rule, dir string) {
	t.Helper()
	exps, err := collectExpectations(dir)
	if err != nil {
		t.Errorf("%s: %v", dir, err)
		return
	}
	findings, err := findings(rule, dir)
	if err != nil {
		t.Errorf("%s: %v", dir, err)
		return
	}
	for _, msg := range compare(dir, findings, exps) {
		t.Errorf("%s", msg)
	}
}

// FindingsInSource writes src as main.tf into a fresh folder, loads it and
// returns rule's findings (for doc examples).
func FindingsInSource(t testing.TB, rule *lint.Rule, src string) []lint.Finding {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	fs, err := findings(rule, dir)
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

// findings loads the case folder and runs rule on it alone through
// lint.Run, so that vpclint:ignore directives and duplicate removal apply as
// in a real run. Findings of the built-in directive rules are dropped: they
// belong to lint's own tests.
func findings(rule *lint.Rule, dir string) ([]lint.Finding, error) {
	opts, err := readOptions(rule, dir)
	if err != nil {
		return nil, err
	}
	paths, err := loadPaths(dir)
	if err != nil {
		return nil, err
	}
	res := parser.Load(paths, parser.Options{})
	if res.Diagnostics.HasErrors() {
		return nil, fmt.Errorf("loading the fixture failed: %s", res.Diagnostics.Error())
	}
	// The rule under test runs even when it is off by default.
	on := true
	cfg := lint.Config{Rules: map[string]lint.RuleConfig{rule.ID: {Enabled: &on, Options: opts}}}
	all, err := lint.Run([]*lint.Rule{rule}, res.Network, cfg)
	if err != nil {
		return nil, err
	}
	var out []lint.Finding
	for _, f := range all {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out, nil
}

// loadPaths returns what to hand to parser.Load for a case: its plan .json
// files when it has some (the configuration beside a plan only locates
// the plan's findings in the source, as in a real run), else the folder
// itself when it holds a module.
func loadPaths(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var plans []string
	module := false
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
		case strings.HasSuffix(name, ".tf"), strings.HasSuffix(name, ".tf.json"):
			module = true
		case strings.HasSuffix(name, ".json") && name != optionsFile:
			plans = append(plans, filepath.Join(dir, name))
		}
	}
	switch {
	case len(plans) > 0:
		return plans, nil
	case module:
		return []string{dir}, nil
	}
	return nil, errors.New("no .tf, .tf.json or plan .json file")
}

// readOptions reads the case's options.json, if any, through the rule's
// Option.Parse functions.
func readOptions(rule *lint.Rule, dir string) (map[string]any, error) {
	src, err := os.ReadFile(filepath.Join(dir, optionsFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var raw map[string]any
	if err := json.Unmarshal(src, &raw); err != nil {
		return nil, fmt.Errorf("%s: %v", optionsFile, err)
	}
	out := map[string]any{}
	for name, v := range raw {
		opt := findOption(rule, name)
		if opt == nil {
			return nil, fmt.Errorf("%s: rule %s has no option %q", optionsFile, rule.ID, name)
		}
		parsed, err := opt.Parse(hclShaped(v))
		if err != nil {
			return nil, fmt.Errorf("%s: option %s: %v", optionsFile, name, err)
		}
		out[name] = parsed
	}
	return out, nil
}

// findOption returns the rule's option called name, or nil.
func findOption(rule *lint.Rule, name string) *lint.Option {
	for i := range rule.Options {
		if rule.Options[i].Name == name {
			return &rule.Options[i]
		}
	}
	return nil
}

// hclShaped converts a JSON list of strings to []string, and a non-empty
// list of objects to []map[string]any, the shapes the config loader hands
// to Option.Parse; other values pass unchanged.
func hclShaped(v any) any {
	list, ok := v.([]any)
	if !ok {
		return v
	}
	if objects, ok := objectList(list); ok {
		return objects
	}
	out := make([]string, 0, len(list))
	for _, item := range list {
		s, ok := item.(string)
		if !ok {
			return v
		}
		out = append(out, s)
	}
	return out
}

// objectList converts a non-empty JSON list of objects to
// []map[string]any.
func objectList(list []any) ([]map[string]any, bool) {
	if len(list) == 0 {
		return nil, false
	}
	out := make([]map[string]any, 0, len(list))
	for _, item := range list {
		obj, ok := item.(map[string]any)
		if !ok {
			return nil, false
		}
		out = append(out, obj)
	}
	return out, true
}

// compare applies analysistest's matching rules and returns one message
// per mismatch, with file names relative to dir.
func compare(dir string, findings []lint.Finding, exps []*expectation) []string {
	rel := func(path string) string {
		if r, err := filepath.Rel(absPath(dir), path); err == nil {
			return filepath.ToSlash(r)
		}
		return path
	}
	var msgs []string
	for _, f := range findings {
		if f.Range.Filename == "" {
			msgs = append(msgs, fmt.Sprintf("finding without a location: %s", f.Message))
			continue
		}
		file, line := absPath(f.Range.Filename), f.Range.Start.Line
		if !consume(exps, file, line, f) {
			msgs = append(msgs, fmt.Sprintf("%s:%d: unexpected finding: %s: %s", rel(file), line, f.Severity, f.Message))
		}
	}
	for _, e := range exps {
		if !e.used {
			msgs = append(msgs, fmt.Sprintf("%s:%d: no finding matching %s", rel(e.file), e.line, e))
		}
	}
	return msgs
}

// consume marks the first unused expectation at file:line that f matches
// and reports whether there was one.
func consume(exps []*expectation, file string, line int, f lint.Finding) bool {
	for _, e := range exps {
		if !e.used && e.line == line && e.file == file && e.matches(f) {
			e.used = true
			return true
		}
	}
	return false
}

// absPath makes path absolute (relative to the working folder, as the
// parser's ranges are) and clean.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}
