package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fatih/color"
	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/lint"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// goldenExt is each format's golden file extension.
var goldenExt = map[string]string{
	"text":       ".txt",
	"json":       ".json",
	"sarif":      ".sarif",
	"github":     ".github",
	"compact":    ".compact",
	"checkstyle": ".checkstyle.xml",
	"junit":      ".junit.xml",
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); run go test ./report -update if the change is intended:\n%s", path, diff)
	}
}

// fixtureFindings are synthetic findings over the fixture files: every
// severity, a multi-line range, a range after non-ASCII text on its line, a
// related location, a path with a space, and a file whose bytes are missing.
func fixtureFindings(t *testing.T, fx fixture) []lint.Finding {
	sg := fx.resource(t, "main.tf", "aws_security_group", "web")
	acl := fx.resource(t, "main.tf", "aws_network_acl", "edge")
	nat := fx.resource(t, "modules/net/nat gateway.tf", "aws_nat_gateway", "this")
	plan := hcl.Range{
		Filename: baseDir + "/plan.json",
		Start:    hcl.Pos{Line: 40, Column: 7, Byte: 1234},
		End:      hcl.Pos{Line: 52, Column: 8, Byte: 1500},
	}
	return []lint.Finding{
		{
			Rule: ruleSGEmptyEgress, Severity: lint.Warning, Range: sg.DefRange(), Resource: "aws_security_group.web",
			Message: "security group web has no egress rule, so every connection its instances start is dropped",
			Fix:     "add an egress block, or an aws_vpc_security_group_egress_rule",
		},
		{
			Rule: ruleNACLEphemeralGap, Severity: lint.Error, Range: acl.Range(), Resource: "aws_network_acl.edge",
			Message: `inbound rule 120 (allow tcp 443 from 0.0.0.0/0) lets connections in, but no outbound rule allows tcp 1024-65535 to 0.0.0.0/0: add one with rule_no < 100 & action = "allow" (100% of replies are dropped)`,
		},
		{
			Rule: ruleNACLRuleShadowed, Severity: lint.Warning, Range: acl.Body.Blocks[1].DefRange(), Resource: "aws_network_acl.edge",
			Message: "inbound rule 120 (allow tcp 443 from 0.0.0.0/0) can never match: rule 100 already denies all of its traffic",
			Related: []lint.Related{{Message: "rule 100 denies all traffic from 0.0.0.0/0", Range: acl.Body.Blocks[0].DefRange()}},
		},
		{
			Rule: ruleNATUntagged, Severity: lint.Note, Range: nat.DefRange(), Resource: "module.net.aws_nat_gateway.this[0]",
			Message: "NAT gateway lacks the tags Owner, Purpose (provider default_tags included)",
		},
		{
			Rule: rulePeeringCIDROverlap, Severity: lint.Error, Range: plan, Resource: "aws_vpc_peering_connection.ab",
			Message: "VPCs a (10.0.0.0/16) and b (10.0.128.0/17) overlap in 10.0.128.0/17",
		},
	}
}

// goldenCase is the input of the golden files testdata/<name>.<ext>, one
// per format in formats (every format when nil).
type goldenCase struct {
	name     string
	findings []lint.Finding
	opts     Options
	formats  []string
}

func goldenCases(t *testing.T) []goldenCase {
	fx := loadFixture(t)
	// A load error elsewhere: the findings are of the modules that loaded.
	loadErrors := []Problem{
		{Message: "Invalid expression: expected the start of an expression, but found the end of the line", Range: hcl.Range{
			Filename: baseDir + "/broken/main.tf", Start: hcl.Pos{Line: 3, Column: 16, Byte: 40}, End: hcl.Pos{Line: 3, Column: 17, Byte: 41},
		}},
		{Message: "Cannot read folder nowhere: no such file or directory"},
	}
	return []goldenCase{
		{"findings", fixtureFindings(t, fx), Options{Sources: fx.sources, Rules: allRules, Version: "1.2.3", BaseDir: baseDir, Modules: 2}, nil},
		{"empty", nil, Options{Sources: fx.sources, Rules: []*lint.Rule{ruleSGEmptyEgress, ruleNATUntagged}, Version: "dev", BaseDir: baseDir, Modules: 1}, nil},
		{"incomplete", fixtureFindings(t, fx)[:1], Options{Sources: fx.sources, Rules: []*lint.Rule{ruleSGEmptyEgress}, Version: "dev", BaseDir: baseDir, Modules: 1, Errors: loadErrors},
			[]string{"text", "sarif"}},
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases(t) {
		formats := tc.formats
		if formats == nil {
			formats = Formats()
		}
		for _, format := range formats {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				var out bytes.Buffer
				if err := Write(&out, format, tc.findings, tc.opts); err != nil {
					t.Fatal(err)
				}
				golden(t, tc.name+goldenExt[format], out.Bytes())
			})
		}
	}
}

// TestTextColor checks that Options.Color alone decides colour, whatever
// fatih/color's global NoColor (computed from stdout) says.
func TestTextColor(t *testing.T) {
	fx := loadFixture(t)
	findings := fixtureFindings(t, fx)
	saved := color.NoColor
	t.Cleanup(func() { color.NoColor = saved })
	for _, tc := range []struct {
		name    string
		color   bool
		noColor bool
	}{
		{"on despite NoColor", true, true},
		{"off despite a terminal", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			color.NoColor = tc.noColor
			var out bytes.Buffer
			opts := Options{Color: tc.color, Sources: fx.sources, Rules: allRules, Version: "1.2.3", BaseDir: baseDir, Modules: 2}
			if err := Write(&out, "text", findings, opts); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(out.String(), "\x1b["); got != tc.color {
				t.Errorf("output has ANSI escapes = %v, want %v", got, tc.color)
			}
			if tc.color {
				golden(t, "findings.color.txt", out.Bytes())
			}
		})
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	var out bytes.Buffer
	err := Write(&out, "yaml", nil, Options{})
	if err == nil || !strings.Contains(err.Error(), `unknown format "yaml" (want text, json, sarif`) {
		t.Errorf("Write(yaml) error = %v", err)
	}
	if out.Len() != 0 {
		t.Errorf("Write(yaml) wrote %q", out.String())
	}
}

func TestSummary(t *testing.T) {
	for _, tc := range []struct {
		name    string
		t       tally
		modules int
		want    string
	}{
		{"none", tally{}, 0, "No problems"},
		{"none in modules", tally{}, 3, "No problems in 3 modules"},
		{"one", tally{notes: 1}, 1, "1 problem (1 note) in 1 module"},
		{"mixed", tally{errors: 1, warnings: 2}, 2, "3 problems (1 error, 2 warnings) in 2 modules"},
		{"all", tally{errors: 2, warnings: 1, notes: 1}, 0, "4 problems (2 errors, 1 warning, 1 note)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := summary(tc.t, tc.modules); got != tc.want {
				t.Errorf("summary = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDocURL(t *testing.T) {
	for _, tc := range []struct{ version, want string }{
		{"1.2.3", "https://github.com/vpclint/vpclint/blob/v1.2.3/docs/rules/nat-untagged.md"},
		{"v1.2.3", "https://github.com/vpclint/vpclint/blob/v1.2.3/docs/rules/nat-untagged.md"},
		{"0.2.0-rc.1", "https://github.com/vpclint/vpclint/blob/v0.2.0-rc.1/docs/rules/nat-untagged.md"},
		{"", "https://github.com/vpclint/vpclint/blob/main/docs/rules/nat-untagged.md"},
		{"dev", "https://github.com/vpclint/vpclint/blob/main/docs/rules/nat-untagged.md"},
		{"v0.0.0-20260101120000-abcdef123456", "https://github.com/vpclint/vpclint/blob/main/docs/rules/nat-untagged.md"},
	} {
		t.Run(tc.version, func(t *testing.T) {
			if got := DocURL("nat-untagged", tc.version); got != tc.want {
				t.Errorf("DocURL = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRuleMarkdown(t *testing.T) {
	golden(t, "sg-empty-egress.md", []byte(RuleMarkdown(ruleSGEmptyEgress)))
}

// TestJSONListsNeverNull checks that consumers can iterate findings and
// related without a null check.
func TestJSONListsNeverNull(t *testing.T) {
	fx := loadFixture(t)
	for _, tc := range []struct {
		name     string
		findings []lint.Finding
		want     string
	}{
		{"no findings", nil, `"findings": []`},
		{"no related", fixtureFindings(t, fx)[:1], `"related": []`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := Write(&out, "json", tc.findings, Options{Sources: fx.sources, BaseDir: baseDir}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tc.want) {
				t.Errorf("output lacks %s:\n%s", tc.want, out.String())
			}
		})
	}
}
