package bench_test

import (
	"bytes"
	"encoding/json"
	"runtime"
	"strings"
	"testing"

	"github.com/vpclint/vpclint/internal/gen"
)

// TestReportIndependentOfGOMAXPROCS lints a generated tree of 20 roots with
// GOMAXPROCS 1 and 4 (twice, to give map order a chance to differ) and
// checks that the JSON and SARIF reports are byte-identical.
func TestReportIndependentOfGOMAXPROCS(t *testing.T) {
	dir := t.TempDir()
	if _, err := gen.Write(dir, gen.Config{Roots: 20, Seed: gen.DefaultSeed}); err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, format := range []string{"json", "sarif"} {
		t.Run(format, func(t *testing.T) {
			var first []byte
			for i, procs := range []int{1, 4, 1, 4} {
				runtime.GOMAXPROCS(procs)
				var buf bytes.Buffer
				lintTree(t, dir, format, &buf)
				if i == 0 {
					first = buf.Bytes()
					continue
				}
				if !bytes.Equal(buf.Bytes(), first) {
					t.Fatalf("run %d (GOMAXPROCS %d) differs from run 0 (GOMAXPROCS 1) at line %d", i, procs, firstDiffLine(first, buf.Bytes()))
				}
			}
			if format == "json" {
				checkVariedFindings(t, first)
			}
		})
	}
}

// checkVariedFindings fails unless the JSON report has findings of at
// least four rules, so that the comparison covers real output.
func checkVariedFindings(t *testing.T, report []byte) {
	t.Helper()
	var rep struct{ Findings []struct{ Rule string } }
	if err := json.Unmarshal(report, &rep); err != nil {
		t.Fatal(err)
	}
	byRule := map[string]int{}
	for _, f := range rep.Findings {
		byRule[f.Rule]++
	}
	if len(byRule) < 4 {
		t.Errorf("findings by rule: %v; want at least four rules to fire on the generated tree", byRule)
	}
}

// firstDiffLine returns the 1-based number of the first line that differs.
func firstDiffLine(a, b []byte) int {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}
