package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the e2e golden files")

// TestE2E runs the whole command, with the real parser, rule registry and
// report, on each folder of testdata/e2e:
//
//	<case>/src/    the working folder (copied to a temporary folder outside
//	               any repository, so no outer .vpclint.hcl applies)
//	<case>/args    optional: the arguments, one per line (default: none)
//	<case>/stdout  the expected stdout
//	<case>/stderr  the expected stderr
//	<case>/exit    the expected exit status
//
// The temporary folder's path (SARIF's %SRCROOT%) reads $WORK in the golden
// files. `go test ./cmd/vpclint -update` rewrites stdout, stderr and exit.
func TestE2E(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join("testdata", "e2e", "*"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no e2e cases (%v)", err)
	}
	for _, dir := range cases {
		dir, err := filepath.Abs(dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			args := readArgs(t, filepath.Join(dir, "args"))
			work := t.TempDir()
			if err := os.CopyFS(work, os.DirFS(filepath.Join(dir, "src"))); err != nil {
				t.Fatal(err)
			}
			t.Chdir(work)
			var stdout, stderr bytes.Buffer
			code := run(args, &stdout, &stderr, []string{"TERM=xterm"})
			work, err = os.Getwd() // as the command sees it (symbolic links resolved)
			if err != nil {
				t.Fatal(err)
			}
			hideWork := strings.NewReplacer(filepath.ToSlash(work), "$WORK").Replace
			got := map[string]string{
				"stdout": hideWork(stdout.String()),
				"stderr": hideWork(stderr.String()),
				"exit":   strconv.Itoa(code) + "\n",
			}
			for _, name := range []string{"exit", "stdout", "stderr"} {
				path := filepath.Join(dir, name)
				if *update {
					if err := os.WriteFile(path, []byte(got[name]), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run with -update to create it)", err)
				}
				if diff := cmp.Diff(string(want), got[name]); diff != "" {
					t.Errorf("%s differs from %s (-want +got):\n%s", name, path, diff)
				}
			}
			if code == exitError && stdout.Len() > 0 && (!strings.Contains(stdout.String(), "incomplete") || strings.Contains(stdout.String(), "No problems")) {
				t.Errorf("exit status 2 with a report that could pass for a complete one:\n%s", stdout.String())
			}
		})
	}
}

// readArgs reads an args file: one argument per line; a missing file means
// no arguments.
func readArgs(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var args []string
	for line := range strings.Lines(string(data)) {
		if line = strings.TrimRight(line, "\r\n"); line != "" {
			args = append(args, line)
		}
	}
	return args
}
