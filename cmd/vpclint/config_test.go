package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/reach"
	"github.com/vpclint/vpclint/rules"
)

// writeFile writes content to dir/name, creating folders.
func writeFile(t *testing.T, dir, name, content string) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFindConfig(t *testing.T) {
	tests := []struct {
		name  string
		files []string // created under the temporary root
		cwd   string   // relative to the root
		want  string   // relative to cwd; "" for none
	}{
		{"in the current folder", []string{".git/HEAD", "a/.vpclint.hcl"}, "a", ".vpclint.hcl"},
		{"in a parent inside the repository", []string{".git/HEAD", ".vpclint.hcl"}, "a/b", "../../.vpclint.hcl"},
		{"the nearest one wins", []string{".git/HEAD", ".vpclint.hcl", "a/.vpclint.hcl"}, "a/b", "../.vpclint.hcl"},
		{"a .git file (worktree) marks the root too", []string{"repo/.git", ".vpclint.hcl"}, "repo/a", ""},
		{"not above the repository root", []string{"repo/.git/HEAD", ".vpclint.hcl"}, "repo/a", ""},
		{"outside a repository only the current folder counts", []string{".vpclint.hcl", "a/b/x.tf"}, "a/b", ""},
		{"outside a repository, in the current folder", []string{"a/.vpclint.hcl"}, "a", ".vpclint.hcl"},
		{"none", []string{".git/HEAD", "a/x.tf"}, "a", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			for _, f := range tc.files {
				writeFile(t, root, f, "")
			}
			if err := os.MkdirAll(filepath.Join(root, tc.cwd), 0o755); err != nil {
				t.Fatal(err)
			}
			got, err := findConfig(filepath.Join(root, tc.cwd))
			if err != nil {
				t.Fatalf("findConfig: %v", err)
			}
			if got != filepath.FromSlash(tc.want) {
				t.Errorf("findConfig = %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("a folder named like the config file", func(t *testing.T) {
		root := t.TempDir()
		writeFile(t, root, ".vpclint.hcl/x", "")
		if _, err := findConfig(root); err == nil || !strings.Contains(err.Error(), "is a folder") {
			t.Errorf("findConfig: %v, want an error", err)
		}
	})
}

// testRules are fake rules for config tests.
func testRules() []*lint.Rule {
	return []*lint.Rule{
		{ID: "nat-untagged", Options: []lint.Option{{
			Name: "tags", Default: []string{"Owner"},
			Parse: func(v any) (any, error) {
				tags, ok := v.([]string)
				if !ok || len(tags) == 0 {
					return nil, errors.New("want a non-empty list of tag keys")
				}
				return tags, nil
			},
		}, {
			Name: "max", Default: 1.0,
			Parse: func(v any) (any, error) { return v, nil },
		}}},
		{ID: "sg-empty-egress"},
	}
}

func TestLoadConfig(t *testing.T) {
	const good = `
config {
  fail_level = "warning"
  exclude    = ["examples/**"]
}

rule "nat-untagged" {
  enabled  = true
  severity = "error"
  tags     = ["Owner", "CostCenter"]
  max      = 3
}

rule "sg-empty-egress" {
  enabled = false
}
`
	path := filepath.Join(t.TempDir(), ".vpclint.hcl")
	writeFile(t, filepath.Dir(path), ".vpclint.hcl", good)
	got, _, diags := loadConfig(path, testRules())
	if diags.HasErrors() {
		t.Fatalf("loadConfig: %v", diags)
	}
	on, off, errSev, warn := true, false, lint.Error, lint.Warning
	want := &fileConfig{
		Path:      path,
		FailLevel: &warn,
		Exclude:   []string{"examples/**"},
		Rules: map[string]lint.RuleConfig{
			"nat-untagged":    {Enabled: &on, Severity: &errSev, Options: map[string]any{"tags": []string{"Owner", "CostCenter"}, "max": 3.0}},
			"sg-empty-egress": {Enabled: &off, Options: map[string]any{}},
		},
		ReachRanges: map[string]hcl.Range{},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("config (-want +got):\n%s", diff)
	}
}

func TestLoadConfigErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // substrings of the rendered diagnostics
	}{
		{"unknown rule", "\n\nrule \"nat-untaged\" {\n}\n", []string{".vpclint.hcl:3,6-19: Unknown rule", `There is no rule "nat-untaged" (did you mean "nat-untagged"?)`}},
		{"unknown block", "rules {\n}\n", []string{".vpclint.hcl:1,1-6: Unsupported block type"}},
		{"top-level attribute", "fail_level = \"error\"\n", []string{".vpclint.hcl:1,1-11: Unsupported argument"}},
		{"unknown config attribute", "config {\n  failure_level = \"error\"\n}\n", []string{".vpclint.hcl:2,3-16: Unsupported argument"}},
		{"bad fail level", "config {\n  fail_level = \"fatal\"\n}\n", []string{".vpclint.hcl:2,16-23: Invalid severity", `not "fatal"`}},
		{"bad severity", "rule \"sg-empty-egress\" {\n  severity = \"high\"\n}\n", []string{".vpclint.hcl:2,14-20: Invalid severity"}},
		{"enabled not a bool", "rule \"sg-empty-egress\" {\n  enabled = \"maybe\"\n}\n", []string{".vpclint.hcl:2,14-19: Unsuitable value type"}},
		{"unknown option", "rule \"nat-untagged\" {\n  tag = [\"a\"]\n}\n", []string{".vpclint.hcl:2,3-6: Unknown rule option", `(did you mean "tags"?)`, "Its options are tags, max"}},
		{"option of a rule without options", "rule \"sg-empty-egress\" {\n  tags = []\n}\n", []string{"Unknown rule option", "It has no options"}},
		{"option rejected by Parse", "rule \"nat-untagged\" {\n  tags = []\n}\n", []string{".vpclint.hcl:2,10-12: Invalid rule option", "want a non-empty list of tag keys"}},
		{"option of the wrong type", "rule \"nat-untagged\" {\n  tags = { a = 1 }\n}\n", []string{".vpclint.hcl:2,10-19: Invalid rule option", "not object"}},
		{"option with a null", "rule \"nat-untagged\" {\n  tags = null\n}\n", []string{"must not be null"}},
		{"a variable reference", "rule \"nat-untagged\" {\n  tags = var.tags\n}\n", []string{".vpclint.hcl:2,10-13: Variables not allowed"}},
		{"a nested block", "rule \"nat-untagged\" {\n  options {\n  }\n}\n", []string{".vpclint.hcl:2,3-10: Unexpected \"options\" block"}},
		{"duplicate rule block", "rule \"nat-untagged\" {\n}\nrule \"nat-untagged\" {\n}\n", []string{".vpclint.hcl:3,1-20: Duplicate rule block"}},
		{"duplicate config block", "config {\n}\nconfig {\n}\n", []string{".vpclint.hcl:3,1-7: Duplicate config block"}},
		{"syntax error", "rule \"nat-untagged\" {\n  tags = [\n}\n", []string{".vpclint.hcl:3"}},
		{"exclude not a list", "config {\n  exclude = \"a\"\n}\n", []string{".vpclint.hcl:2,14-15: Unsuitable value type"}},
		{"reach: unknown attribute", reachBlock(`prot = "tcp"`), []string{".vpclint.hcl:5,3-15: Invalid reach assertion", `Attribute prot of reach "a": unknown attribute`}},
		{"reach: bad protocol", reachBlock(`protocol = "sctp"`), []string{".vpclint.hcl:5,3-20: Invalid reach assertion", `"sctp" is not tcp, udp or icmp`}},
		{"reach: port out of range", reachBlock(`expect = "blocked"`, "port = 70000"), []string{".vpclint.hcl:5,3-15: Invalid reach assertion", "70000 is not a port number 0-65535"}},
		{"reach: bad expect", reachBlock(`expect = "closed"`), []string{".vpclint.hcl:5,3-20: Invalid reach assertion", `"closed" is not reachable or blocked`}},
		{"reach: missing to", "reach \"a\" {\n  from = \"x\"\n  port = 22\n}\n", []string{".vpclint.hcl:1,1-10: Invalid reach assertion", `Attribute to of reach "a": missing`}},
		{"reach: a name attribute", reachBlock(`name = "b"`), []string{".vpclint.hcl:5,3-7: Invalid reach assertion", "the block's label"}},
		{"reach: not a value", reachBlock("protocol = [[1]]"), []string{".vpclint.hcl:5,14-19: Invalid reach assertion", "strings only"}},
		{"reach: a variable reference", reachBlock("protocol = var.p"), []string{".vpclint.hcl:5,14-17: Variables not allowed"}},
		{"reach: a nested block", reachBlock("x {\n  }"), []string{".vpclint.hcl:5,3-4: Unexpected \"x\" block"}},
		{"reach: no label", "reach {\n}\n", []string{".vpclint.hcl:1,7-8: Missing name for reach"}},
		{"reach: duplicate block", reachBlock() + reachBlock(), []string{".vpclint.hcl:6,1-10: Duplicate reach block", "already given at .vpclint.hcl:1,1-10"}},
		{"reach: in a rule block too", reachBlock() + "rule \"reach-assertion\" {\n  assertions = []\n}\n",
			[]string{".vpclint.hcl:1,1-10: Assertions given twice", `Rule "reach-assertion" already sets assertions at .vpclint.hcl:6,1-23`}},
		{"reach: bad object in the rule block", "rule \"reach-assertion\" {\n  assertions = [{ name = \"a\" }]\n}\n",
			[]string{".vpclint.hcl:2,16-32: Invalid rule option", `assertion "a": from: missing`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, ".vpclint.hcl", tc.src)
			t.Chdir(dir)
			cfg, _, diags := loadConfig(".vpclint.hcl", append(testRules(), rules.ReachAssertion))
			if !diags.HasErrors() {
				t.Fatalf("loadConfig returned no error, config %+v", cfg)
			}
			if cfg != nil {
				t.Errorf("loadConfig returned a config with its errors: %+v", cfg)
			}
			var msgs []string
			for _, d := range diags {
				msgs = append(msgs, d.Error())
			}
			got := strings.Join(msgs, "\n")
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("diagnostics\n%s\ndo not contain %q", got, w)
				}
			}
		})
	}
}

// reachBlock returns a reach block named "a" with from, to and port, then
// the given lines (which replace the port when they set it).
func reachBlock(lines ...string) string {
	body := []string{`from = "aws_instance.app"`, `to = "aws_db_instance.main"`}
	if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, "port") }) {
		body = append(body, "port = 5432")
	}
	return fmt.Sprintf("reach \"a\" {\n  %s\n}\n", strings.Join(append(body, lines...), "\n  "))
}

func TestLoadConfigReach(t *testing.T) {
	tcp := func(from, to string, port int) reach.Query {
		return reach.Query{From: from, To: to, Protocol: model.ProtocolTCP, Port: port}
	}
	rng := func(line, startCol, endCol int) hcl.Range {
		return hcl.Range{Filename: ".vpclint.hcl", Start: hcl.Pos{Line: line, Column: startCol}, End: hcl.Pos{Line: line, Column: endCol}}
	}
	tests := []struct {
		name, src  string
		want       []rules.ReachAssertionSpec
		wantRanges map[string]hcl.Range
	}{
		{"reach blocks", `reach "office-to-warehouse" {
  from     = "10.20.0.0/16"
  to       = "module.dw.aws_redshift_cluster.main"
  port     = 5439
  protocol = "tcp"
  expect   = "reachable"
}

reach "public-not-to-db" {
  from   = "aws_subnet.public"
  to     = "aws_db_instance.main"
  port   = 5432
  expect = "blocked"
}
`, []rules.ReachAssertionSpec{
			{Name: "office-to-warehouse", Query: tcp("10.20.0.0/16", "module.dw.aws_redshift_cluster.main", 5439), Expect: reach.Reachable},
			{Name: "public-not-to-db", Query: tcp("aws_subnet.public", "aws_db_instance.main", 5432), Expect: reach.Blocked},
		}, map[string]hcl.Range{"office-to-warehouse": rng(1, 1, 28), "public-not-to-db": rng(9, 1, 25)}},
		{"the rule block's option", `rule "reach-assertion" {
  assertions = [{ name = "a", from = "aws_instance.app", to = "aws_db_instance.main", port = 5432 }]
}
`, []rules.ReachAssertionSpec{{Name: "a", Query: tcp("aws_instance.app", "aws_db_instance.main", 5432), Expect: reach.Reachable}},
			map[string]hcl.Range{"a": rng(2, 16, 101)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, ".vpclint.hcl", tc.src)
			t.Chdir(dir)
			cfg, _, diags := loadConfig(".vpclint.hcl", []*lint.Rule{rules.ReachAssertion})
			if diags.HasErrors() {
				t.Fatalf("loadConfig: %v", diags)
			}
			if diff := cmp.Diff(tc.want, cfg.Rules["reach-assertion"].Options["assertions"]); diff != "" {
				t.Errorf("assertions (-want +got):\n%s", diff)
			}
			ignoreBytes := cmp.FilterPath(func(p cmp.Path) bool { return p.Last().String() == ".Byte" }, cmp.Ignore())
			if diff := cmp.Diff(tc.wantRanges, cfg.ReachRanges, ignoreBytes); diff != "" {
				t.Errorf("ReachRanges (-want +got):\n%s", diff)
			}
		})
	}
}

func TestGoValue(t *testing.T) {
	tests := []struct {
		name    string
		in      cty.Value
		want    any
		wantErr string
	}{
		{"string", cty.StringVal("x"), "x", ""},
		{"number", cty.NumberIntVal(3), 3.0, ""},
		{"bool", cty.True, true, ""},
		{"tuple of strings", cty.TupleVal([]cty.Value{cty.StringVal("a"), cty.StringVal("b")}), []string{"a", "b"}, ""},
		{"empty tuple", cty.EmptyTupleVal, []string{}, ""},
		{"numbers in a list become strings", cty.TupleVal([]cty.Value{cty.NumberIntVal(1)}), []string{"1"}, ""},
		{"null", cty.NullVal(cty.String), nil, "must not be null"},
		{"null in a list", cty.TupleVal([]cty.Value{cty.NullVal(cty.String)}), nil, "must not hold null"},
		{"list of lists", cty.TupleVal([]cty.Value{cty.EmptyTupleVal}), nil, "strings only"},
		{"map", cty.MapValEmpty(cty.String), nil, "not map of string"},
		{"list of objects", cty.TupleVal([]cty.Value{
			cty.ObjectVal(map[string]cty.Value{"name": cty.StringVal("a"), "port": cty.NumberIntVal(22)}),
			cty.ObjectVal(map[string]cty.Value{"tags": cty.TupleVal([]cty.Value{cty.StringVal("x")})}),
		}), []map[string]any{{"name": "a", "port": 22.0}, {"tags": []string{"x"}}}, ""},
		{"null in an object", cty.TupleVal([]cty.Value{cty.ObjectVal(map[string]cty.Value{"port": cty.NullVal(cty.Number)})}), nil, "attribute port: the value must not be null"},
		{"objects and strings", cty.TupleVal([]cty.Value{cty.EmptyObjectVal, cty.StringVal("a")}), nil, "strings only"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := goValue(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("goValue: %v, want error containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("goValue: %v", err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("goValue (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExcludeGlobs(t *testing.T) {
	cfg := &fileConfig{Exclude: []string{"examples/**", "**/fixtures/**", "sub/legacy/*.tf", "./sub/x/**"}}
	tests := []struct {
		name, configPath, cwd string
		want                  []string
	}{
		{"config in the working folder", ".vpclint.hcl", "/repo", []string{"examples/**", "**/fixtures/**", "sub/legacy/*.tf", "sub/x/**"}},
		{"config in a parent folder", "../.vpclint.hcl", "/repo/sub", []string{"../examples/**", "**/fixtures/**", "legacy/*.tf", "x/**"}},
		{"absolute config path", "/repo/.vpclint.hcl", "/repo/sub", []string{"../examples/**", "**/fixtures/**", "legacy/*.tf", "x/**"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := *cfg
			c.Path = filepath.FromSlash(tc.configPath)
			if diff := cmp.Diff(tc.want, c.excludeGlobs(filepath.FromSlash(tc.cwd))); diff != "" {
				t.Errorf("excludeGlobs (-want +got):\n%s", diff)
			}
		})
	}
}
