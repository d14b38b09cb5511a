package linttest

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
)

// recorder is a testing.TB that records errors instead of failing, to
// prove that Check fails when it should.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// at returns a finding at line of file (relative to testdata/sample).
func at(file string, line int, sev lint.Severity, msg string) lint.Finding {
	path, _ := filepath.Abs(filepath.Join("testdata", "sample", file))
	return lint.Finding{
		Severity: sev,
		Message:  msg,
		Range:    hcl.Range{Filename: path, Start: hcl.Pos{Line: line, Column: 1}},
	}
}

func TestCompare(t *testing.T) {
	all := []lint.Finding{
		at("main.tf", 1, lint.Error, "group aws_security_group.a"),
		at("main.tf", 6, lint.Warning, "group aws_security_group.b"),
		at("main.tf", 6, lint.Error, "the second finding"),
		at("modules/child/main.tf", 1, lint.Error, "group module.child.aws_security_group.c"),
	}
	tests := []struct {
		name     string
		findings []lint.Finding
		want     []string
	}{
		{name: "all matched", findings: all},
		{
			name:     "missing finding",
			findings: all[1:],
			want:     []string{`main.tf:1: no finding matching "^group aws_security_group\\.a$"`},
		},
		{
			name:     "extra finding",
			findings: append(slices.Clone(all), at("main.tf", 2, lint.Error, "stray")),
			want:     []string{"main.tf:2: unexpected finding: error: stray"},
		},
		{
			name:     "same finding twice uses the expectation once",
			findings: append(slices.Clone(all), all[0]),
			want:     []string{"main.tf:1: unexpected finding: error: group aws_security_group.a"},
		},
		{
			name:     "right message on the wrong line",
			findings: append(slices.Clone(all[1:]), at("main.tf", 2, lint.Error, "group aws_security_group.a")),
			want: []string{
				"main.tf:2: unexpected finding: error: group aws_security_group.a",
				`main.tf:1: no finding matching "^group aws_security_group\\.a$"`,
			},
		},
		{
			name:     "severity mismatch",
			findings: []lint.Finding{all[0], at("main.tf", 6, lint.Error, "group aws_security_group.b"), all[2], all[3]},
			want: []string{
				"main.tf:6: unexpected finding: error: group aws_security_group.b",
				"main.tf:6: no finding matching warning \"group aws_security_group\\\\.b\"",
			},
		},
		{
			name:     "finding in a module file",
			findings: all[:3],
			want:     []string{`modules/child/main.tf:1: no finding matching "group module.child.aws_security_group.c"`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join("testdata", "sample")
			exps, err := collectExpectations(dir)
			if err != nil {
				t.Fatal(err)
			}
			got := compare(dir, tc.findings, exps)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("compare (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseWant(t *testing.T) {
	type exp struct {
		Line     int
		Severity string
		Pattern  string
	}
	tests := []struct {
		comment string
		want    []exp
		err     string
	}{
		{comment: `# want "a"`, want: []exp{{10, "", "a"}}},
		{comment: "// want \"a\" `b\\.c`\n", want: []exp{{10, "", "a"}, {10, "", `b\.c`}}},
		{comment: `# want +2 note "a" "b"`, want: []exp{{12, "note", "a"}, {12, "", "b"}}},
		{comment: `#want error "x"`, want: []exp{{10, "error", "x"}}},
		{comment: `# wanted "a"`},
		{comment: `/* want "a" */`},
		{comment: `# want`, err: "without a regexp"},
		{comment: `# want a`, err: "expected a quoted regexp"},
		{comment: `# want "a" warning`, err: "severity warning without a regexp"},
		{comment: `# want "("`, err: "missing closing )"},
		{comment: `# want +x "a"`, err: "bad line offset"},
	}
	for _, tc := range tests {
		t.Run(tc.comment, func(t *testing.T) {
			text, ok := wantText(tc.comment)
			if !ok {
				if tc.want != nil || tc.err != "" {
					t.Fatalf("wantText(%q) is not an expectation", tc.comment)
				}
				return
			}
			exps, err := parseWant(text, "main.tf", 10)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want it to contain %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []exp
			for _, e := range exps {
				got = append(got, exp{e.line, e.severity, e.re.String()})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("parseWant (-want +got):\n%s", diff)
			}
		})
	}
}

// groupRule is a fake rule reporting each security group whose address
// passes keep, named by address; group b also gets a warning and a second
// finding, to exercise several expectations on one line.
func groupRule(keep func(address string) bool) *lint.Rule {
	return &lint.Rule{ID: "fake", Run: func(pass *lint.Pass) error {
		for _, g := range pass.Network.SecurityGroups {
			if !keep(g.Address) {
				continue
			}
			if g.Address != "aws_security_group.b" {
				pass.Reportf(g, "group %s", g.Address)
				continue
			}
			pass.Report(lint.Finding{Rule: pass.Rule, Severity: lint.Warning, Message: "group " + g.Address,
				Range: g.DefRange, Resource: g.Address})
			pass.Reportf(g, "the second finding")
		}
		return nil
	}}
}

// changeRule reports every planned change but no-ops, so only a case
// loaded from its plan has findings.
var changeRule = &lint.Rule{ID: "fake", Run: func(pass *lint.Pass) error {
	for i := range pass.Network.Changes {
		if c := &pass.Network.Changes[i]; c.Action != model.ChangeNoOp {
			pass.Reportf(c, "%s %s", c.Action, c.Address)
		}
	}
	return nil
}}

func TestCheck(t *testing.T) {
	every := func(string) bool { return true }
	tests := []struct {
		name string
		rule *lint.Rule
		dir  string
		want []string
	}{
		{name: "passes", rule: groupRule(every), dir: "sample"},
		{
			name: "fails on a missing finding",
			rule: groupRule(func(a string) bool { return a != "module.child.aws_security_group.c" }),
			dir:  "sample",
			want: []string{`modules/child/main.tf:1: no finding matching "group module.child.aws_security_group.c"`},
		},
		{
			name: "fails on an extra finding",
			rule: &lint.Rule{ID: "fake", Run: func(pass *lint.Pass) error {
				if err := groupRule(every).Run(pass); err != nil {
					return err
				}
				pass.Reportf(model.Location{Range: hcl.Range{
					Filename: pass.Network.SecurityGroups[0].DefRange.Filename,
					Start:    hcl.Pos{Line: 2, Column: 3},
				}}, "stray")
				return nil
			}},
			dir:  "sample",
			want: []string{"main.tf:2: unexpected finding: error: stray"},
		},
		{name: "json with want.txt", rule: groupRule(every), dir: "jsoncase"},
		{name: "plan with its configuration", rule: changeRule, dir: "plancase"},
		{
			name: "json with want.txt, finding missing",
			rule: groupRule(func(string) bool { return false }),
			dir:  "jsoncase",
			want: []string{`main.tf.json:4: no finding matching "group aws_security_group\\.j"`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recorder{TB: t}
			Check(rec, tc.rule, filepath.Join("testdata", tc.dir))
			if diff := cmp.Diff(tc.want, rec.errs); diff != "" {
				t.Errorf("Check errors (-want +got):\n%s", diff)
			}
		})
	}
}
