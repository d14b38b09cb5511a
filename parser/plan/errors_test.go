package plan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

// TestBadInput checks that input vpclint cannot read gives one error
// naming the file, at the right line, and no plan.
func TestBadInput(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(fixtureDir, "sg_rules", "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	truncated := good[:len(good)/2]
	tests := []struct {
		name, src string
		summary   string
		// line is the expected start line of the error, detail a text the
		// detail must contain.
		line   int
		detail string
	}{
		{"empty", "", "Empty plan file", 1, "is empty"},
		{"blank", " \n\t\n", "Empty plan file", 1, "is empty"},
		{"truncated", string(truncated), "Invalid JSON", strings.Count(string(truncated[:len(truncated)-1]), "\n") + 1, "unexpected end of JSON input"},
		{"syntax", "{\n  \"format_version\": \"1.2\",,\n}", "Invalid JSON", 2, "line 2, column 27"},
		{"trailing data", `{"format_version": "1.0", "values": {}} extra`, "Invalid JSON", 1, "after top-level value"},
		{"format 2.0", "{\n\"format_version\": \"2.0\",\n\"planned_values\": {}}", "Unsupported plan format version", 2, `"2.0"`},
		{"state format 2.1", `{"format_version": "2.1", "terraform_version": "9.0.0", "values": {}}`, "Unsupported plan format version", 1, "JSON state format"},
		{"bad format", `{"format_version": "one", "resource_changes": []}`, "Unsupported plan format version", 1, `"one"`},
		{"no format", `{"planned_values": {}}`, "Unsupported plan format version", 1, "format version is missing"},
		{"array", `[{"format_version": "1.0"}]`, "Not a Terraform plan", 1, "not an object"},
		{"string", `"plan"`, "Not a Terraform plan", 1, "not an object"},
		{"null", `null`, "Not a Terraform plan", 1, "neither planned_values nor values"},
		{"other object", `{"name": "x"}`, "Not a Terraform plan", 1, "neither planned_values nor values"},
		{"configuration", `{"resource": {"aws_vpc": {"main": {"cidr_block": "10.0.0.0/16"}}}}`, "Not a Terraform plan", 1, "*.tf.json"},
		{"wrong type", "{\"format_version\": \"1.2\",\n \"resource_changes\": \"none\"}", "Invalid plan JSON", 2, "resource_changes"},
		{"wrong nested type", `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"values": []}]}}}`, "Invalid plan JSON", 1, "cannot unmarshal"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			const path = "dir/plan.json"
			p, diags := Load(path, []byte(tc.src))
			if p != nil {
				t.Error("a plan was returned")
			}
			if len(diags) != 1 || diags[0].Severity != hcl.DiagError {
				t.Fatalf("want one error, got %v", diags)
			}
			d := diags[0]
			if d.Summary != tc.summary || d.Subject == nil || d.Subject.Filename != path || d.Subject.Start.Line != tc.line ||
				!strings.Contains(d.Detail, path) || !strings.Contains(d.Detail, tc.detail) {
				t.Errorf("got %q at %v: %s\nwant %q at line %d, detail naming %s and containing %q", d.Summary, d.Subject, d.Detail, tc.summary, tc.line, path, tc.detail)
			}
		})
	}
}

// TestIncompletePlan warns about a plan made with -target.
func TestIncompletePlan(t *testing.T) {
	src := "{\"format_version\": \"1.2\", \"planned_values\": {},\n\"complete\": false}"
	p, diags := Load("plan.json", []byte(src))
	if p == nil || len(diags) != 1 || diags[0].Severity != hcl.DiagWarning || diags[0].Subject.Start.Line != 2 {
		t.Fatalf("plan %v, diagnostics %v", p, diags)
	}
	src = strings.Replace(src, "false", "true", 1)
	if _, diags := Load("plan.json", []byte(src)); len(diags) != 0 {
		t.Errorf("complete plan: %v", diags)
	}
}
