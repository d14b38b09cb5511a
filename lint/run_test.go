package lint

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/model"
)

// at returns a location in file at line:col, one line long.
func at(file string, line, col int) model.Location {
	return model.Location{
		Range: hcl.Range{
			Filename: file,
			Start:    hcl.Pos{Line: line, Column: col, Byte: line*100 + col},
			End:      hcl.Pos{Line: line + 1, Column: 2, Byte: line*100 + 102},
		},
		Address: fmt.Sprintf("aws_thing.l%d", line),
	}
}

// reporting returns a rule that reports message msg at each location.
func reporting(id string, sev Severity, msg string, locs ...model.Location) *Rule {
	return &Rule{ID: id, Severity: sev, Run: func(p *Pass) error {
		for _, l := range locs {
			p.Reportf(l, "%s", msg)
		}
		return nil
	}}
}

// show renders findings as "file:line:col rule severity resource: message"
// lines for diffing.
func show(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s:%d:%d %s %s %s: %s", f.Range.Filename, f.Range.Start.Line,
			f.Range.Start.Column, f.Rule.ID, f.Severity, f.Resource, f.Message))
	}
	return out
}

func ptr[T any](v T) *T { return &v }

func TestRun(t *testing.T) {
	offByDefault := reporting("off-rule", Warning, "off", at("a.tf", 1, 1))
	offByDefault.DefaultOff = true
	tests := []struct {
		name  string
		rules []*Rule
		cfg   Config
		want  []string
	}{
		{
			name: "sorted by file, line, column, rule, message",
			rules: []*Rule{
				reporting("z-rule", Error, "m", at("b.tf", 1, 1), at("a.tf", 2, 1), at("a.tf", 1, 5)),
				reporting("a-rule", Note, "m", at("a.tf", 1, 5), at("a.tf", 1, 3)),
				{ID: "m-rule", Run: func(p *Pass) error {
					p.Reportf(at("a.tf", 1, 5), "second")
					p.Reportf(at("a.tf", 1, 5), "first")
					return nil
				}},
			},
			want: []string{
				"a.tf:1:3 a-rule note aws_thing.l1: m",
				"a.tf:1:5 a-rule note aws_thing.l1: m",
				"a.tf:1:5 m-rule error aws_thing.l1: first",
				"a.tf:1:5 m-rule error aws_thing.l1: second",
				"a.tf:1:5 z-rule error aws_thing.l1: m",
				"a.tf:2:1 z-rule error aws_thing.l2: m",
				"b.tf:1:1 z-rule error aws_thing.l1: m",
			},
		},
		{
			name:  "default-off rule does not run",
			rules: []*Rule{offByDefault, reporting("on-rule", Error, "on", at("a.tf", 2, 1))},
			want:  []string{"a.tf:2:1 on-rule error aws_thing.l2: on"},
		},
		{
			name:  "default-off rule enabled by config",
			rules: []*Rule{offByDefault},
			cfg:   Config{Rules: map[string]RuleConfig{"off-rule": {Enabled: ptr(true)}}},
			want:  []string{"a.tf:1:1 off-rule warning aws_thing.l1: off"},
		},
		{
			name: "rule disabled by config",
			rules: []*Rule{
				reporting("on-rule", Error, "on", at("a.tf", 2, 1)),
				reporting("other-rule", Error, "other", at("a.tf", 3, 1)),
			},
			cfg:  Config{Rules: map[string]RuleConfig{"on-rule": {Enabled: ptr(false)}}},
			want: []string{"a.tf:3:1 other-rule error aws_thing.l3: other"},
		},
		{
			name:  "severity override replaces the rule's and the finding's severity",
			rules: []*Rule{reporting("a-rule", Error, "m", at("a.tf", 1, 1))},
			cfg:   Config{Rules: map[string]RuleConfig{"a-rule": {Severity: ptr(Note)}}},
			want:  []string{"a.tf:1:1 a-rule note aws_thing.l1: m"},
		},
		{
			name: "identical findings from two callers are reported once, the most severe kept",
			rules: []*Rule{{ID: "a-rule", Severity: Warning, Run: func(p *Pass) error {
				p.Reportf(at("mod/main.tf", 3, 1), "same")
				p.Report(Finding{Severity: Error, Message: "same", Range: at("mod/main.tf", 3, 1).Range, Resource: "module.b.x"})
				p.Reportf(at("mod/main.tf", 3, 1), "different")
				return nil
			}}},
			want: []string{
				"mod/main.tf:3:1 a-rule warning aws_thing.l3: different",
				"mod/main.tf:3:1 a-rule error module.b.x: same",
			},
		},
		{
			name: "a finding is attributed to the rule that reported it",
			rules: []*Rule{{ID: "a-rule", Severity: Warning, Run: func(p *Pass) error {
				p.Report(Finding{Rule: &Rule{ID: "impostor"}, Severity: Warning, Message: "m", Range: at("a.tf", 1, 1).Range})
				return nil
			}}},
			want: []string{"a.tf:1:1 a-rule warning : m"},
		},
		{
			name: "a rule reads its configured option, and the default when unset",
			rules: []*Rule{{
				ID: "opt-rule",
				Options: []Option{
					{Name: "tags", Default: []string{"Owner"}},
					{Name: "limit", Default: 5.0},
				},
				Run: func(p *Pass) error {
					p.Reportf(at("a.tf", 1, 1), "tags=%v limit=%v", p.Option("tags"), p.Option("limit"))
					return nil
				},
			}},
			cfg:  Config{Rules: map[string]RuleConfig{"opt-rule": {Options: map[string]any{"tags": []string{"CostCenter"}}}}},
			want: []string{"a.tf:1:1 opt-rule error aws_thing.l1: tags=[CostCenter] limit=5"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Run(tc.rules, &model.Network{}, tc.cfg)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if diff := cmp.Diff(tc.want, show(got)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRunRuleFailure(t *testing.T) {
	otherRan := false
	other := &Rule{ID: "other-rule", Run: func(p *Pass) error {
		otherRan = true
		p.Reportf(at("a.tf", 1, 1), "m")
		return nil
	}}
	panics := &Rule{ID: "panicky-rule", Run: func(p *Pass) error {
		p.Reportf(at("a.tf", 1, 1), "before the panic")
		i := len(p.Network.VPCs) + 3
		return errors.New(p.Network.VPCs[i].Address) // index out of range
	}}
	fails := &Rule{ID: "failing-rule", Run: func(*Pass) error { return errors.New("model incomplete") }}
	panicsWithString := &Rule{ID: "string-panic", Run: func(*Pass) error { panic("boom") }}

	got, err := Run([]*Rule{panics, other, fails, panicsWithString}, &model.Network{}, Config{})
	if got != nil {
		t.Errorf("findings = %v, want none when a rule fails", show(got))
	}
	if !otherRan {
		t.Error("a rule after the panicking one did not run")
	}
	if err == nil {
		t.Fatal("Run returned no error")
	}
	var ruleErrs []*RuleError
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var re *RuleError
		if !errors.As(e, &re) {
			t.Fatalf("error %v is not a *RuleError", e)
		}
		ruleErrs = append(ruleErrs, re)
	}
	if len(ruleErrs) != 3 {
		t.Fatalf("got %d rule errors, want 3: %v", len(ruleErrs), err)
	}
	tests := []struct {
		err       *RuleError
		wantMsg   string
		wantStack bool
	}{
		{ruleErrs[0], "rule panicky-rule panicked: runtime error: index out of range [3] with length 0", true},
		{ruleErrs[1], "rule failing-rule: model incomplete", false},
		{ruleErrs[2], "rule string-panic panicked: boom", true},
	}
	for _, tc := range tests {
		t.Run(tc.err.Rule.ID, func(t *testing.T) {
			if !strings.HasPrefix(tc.err.Error(), tc.wantMsg) {
				t.Errorf("Error() = %q, want prefix %q", tc.err.Error(), tc.wantMsg)
			}
			if hasStack := tc.err.Stack != nil; hasStack != tc.wantStack {
				t.Errorf("has stack = %v, want %v", hasStack, tc.wantStack)
			}
			if tc.wantStack && !strings.Contains(string(tc.err.Stack), "lint.runRule") {
				t.Errorf("stack does not show the rule call:\n%s", tc.err.Stack)
			}
		})
	}
}

func TestRunConfigErrors(t *testing.T) {
	rule := &Rule{ID: "a-rule", Options: []Option{{Name: "tags"}}, Run: func(*Pass) error { return nil }}
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"unknown rule", Config{Rules: map[string]RuleConfig{"no-such-rule": {}}}, `config names unknown rule "no-such-rule"`},
		{"unknown option", Config{Rules: map[string]RuleConfig{"a-rule": {Options: map[string]any{"colour": "x"}}}}, `config sets option "colour" that rule a-rule does not have`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Run([]*Rule{rule}, &model.Network{}, tc.cfg)
			if err == nil || err.Error() != tc.want {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
	t.Run("built-in rules can be configured", func(t *testing.T) {
		cfg := Config{Rules: map[string]RuleConfig{UnusedIgnore.ID: {Enabled: ptr(false)}}}
		if _, err := Run([]*Rule{rule}, &model.Network{}, cfg); err != nil {
			t.Errorf("Run: %v", err)
		}
	})
}

func BenchmarkRun(b *testing.B) {
	var locs []model.Location
	for i := range 1000 {
		locs = append(locs, at(fmt.Sprintf("f%d.tf", i%7), i, 1))
	}
	rules := []*Rule{reporting("a-rule", Error, "m", locs...), reporting("b-rule", Warning, "m", locs...)}
	net := &model.Network{}
	for i := range 50 {
		net.Directives = append(net.Directives, model.Directive{
			Rules: []string{"a-rule"}, Reason: "r", Comment: at("f1.tf", i, 1).Range, Scope: at("f1.tf", i, 1).Range,
		})
	}
	for b.Loop() {
		if _, err := Run(rules, net, Config{}); err != nil {
			b.Fatal(err)
		}
	}
}
