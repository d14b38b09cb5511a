package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadErrors checks the contract for bad input among good: the good
// modules are still analysed and their findings reported, the bad one is
// reported on stderr with file and line, the exit status is 2, and a run
// without findings prints nothing that could pass for a clean result.
func TestLoadErrors(t *testing.T) {
	const broken = "resource \"aws_vpc\" \"a\" {\n  cidr_block = \n}\n"
	tests := []struct {
		name           string
		files          map[string]string
		args           []string
		stdout, stderr string
	}{
		{"findings of the good module are reported", map[string]string{"good/main.tf": untaggedNAT, "bad/main.tf": broken}, nil,
			`(?s)^Warning: .*on good/main.tf line 1.*1 problem \(1 warning\) in 1 module; incomplete: 1 error stopped part of the analysis\n$`,
			`(?s)^Error: Invalid expression.*on bad/main.tf line 2`},
		{"no findings: nothing on stdout", map[string]string{"good/main.tf": taggedNAT, "bad/main.tf": broken}, nil,
			"", `(?s)^Error: Invalid expression.*on bad/main.tf line 2`},
		{"no findings in JSON: nothing on stdout", map[string]string{"good/main.tf": taggedNAT, "bad/main.tf": broken}, []string{"--format", "json"},
			"", `on bad/main.tf line 2`},
		{"a module with a bad file is not analysed", map[string]string{
			"sg/main.tf":   "resource \"aws_security_group\" \"a\" {\n  name = \"a\"\n}\n",
			"sg/egress.tf": "resource \"aws_security_group_rule\" \"e\" {\n  type              = \"egress\"\n  security_group_id = aws_security_group.a.id\n  from_port         = \n}\n",
		}, nil, "", `on sg/egress.tf line 4`},
		{"an ignore in the bad module is not called unused", map[string]string{
			"good/main.tf": untaggedNAT,
			"bad/main.tf":  "# vpclint:ignore sg-empty-egress managed elsewhere\nresource \"aws_security_group\" \"a\" {\n  name = \"a\"\n}\n",
			"bad/vpc.tf":   broken,
		}, nil, `(?s)^Warning: NAT gateway aws_nat_gateway.a.*incomplete`, `(?s)^Error: Invalid expression.*on bad/vpc.tf line 2`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inDir(t, tc.files)
			r := runCLI(append([]string{"--no-color"}, tc.args...)...)
			r.check(t, exitError, tc.stdout, tc.stderr)
			if strings.Contains(r.stdout, "unused-ignore") || strings.Contains(r.stdout, "No problems") {
				t.Errorf("stdout:\n%s", r.stdout)
			}
		})
	}

	t.Run("SARIF marks the run as incomplete", func(t *testing.T) {
		dir := inDir(t, map[string]string{"good/main.tf": untaggedNAT, "bad/main.tf": broken})
		runCLI("--format", "sarif", "--output", "out.sarif").check(t, exitError, "", `on bad/main.tf line 2`)
		data, err := os.ReadFile(filepath.Join(dir, "out.sarif"))
		if err != nil {
			t.Fatal(err)
		}
		var log struct {
			Runs []struct {
				Invocations []struct {
					ExecutionSuccessful        bool `json:"executionSuccessful"`
					ToolExecutionNotifications []struct {
						Message   struct{ Text string }
						Locations []struct {
							PhysicalLocation struct {
								ArtifactLocation struct{ URI string }
								Region           struct{ StartLine int }
							}
						}
					}
				}
				Results []struct{ RuleID string }
			}
		}
		if err := json.Unmarshal(data, &log); err != nil {
			t.Fatal(err)
		}
		run := log.Runs[0]
		if len(run.Results) != 1 || len(run.Invocations) != 1 || run.Invocations[0].ExecutionSuccessful {
			t.Fatalf("want one result and an unsuccessful invocation:\n%s", data)
		}
		n := run.Invocations[0].ToolExecutionNotifications
		if len(n) != 1 || !strings.HasPrefix(n[0].Message.Text, "Invalid expression") || len(n[0].Locations) != 1 ||
			n[0].Locations[0].PhysicalLocation.ArtifactLocation.URI != "bad/main.tf" || n[0].Locations[0].PhysicalLocation.Region.StartLine != 2 {
			t.Errorf("notifications = %+v", n)
		}
	})
}

// TestWarnings checks that the loader's warnings do not flood stderr: one
// line counts them, and --debug shows each.
func TestWarnings(t *testing.T) {
	const n = 2000
	var src strings.Builder
	for i := range n {
		fmt.Fprintf(&src, "variable \"v%d\" {\n  type    = \"string\"\n  default = \"x\"\n}\n", i)
	}
	inDir(t, map[string]string{"main.tf": src.String() + taggedNAT})

	r := runCLI("--no-color")
	r.check(t, exitClean, `^No problems in 1 module\n$`,
		fmt.Sprintf(`^vpclint: %d warnings about the Terraform source \(%d × Quoted type constraint\); --debug shows each\n$`, n, n))

	r = runCLI("--no-color", "--debug")
	r.check(t, exitClean, `^No problems in 1 module\n$`, `debug: \[.*\] warning: main.tf:2,13: Quoted type constraint: Terraform 0.12 and later expect type = string, without quotes.\n`)
	if got := strings.Count(r.stderr, "Quoted type constraint"); got != n {
		t.Errorf("--debug shows %d warnings, want %d", got, n)
	}
}
