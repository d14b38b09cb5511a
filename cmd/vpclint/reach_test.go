package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReach runs `vpclint reach` on the fixture networks of
// testdata/reach (the repository's) and compares stdout with
// testdata/reach/<case>.golden (refreshed with -update), the exit status
// and stderr with the case's.
func TestReach(t *testing.T) {
	nets, err := filepath.Abs(filepath.Join("..", "..", "testdata", "reach"))
	if err != nil {
		t.Fatal(err)
	}
	goldens, err := filepath.Abs(filepath.Join("testdata", "reach"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		args   []string
		exit   int
		stderr string // regexp; "" means empty
	}{
		{"reachable_text", []string{"--from", "10.20.0.5", "--to", "module.dw.aws_redshift_cluster.main", "--port", "5439", "onprem"}, exitClean, ""},
		{"blocked_tgw_text", []string{"--from", "10.30.0.5", "--to", "module.dw.aws_redshift_cluster.main", "--port", "5439", "onprem"}, exitFindings, ""},
		{"blocked_placement_text", []string{"--from", "aws_lb.web", "--to", "aws_instance.app", "--port", "9090", "nat"}, exitFindings, ""},
		{"blocked_json", []string{"--format", "json", "--from", "aws_instance.client", "--to", "aws_instance.api", "--port", "53", "--protocol", "udp", "peering"}, exitFindings, ""},
		{"reachable_mermaid", []string{"--format", "mermaid", "--from", "aws_instance.client", "--to", "aws_instance.api", "--port", "443", "peering"}, exitClean, ""},
		{"blocked_mermaid", []string{"--format", "mermaid", "--from", "aws_instance.app", "--to", "aws_db_instance.main", "--port", "5432", "nat"}, exitFindings, ""},
		{"unknown_text", []string{"--from", "aws_instance.web", "--to", "aws_instance.db", "--port", "5432", "unknown"}, exitError,
			`^vpclint: cannot tell whether tcp aws_instance.web → aws_instance.db port 5432 gets through: inbound rule 100 of aws_network_acl.db has values that are not known before apply\n$`},
		{"unknown_with_var", []string{"--var", "office_cidr=10.0.1.0/24", "--var", "extra_route=192.0.2.0/24",
			"--from", "aws_instance.web", "--to", "aws_instance.db", "--port", "5432", "unknown"}, exitFindings, ""},
		{"bad_address", []string{"--from", "aws_instance.nope", "--to", "10.0.0.1", "--port", "1", "nat"}, exitError, `Invalid reach query`},
		{"no_port", []string{"--from", "aws_instance.app", "--to", "10.0.0.1", "nat"}, exitError, `--port is required for tcp`},
		{"flag_after_path", []string{"--from", "aws_instance.app", "--to", "10.0.0.1", "nat", "--port", "1"}, exitError, `flag --port after a PATH`},
		{"bad_format", []string{"--format", "xml", "--from", "a", "--to", "b", "--port", "1"}, exitError, `unknown format "xml"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Chdir(nets)
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"reach", "--no-color"}, tc.args...), &stdout, &stderr, nil)
			if code != tc.exit {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.exit, stderr.String())
			}
			if tc.stderr == "" && stderr.Len() > 0 || tc.stderr != "" && !regexp.MustCompile(tc.stderr).Match(stderr.Bytes()) {
				t.Errorf("stderr %q, want %q", stderr.String(), tc.stderr)
			}
			if tc.exit == exitError && tc.name != "unknown_text" {
				if stdout.Len() > 0 {
					t.Errorf("a failed run printed a report:\n%s", stdout.String())
				}
				return
			}
			golden(t, filepath.Join(goldens, tc.name+".golden"), stdout.String())
		})
	}
}

// golden compares got with the file at path, or rewrites it under
// -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("stdout differs from %s (-want +got):\n%s", path, diff)
	}
}

func TestReachSARIF(t *testing.T) {
	t.Chdir(filepath.Join("..", "..", "testdata", "reach", "nat"))
	var stdout, stderr bytes.Buffer
	code := run([]string{"reach", "--format", "sarif", "--from", "aws_instance.app", "--to", "aws_db_instance.main", "--port", "5432"}, &stdout, &stderr, nil)
	if code != exitFindings {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr.String())
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID    string `json:"ruleId"`
				Level     string `json:"level"`
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 {
		t.Fatalf("want one result:\n%s", stdout.String())
	}
	r := log.Runs[0].Results[0]
	loc := r.Locations[0].PhysicalLocation
	got := r.RuleID + " " + r.Level + " " + loc.ArtifactLocation.URI + ":" + strconv.Itoa(loc.Region.StartLine)
	if got != "reach-assertion error nacl.tf:87" {
		t.Errorf("result %s", got)
	}
	want := "tcp aws_instance.app → aws_db_instance.main port 5432 is blocked: no outbound rule allows tcp 1024-65535 to 10.0.1.10 (the final * rule denies it) (on the return path); to fix it, add an outbound rule to aws_network_acl.data: allow tcp 1024-65535 to 10.0.1.10/32."
	if r.Message.Text != want {
		t.Errorf("message %q\nwant    %q", r.Message.Text, want)
	}
}
