package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// untaggedNATNamed is untaggedNAT with another resource name.
func untaggedNATNamed(name string) string {
	return strings.Replace(untaggedNAT, `"a"`, `"`+name+`"`, 1)
}

// readBaselineFile decodes a baseline file written by --baseline-write.
func readBaselineFile(t *testing.T, path string) baselineFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f baselineFile
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatalf("%s: %v\n%s", path, err, data)
	}
	return f
}

func TestBaseline(t *testing.T) {
	t.Run("write records the findings and reports none", func(t *testing.T) {
		dir := inDir(t, map[string]string{"main.tf": untaggedNAT, "net/main.tf": untaggedNATNamed("b")})
		runCLI("--baseline-write", "baseline.json").check(t, exitClean, "", `^vpclint: recorded 2 findings in baseline.json`)
		f := readBaselineFile(t, filepath.Join(dir, "baseline.json"))
		if f.Version != baselineVersion || len(f.Findings) != 2 {
			t.Fatalf("baseline = %+v, want version %d and 2 findings", f, baselineVersion)
		}
		if got := f.Findings[1]; got.Rule != "nat-untagged" || got.File != "net/main.tf" || got.Resource != "aws_nat_gateway.b" || got.Fingerprint == "" {
			t.Errorf("second finding = %+v", got)
		}
	})

	t.Run("only findings not in the baseline are reported", func(t *testing.T) {
		dir := inDir(t, map[string]string{"main.tf": untaggedNAT})
		runCLI("--baseline-write", "baseline.json").check(t, exitClean, "", `recorded 1 finding`)
		runCLI("--no-color", "--baseline", "baseline.json").check(t, exitClean, `^No problems in 1 module\n$`, "")

		// Unrelated edits above the finding: a comment, blank lines and
		// two new clean blocks, which move it down by 21 lines.
		edited := "# the egress NAT of the legacy VPC\n\n" + strings.Replace(taggedNAT, `"a"`, `"b"`, 1) + "\n\n" +
			strings.Replace(taggedNAT, `"a"`, `"c"`, 1) + "\n" + untaggedNAT
		writeFile(t, dir, "main.tf", edited)
		runCLI("--no-color", "--baseline", "baseline.json").check(t, exitClean, `^No problems in 1 module\n$`, "")

		// A new finding is reported, and only it fails the run.
		writeFile(t, dir, "new.tf", untaggedNATNamed("new"))
		r := runCLI("--no-color", "--baseline", "baseline.json")
		r.check(t, exitFindings, `aws_nat_gateway.new`, "")
		if strings.Contains(r.stdout, "aws_nat_gateway.a ") || !strings.Contains(r.stdout, "1 problem (1 warning)") {
			t.Errorf("want only the new finding:\n%s", r.stdout)
		}
	})

	t.Run("it matches from another working folder", func(t *testing.T) {
		dir := inDir(t, map[string]string{"infra/main.tf": untaggedNAT})
		t.Chdir(filepath.Join(dir, "infra"))
		runCLI("--baseline-write", "../baseline.json").check(t, exitClean, "", `recorded 1 finding`)
		t.Chdir(dir)
		runCLI("--no-color", "--baseline", "baseline.json", "infra").check(t, exitClean, `^No problems`, "")
	})

	t.Run("a run with load errors writes no baseline", func(t *testing.T) {
		dir := inDir(t, map[string]string{"a/main.tf": untaggedNAT, "b/main.tf": "resource {"})
		runCLI("--no-color", "--baseline-write", "baseline.json").check(t, exitError, "", `(?s)on b/main.tf line 1.*Baseline not written`)
		if _, err := os.Stat(filepath.Join(dir, "baseline.json")); !os.IsNotExist(err) {
			t.Errorf("baseline.json written after a load error (err %v)", err)
		}
	})
}

func TestBadBaseline(t *testing.T) {
	tests := []struct {
		name, content, stderr string
	}{
		{"missing", "", `(?s)^Error: Cannot read the baseline\n\nstat base.json: no such file or directory. Write one with --baseline-write.\n`},
		{"not JSON", "{\n  \"version\": 1,\n  oops\n}\n", `(?s)Invalid baseline.*on base.json line 3.*base.json is not a vpclint baseline: invalid character 'o'`},
		{"wrong type", "{\n  \"version\": \"one\"\n}\n", `(?s)on base.json line 2.*cannot unmarshal string`},
		{"unknown field", `{"version": 1, "fingerprints": "vpclint/v1", "findings": [], "extra": 1}`, `base.json is not a vpclint baseline: json: unknown field "extra"`},
		{"trailing data", `{"version": 1, "fingerprints": "vpclint/v1", "findings": []} []`, `extra data after the baseline's object`},
		{"other version", `{"version": 2, "fingerprints": "vpclint/v1", "findings": []}`, `base.json is not a baseline this vpclint reads: it has version 2`},
		{"other fingerprints", `{"version": 1, "fingerprints": "vpclint/v0", "findings": []}`, `fingerprints "vpclint/v0"`},
		{"no fingerprint", `{"version": 1, "fingerprints": "vpclint/v1", "findings": [{"rule": "nat-untagged"}]}`, `base.json: finding 1 has no fingerprint`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{"main.tf": untaggedNAT}
			if tc.name != "missing" {
				files["base.json"] = tc.content
			}
			inDir(t, files)
			runCLI("--no-color", "--baseline", "base.json").check(t, exitError, "", tc.stderr)
		})
	}
	t.Run("too large", func(t *testing.T) {
		dir := inDir(t, map[string]string{"main.tf": untaggedNAT, "base.json": ""})
		// Sparse: it takes no disk space.
		if err := os.Truncate(filepath.Join(dir, "base.json"), maxBaselineSize+1); err != nil {
			t.Fatal(err)
		}
		runCLI("--no-color", "--baseline", "base.json").check(t, exitError, "",
			fmt.Sprintf(`(?s)^Error: Cannot read the baseline\n\nbase.json is %d bytes; vpclint reads files of up to %d bytes`, maxBaselineSize+1, maxBaselineSize))
	})
	t.Run("both flags", func(t *testing.T) {
		inDir(t, map[string]string{"main.tf": untaggedNAT})
		runCLI("--baseline", "a.json", "--baseline-write", "b.json").check(t, exitError, "", `--baseline and --baseline-write cannot be used together`)
	})
}
