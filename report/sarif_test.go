package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/vpclint/vpclint/lint"
)

// sarifSchemaFile is the SARIF 2.1.0 JSON schema, as shipped in the npm
// package @microsoft/sarif-multitool-linux 5.7.0 (see testdata/README.md).
const sarifSchemaFile = "testdata/sarif-schema-2.1.0.json"

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	data, err := os.ReadFile(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(abs, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(abs)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func validateSARIF(sch *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}

// sarifDir is a folder of more SARIF logs for TestSARIFSchema: .ci/run
// passes the logs it has vpclint write (go test ./report -run
// TestSARIFSchema -args -sarif-dir DIR), because the SARIF Multitool that
// it runs too silently passes a log it cannot read, such as one with an
// unknown level.
var sarifDir = flag.String("sarif-dir", "", "also validate the *.sarif files in this folder")

// TestSARIFSchema validates every SARIF golden (which TestGolden keeps equal
// to the current output), and those in -sarif-dir, against the SARIF 2.1.0
// schema, and checks that each result's ruleIndex points at its rule.
func TestSARIFSchema(t *testing.T) {
	sch := compileSARIFSchema(t)
	files, err := filepath.Glob("testdata/*.sarif")
	if err != nil || len(files) == 0 {
		t.Fatalf("no SARIF goldens (%v)", err)
	}
	if *sarifDir != "" {
		more, err := filepath.Glob(filepath.Join(*sarifDir, "*.sarif"))
		if err != nil || len(more) == 0 {
			t.Fatalf("no SARIF files in -sarif-dir %s (%v)", *sarifDir, err)
		}
		files = append(files, more...)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if err := validateSARIF(sch, data); err != nil {
				t.Errorf("%s does not match the SARIF 2.1.0 schema: %v", file, err)
			}
			var log sarifLog
			if err := json.Unmarshal(data, &log); err != nil {
				t.Fatal(err)
			}
			run := log.Runs[0]
			for i, res := range run.Results {
				if res.RuleIndex == nil || *res.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[*res.RuleIndex].ID != res.RuleID {
					t.Errorf("results[%d]: ruleIndex %v does not point at rule %s", i, res.RuleIndex, res.RuleID)
				}
			}
		})
	}
}

// TestSARIFSchemaRejects shows that the schema test can fail.
func TestSARIFSchemaRejects(t *testing.T) {
	sch := compileSARIFSchema(t)
	data, err := os.ReadFile("testdata/findings.sarif")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, old, new string }{
		{"unknown property", `"ruleId": "sg-empty-egress",`, `"ruleId": "sg-empty-egress", "bogus": 1,`},
		{"bad level", `"level": "note"`, `"level": "info"`},
		{"line zero", `"startLine": 2,`, `"startLine": 0,`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := strings.Replace(string(data), tc.old, tc.new, 1)
			if bad == string(data) {
				t.Fatalf("%q not found in the golden", tc.old)
			}
			if validateSARIF(sch, []byte(bad)) == nil {
				t.Error("the schema accepted it")
			}
		})
	}
}

// renderSARIF renders findings as SARIF and decodes the log.
func renderSARIF(t *testing.T, findings []lint.Finding, opts Options) sarifLog {
	t.Helper()
	var out bytes.Buffer
	if err := Write(&out, "sarif", findings, opts); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(out.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	return log
}

// TestFingerprintStable checks that partialFingerprints survive edits above
// a finding, and tell apart findings that differ only in their rule or that
// share every input.
func TestFingerprintStable(t *testing.T) {
	fingerprints := func(t *testing.T, fx fixture, findings []lint.Finding) (prints []string, lines []int) {
		log := renderSARIF(t, findings, Options{Sources: fx.sources, BaseDir: baseDir})
		for _, res := range log.Runs[0].Results {
			prints = append(prints, res.PartialFingerprints[FingerprintKey])
			lines = append(lines, res.Locations[0].PhysicalLocation.Region.StartLine)
		}
		return prints, lines
	}
	before := loadFixture(t)
	after := loadFixture(t)
	src := before.sources[baseDir+"/main.tf"]
	after.add(t, "main.tf", append([]byte("# a comment added above\n\nlocals {\n  x = 1\n}\n\n"), src...))

	findings := fixtureFindings(t, before)
	printsBefore, linesBefore := fingerprints(t, before, findings)
	printsAfter, linesAfter := fingerprints(t, after, fixtureFindings(t, after))
	for i := range printsBefore {
		if linesBefore[i] == linesAfter[i] && findings[i].Range.Filename == baseDir+"/main.tf" {
			t.Errorf("finding %d: start line did not move (%d); the test is not testing", i, linesBefore[i])
		}
		if printsBefore[i] != printsAfter[i] {
			t.Errorf("finding %d: fingerprint changed from %s to %s after lines were added above it", i, printsBefore[i], printsAfter[i])
		}
	}

	twin := findings[0]
	other := twin
	other.Rule = ruleNATUntagged
	prints, _ := fingerprints(t, before, []lint.Finding{twin, twin, other})
	if prints[0] == prints[1] || prints[0] == prints[2] || prints[1] == prints[2] {
		t.Errorf("fingerprints are not distinct: %q", prints)
	}
	if !strings.HasSuffix(prints[0], ":1") || !strings.HasSuffix(prints[1], ":2") {
		t.Errorf("twin findings got %q and %q, want the same hash with :1 and :2", prints[0], prints[1])
	}
}
