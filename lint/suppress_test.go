package lint

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/model"
)

// block returns the range of a block in file from line start (column 1)
// to the closing brace on line end.
func block(file string, start, end int) hcl.Range {
	return hcl.Range{
		Filename: file,
		Start:    hcl.Pos{Line: start, Column: 1, Byte: start * 100},
		End:      hcl.Pos{Line: end, Column: 2, Byte: end*100 + 1},
	}
}

// ignore returns a well-formed block directive on the line before a block
// spanning lines start to end.
func ignore(file string, start, end int, rules ...string) model.Directive {
	return model.Directive{
		Rules:   rules,
		Reason:  "accepted risk",
		Comment: block(file, start-1, start-1),
		Scope:   block(file, start, end),
	}
}

func TestSuppress(t *testing.T) {
	sgRule := reporting("sg-rule", Error, "sg", at("main.tf", 5, 1), at("main.tf", 20, 3))
	naclRule := reporting("nacl-rule", Warning, "nacl", at("main.tf", 6, 3))
	offRule := reporting("off-rule", Error, "off", at("main.tf", 5, 1))
	offRule.DefaultOff = true
	rules := []*Rule{sgRule, naclRule, offRule}

	fileIgnore := model.Directive{
		Rules: []string{"sg-rule"}, Reason: "legacy", File: true,
		Comment: block("main.tf", 1, 1), Scope: block("main.tf", 1, 100),
	}
	tests := []struct {
		name       string
		directives []model.Directive
		cfg        Config
		want       []string
	}{
		{
			name: "no directives",
			want: []string{
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
			},
		},
		{
			name:       "a block directive silences the findings that start inside the block",
			directives: []model.Directive{ignore("main.tf", 5, 10, "sg-rule")},
			want: []string{
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
			},
		},
		{
			name:       "a directive silences several rules",
			directives: []model.Directive{ignore("main.tf", 5, 10, "sg-rule", "nacl-rule")},
			want:       []string{"main.tf:20:3 sg-rule error aws_thing.l20: sg"},
		},
		{
			name: "a finding starting where the block ends is outside it",
			directives: []model.Directive{func() model.Directive {
				d := ignore("main.tf", 3, 5, "sg-rule")
				d.Scope.End = hcl.Pos{Line: 5, Column: 1, Byte: 500}
				return d
			}()},
			want: []string{
				"main.tf:2:1 unused-ignore warning : vpclint:ignore for sg-rule silences no finding in the block it covers; remove it",
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
			},
		},
		{
			name:       "a finding on the last line of the block is inside it",
			directives: []model.Directive{ignore("main.tf", 3, 5, "sg-rule")},
			want: []string{
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
			},
		},
		{
			name:       "a finding before the block is outside it",
			directives: []model.Directive{ignore("main.tf", 6, 8, "sg-rule")},
			want: []string{
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:5:1 unused-ignore warning : vpclint:ignore for sg-rule silences no finding in the block it covers; remove it",
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
			},
		},
		{
			name:       "the same lines in another file are not covered",
			directives: []model.Directive{ignore("other.tf", 5, 10, "sg-rule")},
			want: []string{
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
				"other.tf:4:1 unused-ignore warning : vpclint:ignore for sg-rule silences no finding in the block it covers; remove it",
			},
		},
		{
			name:       "a file directive silences the rule in the whole file",
			directives: []model.Directive{fileIgnore},
			want:       []string{"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl"},
		},
		{
			name: "an unused file directive",
			directives: []model.Directive{{
				Rules: []string{"nacl-rule"}, Reason: "legacy", File: true,
				Comment: block("other.tf", 1, 1), Scope: block("other.tf", 1, 100),
			}},
			want: []string{
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
				"other.tf:1:1 unused-ignore warning : vpclint:ignore-file for nacl-rule silences no finding in this file; remove it",
			},
		},
		{
			name:       "only the rule IDs that silenced nothing are unused",
			directives: []model.Directive{ignore("main.tf", 20, 22, "nacl-rule", "sg-rule", "nacl-rule")},
			want: []string{
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:19:1 unused-ignore warning : vpclint:ignore for nacl-rule silences no finding in the block it covers; remove it",
			},
		},
		{
			name:       "a directive for a rule that did not run is not unused",
			directives: []model.Directive{ignore("main.tf", 30, 32, "off-rule"), ignore("main.tf", 40, 42, "sg-rule")},
			cfg:        Config{Rules: map[string]RuleConfig{"sg-rule": {Enabled: ptr(false)}}},
			want:       []string{"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl"},
		},
		{
			name:       "a directive for an enabled default-off rule can be unused",
			directives: []model.Directive{ignore("main.tf", 30, 32, "off-rule")},
			cfg: Config{Rules: map[string]RuleConfig{
				"off-rule": {Enabled: ptr(true)}, "sg-rule": {Enabled: ptr(false)}, "nacl-rule": {Enabled: ptr(false)},
			}},
			want: []string{
				"main.tf:5:1 off-rule error aws_thing.l5: off",
				"main.tf:29:1 unused-ignore warning : vpclint:ignore for off-rule silences no finding in the block it covers; remove it",
			},
		},
		{
			name:       "an unknown rule ID is invalid, with a suggestion",
			directives: []model.Directive{ignore("main.tf", 5, 10, "sg-rul", "sg-rule", "zzzzzzzz")},
			want: []string{
				`main.tf:4:1 invalid-ignore error : vpclint:ignore names unknown rule "sg-rul"; did you mean "sg-rule"?`,
				`main.tf:4:1 invalid-ignore error : vpclint:ignore names unknown rule "zzzzzzzz"`,
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
			},
		},
		{
			name: "a malformed directive silences nothing",
			directives: []model.Directive{func() model.Directive {
				d := ignore("main.tf", 5, 10, "sg-rule")
				d.Malformed = "not followed by a block"
				return d
			}()},
			want: []string{
				"main.tf:4:1 invalid-ignore error : malformed vpclint:ignore comment: not followed by a block; write `# vpclint:ignore <rule-id>[,<rule-id>] <reason>`",
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
			},
		},
		{
			name: "a directive without a reason silences nothing",
			directives: []model.Directive{func() model.Directive {
				d := fileIgnore
				d.Reason = " "
				return d
			}()},
			want: []string{
				"main.tf:1:1 invalid-ignore error : malformed vpclint:ignore-file comment: no reason given; write `# vpclint:ignore-file <rule-id>[,<rule-id>] <reason>`",
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
			},
		},
		{
			name: "a directive without a rule ID silences nothing",
			directives: []model.Directive{func() model.Directive {
				d := ignore("main.tf", 50, 51)
				return d
			}()},
			want: []string{
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:6:3 nacl-rule warning aws_thing.l6: nacl",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
				"main.tf:49:1 invalid-ignore error : malformed vpclint:ignore comment: no rule ID; write `# vpclint:ignore <rule-id>[,<rule-id>] <reason>`",
			},
		},
		{
			name:       "a directive cannot silence a built-in rule",
			directives: []model.Directive{ignore("main.tf", 30, 32, "unused-ignore")},
			cfg:        Config{Rules: map[string]RuleConfig{"sg-rule": {Enabled: ptr(false)}, "nacl-rule": {Enabled: ptr(false)}}},
			want: []string{
				"main.tf:29:1 invalid-ignore error : vpclint:ignore cannot silence unused-ignore; disable that rule in .vpclint.hcl instead",
			},
		},
		{
			name:       "built-in rules follow the config",
			directives: []model.Directive{ignore("main.tf", 30, 32, "sg-rule"), ignore("main.tf", 40, 42, "no-rule")},
			cfg: Config{Rules: map[string]RuleConfig{
				"unused-ignore": {Severity: ptr(Error)}, "invalid-ignore": {Enabled: ptr(false)},
				"nacl-rule": {Enabled: ptr(false)},
			}},
			want: []string{
				"main.tf:5:1 sg-rule error aws_thing.l5: sg",
				"main.tf:20:3 sg-rule error aws_thing.l20: sg",
				"main.tf:29:1 unused-ignore error : vpclint:ignore for sg-rule silences no finding in the block it covers; remove it",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Run(rules, &model.Network{Directives: tc.directives}, tc.cfg)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if diff := cmp.Diff(tc.want, show(got)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSuppressDuplicates(t *testing.T) {
	// A module called twice reports the same finding twice; one directive
	// silences both and is used.
	twice := reporting("sg-rule", Error, "sg", at("mod/main.tf", 5, 1), at("mod/main.tf", 5, 1))
	net := &model.Network{Directives: []model.Directive{ignore("mod/main.tf", 5, 9, "sg-rule")}}
	got, err := Run([]*Rule{twice}, net, Config{})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(got) != 0 {
		t.Errorf("findings = %q, want none", show(got))
	}
}

func TestSuggest(t *testing.T) {
	ids := IDs([]*Rule{{ID: "nat-untagged"}, {ID: "nacl-rule-shadowed"}, {ID: "sg-empty-egress"}})
	tests := []struct{ id, want string }{
		{"nat-untaged", "nat-untagged"},
		{"sg-empty-egres", "sg-empty-egress"},
		{"nacl-rule-shadowd", "nacl-rule-shadowed"},
		{"peering-overlap", ""},
		{"nat-untagged", "nat-untagged"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			if got := Suggest(tc.id, ids); got != tc.want {
				t.Errorf("Suggest(%q) = %q, want %q", tc.id, got, tc.want)
			}
		})
	}
}
