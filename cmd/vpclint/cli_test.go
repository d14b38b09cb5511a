package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/model"
	"github.com/vpclint/vpclint/report"
	"github.com/vpclint/vpclint/rules"
)

// untaggedNAT is a module with one finding: nat-untagged.
const untaggedNAT = `resource "aws_nat_gateway" "a" {
  subnet_id     = "subnet-123"
  allocation_id = "eipalloc-123"
}
`

// taggedNAT is a module without findings.
const taggedNAT = `resource "aws_nat_gateway" "a" {
  subnet_id     = "subnet-123"
  allocation_id = "eipalloc-123"
  tags = {
    Owner   = "network-team"
    Purpose = "egress for the private subnets"
  }
}
`

// result is the outcome of one in-process run.
type result struct {
	code           int
	stdout, stderr string
}

// inDir writes files (name → content) to a new temporary folder, outside
// any repository, and makes it the working folder for the test.
func inDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		writeFile(t, dir, name, content)
	}
	t.Chdir(dir)
	return dir
}

// cliRules are the rules that the command-line tests lint with: the first
// five, which their fixtures are written for, so that a rule added to the
// registry does not change what these tests see. TestE2E runs the whole
// registry.
var cliRules = []*lint.Rule{rules.NACLEphemeralGap, rules.NACLRuleShadowed, rules.NATUntagged, rules.PeeringCIDROverlap, rules.SGEmptyEgress}

// runCLI runs vpclint in-process with cliRules and a plain environment.
func runCLI(args ...string) result {
	var stdout, stderr bytes.Buffer
	code := runWith(cliRules, args, &stdout, &stderr, []string{"PATH=/usr/bin", "TERM=xterm"})
	return result{code, stdout.String(), stderr.String()}
}

// check asserts the exit code, and that stdout and stderr match the
// regular expressions (empty: must be empty).
func (r result) check(t *testing.T, code int, stdout, stderr string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, code, r.stdout, r.stderr)
	}
	for _, s := range []struct{ name, got, want string }{{"stdout", r.stdout, stdout}, {"stderr", r.stderr, stderr}} {
		switch {
		case s.want == "" && s.got != "":
			t.Errorf("%s is not empty:\n%s", s.name, s.got)
		case s.want != "" && !regexp.MustCompile(s.want).MatchString(s.got):
			t.Errorf("%s does not match %q:\n%s", s.name, s.want, s.got)
		}
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name           string
		files          map[string]string
		args           []string
		code           int
		stdout, stderr string
	}{
		{"no findings", map[string]string{"main.tf": taggedNAT}, nil, exitClean, `No problems`, ""},
		{"a finding", map[string]string{"main.tf": untaggedNAT}, nil, exitFindings, `\(nat-untagged\)`, ""},
		{"a file argument", map[string]string{"net/main.tf": untaggedNAT}, []string{"net/main.tf"}, exitFindings, `on net/main.tf line 1`, ""},
		{"a folder/... argument", map[string]string{"net/a/main.tf": untaggedNAT}, []string{"./net/..."}, exitFindings, `on net/a/main.tf line 1`, ""},
		{"flags after the path", map[string]string{"main.tf": untaggedNAT}, []string{".", "--format", "json"}, exitFindings, `"rule": "nat-untagged"`, ""},
		{"a path after --", map[string]string{"-x/main.tf": untaggedNAT}, []string{"--", "-x"}, exitFindings, `on -x/main.tf line 1`, ""},
		{"a disabled rule", map[string]string{"main.tf": untaggedNAT}, []string{"--disable-rule", "nat-untagged"}, exitClean, `No problems`, ""},
		{"fail level above the finding", map[string]string{"main.tf": untaggedNAT, ".vpclint.hcl": "rule \"nat-untagged\" {\n  severity = \"note\"\n}\n"},
			[]string{"--fail-level", "warning"}, exitClean, `\(nat-untagged\)`, ""},
		{"fail level from the config", map[string]string{"main.tf": untaggedNAT, ".vpclint.hcl": "config {\n  fail_level = \"error\"\n}\nrule \"nat-untagged\" {\n  severity = \"warning\"\n}\n"},
			nil, exitClean, `Warning: `, ""},
		{"the flag wins over the config's fail level", map[string]string{"main.tf": untaggedNAT, ".vpclint.hcl": "config {\n  fail_level = \"error\"\n}\nrule \"nat-untagged\" {\n  severity = \"warning\"\n}\n"},
			[]string{"--fail-level=note"}, exitFindings, `Warning: `, ""},
		{"the flag wins over the config's enabled", map[string]string{"main.tf": untaggedNAT, ".vpclint.hcl": "rule \"nat-untagged\" {\n  enabled = false\n}\n"},
			[]string{"--enable-rule", "sg-empty-egress,nat-untagged"}, exitFindings, `\(nat-untagged\)`, ""},
		{"a config option", map[string]string{"main.tf": taggedNAT, ".vpclint.hcl": "rule \"nat-untagged\" {\n  tags = [\"CostCenter\"]\n}\n"},
			nil, exitFindings, `CostCenter`, ""},
		{"an explicit config file", map[string]string{"main.tf": untaggedNAT, "ci/lint.hcl": "rule \"nat-untagged\" {\n  enabled = false\n}\n"},
			[]string{"--config", "ci/lint.hcl"}, exitClean, `No problems`, ""},
		{"an excluded folder", map[string]string{"main.tf": taggedNAT, "examples/x/main.tf": untaggedNAT, ".vpclint.hcl": "config {\n  exclude = [\"examples/**\"]\n}\n"},
			nil, exitClean, `No problems`, ""},
		{"a used ignore", map[string]string{"main.tf": "# vpclint:ignore nat-untagged tagged by the platform team\n" + untaggedNAT}, nil, exitClean, `No problems`, ""},

		{"an unknown flag", nil, []string{"--nope"}, exitError, "", `flag provided but not defined: -nope`},
		{"a flag without its value", nil, []string{"--format"}, exitError, "", `flag needs an argument: -format`},
		{"an unknown format", nil, []string{"--format", "yaml"}, exitError, "", `unknown --format "yaml" \(want text, json, sarif`},
		{"an unknown fail level", nil, []string{"--fail-level", "fatal"}, exitError, "", `--fail-level: unknown severity "fatal"`},
		{"an unknown rule flag", nil, []string{"--disable-rule", "nat-untaged"}, exitError, "", `--disable-rule: unknown rule "nat-untaged" \(did you mean "nat-untagged"\?\)`},
		{"a rule enabled and disabled", nil, []string{"--disable-rule", "nat-untagged", "--enable-rule=nat-untagged"}, exitError, "", `rule "nat-untagged" is both enabled and disabled`},
		{"a missing path", nil, []string{"nowhere"}, exitError, "", `nowhere`},
		{"a missing config file", map[string]string{"main.tf": taggedNAT}, []string{"--config", "missing.hcl"}, exitError, "", `missing.hcl`},
		{"malformed .tf", map[string]string{"main.tf": "resource \"aws_vpc\" \"a\" {\n  cidr_block = \n}\n"}, nil, exitError, "", `(?s)Error: .*main.tf line 2`},
		{"an unknown rule in the config", map[string]string{"main.tf": taggedNAT, ".vpclint.hcl": "\nrule \"nat\" {\n}\n"}, nil, exitError, "", `(?s)Error: Unknown rule.*on .vpclint.hcl line 2`},
		{"an unknown attribute in the config", map[string]string{"main.tf": taggedNAT, ".vpclint.hcl": "config {\n  fail = \"note\"\n}\n"}, nil, exitError, "", `(?s)Error: Unsupported argument.*on .vpclint.hcl line 2`},
		{"a bad severity in the config", map[string]string{"main.tf": taggedNAT, ".vpclint.hcl": "rule \"nat-untagged\" {\n\n  severity = \"high\"\n}\n"}, nil, exitError, "", `(?s)Error: Invalid severity.*on .vpclint.hcl line 3`},
		{"a config in a parent folder", map[string]string{".git/HEAD": "", "sub/main.tf": taggedNAT, ".vpclint.hcl": "bogus {\n}\n"}, []string{"sub"}, exitError, "", `on .vpclint.hcl line 1`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inDir(t, tc.files)
			runCLI(append([]string{"--no-color"}, tc.args...)...).check(t, tc.code, tc.stdout, tc.stderr)
		})
	}
}

func TestOutputFile(t *testing.T) {
	t.Run("the report goes to the file", func(t *testing.T) {
		dir := inDir(t, map[string]string{"main.tf": untaggedNAT})
		runCLI("--format", "json", "--output", "out.json").check(t, exitFindings, "", "")
		data, err := os.ReadFile(filepath.Join(dir, "out.json"))
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Findings []struct{ Rule string } `json:"findings"`
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("out.json: %v\n%s", err, data)
		}
		if len(doc.Findings) != 1 || doc.Findings[0].Rule != "nat-untagged" {
			t.Errorf("out.json findings = %+v, want one nat-untagged", doc.Findings)
		}
	})
	t.Run("a failed run writes no report", func(t *testing.T) {
		dir := inDir(t, map[string]string{"main.tf": "resource {"})
		runCLI("--output", "out.txt").check(t, exitError, "", `main.tf`)
		if _, err := os.Stat(filepath.Join(dir, "out.txt")); !os.IsNotExist(err) {
			t.Errorf("out.txt exists after a failed run (err %v)", err)
		}
	})
	t.Run("an unwritable output file", func(t *testing.T) {
		inDir(t, map[string]string{"main.tf": taggedNAT})
		runCLI("--output", "no/such/folder/out.txt").check(t, exitError, "", `Cannot write the report`)
	})
}

func TestInfoCommands(t *testing.T) {
	t.Run("--version", func(t *testing.T) {
		runCLI("--version").check(t, exitClean, `^vpclint \(devel\)\n$`, "")
	})
	t.Run("--help", func(t *testing.T) {
		runCLI("--help").check(t, exitClean, `(?s)^Usage:.*-fail-level LEVEL`, "")
	})
	t.Run("rules lists every rule", func(t *testing.T) {
		r := runCLI("rules")
		r.check(t, exitClean, `^RULE +SEVERITY +SUMMARY\n`, "")
		for _, rule := range allRules() {
			if !regexp.MustCompile(`(?m)^` + rule.ID + ` +` + rule.Severity.String() + ` +` + regexp.QuoteMeta(rule.Doc.Summary)).MatchString(r.stdout) {
				t.Errorf("rules output has no line for %s:\n%s", rule.ID, r.stdout)
			}
		}
		if !strings.Contains(r.stdout, "(built-in)") {
			t.Errorf("rules output does not mark the built-in rules:\n%s", r.stdout)
		}
	})
	t.Run("rules takes no arguments", func(t *testing.T) {
		runCLI("rules", "x").check(t, exitError, "", `takes no arguments`)
	})
	t.Run("explain shows the whole doc", func(t *testing.T) {
		for _, rule := range allRules() {
			r := runCLI("explain", rule.ID)
			r.check(t, exitClean, `^`+regexp.QuoteMeta("# "+rule.ID+"\n\n"+rule.Doc.Summary)+`\.\n`, "")
			if r.stdout != report.RuleMarkdown(rule) {
				t.Errorf("explain %s is not the rule's doc page", rule.ID)
			}
			for _, part := range []string{rule.Doc.Why, rule.Doc.Example, rule.Doc.Fixed, rule.Doc.Silent} {
				if first, _, _ := strings.Cut(strings.TrimSpace(part), "\n"); !strings.Contains(r.stdout, first) {
					t.Errorf("explain %s does not show %q", rule.ID, first)
				}
			}
		}
	})
	t.Run("explain an unknown rule", func(t *testing.T) {
		runCLI("explain", "nat-untaged").check(t, exitError, "", `There is no rule "nat-untaged" \(did you mean "nat-untagged"\?\)`)
	})
	t.Run("explain without a rule", func(t *testing.T) {
		runCLI("explain").check(t, exitError, "", `takes one rule ID`)
	})
}

func TestParseArgs(t *testing.T) {
	got, err := parseArgs([]string{"a", "--var", "x=1", "b", "--var-file=v.tfvars", "--var", "y=2", "--debug", "--", "--c"})
	if err != nil {
		t.Fatal(err)
	}
	want := &options{format: "text", vars: listFlag{"x=1", "y=2"}, varFiles: listFlag{"v.tfvars"}, debug: true, paths: []string{"a", "b", "--c"}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(options{})); diff != "" {
		t.Errorf("parseArgs (-want +got):\n%s", diff)
	}
}

func TestUseColor(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		env      []string
		noColor  bool
		want     bool
	}{
		{"a terminal", true, []string{"TERM=xterm"}, false, true},
		{"not a terminal", false, nil, false, false},
		{"NO_COLOR on a terminal", true, []string{"NO_COLOR=1"}, false, false},
		{"NO_COLOR empty", true, []string{"NO_COLOR="}, false, true},
		{"TERM=dumb", true, []string{"TERM=dumb"}, false, false},
		{"--no-color", true, nil, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := colorWanted(tc.terminal, tc.env, tc.noColor); got != tc.want {
				t.Errorf("colorWanted = %v, want %v", got, tc.want)
			}
		})
	}
	t.Run("a buffer is not a terminal", func(t *testing.T) {
		if useColor(&bytes.Buffer{}, nil, false) {
			t.Error("useColor = true for a buffer")
		}
	})
	t.Run("getenv: the last entry wins", func(t *testing.T) {
		if got := getenv([]string{"A=1", "B=2", "A=3", "C"}, "A"); got != "3" {
			t.Errorf("getenv = %q, want 3", got)
		}
	})
}

func TestRegistryIsValid(t *testing.T) {
	// Besides each rule's fields, this checks that no registry ID collides
	// with a built-in one.
	if err := lint.Validate(allRules()); err != nil {
		t.Error(err)
	}
}

func TestRuleFailure(t *testing.T) {
	panicky := &lint.Rule{ID: "panicky-rule", Run: func(p *lint.Pass) error {
		p.Reportf(model.Location{}, "a finding before the panic")
		panic("boom")
	}}
	for _, debug := range []bool{false, true} {
		t.Run(fmt.Sprintf("debug=%v", debug), func(t *testing.T) {
			inDir(t, map[string]string{"main.tf": taggedNAT})
			var stdout, stderr bytes.Buffer
			c := &cli{stdout: &stdout, stderr: &stderr, registry: []*lint.Rule{panicky}, debug: debug}
			code := c.lint(&options{format: "text"})
			result{code, stdout.String(), stderr.String()}.check(t, exitError, "", `(?s)Error: A rule failed.*rule panicky-rule panicked: boom`)
			if hasStack := strings.Contains(stderr.String(), "goroutine "); hasStack != debug {
				t.Errorf("stack on stderr = %v, want %v:\n%s", hasStack, debug, stderr.String())
			}
		})
	}
}
