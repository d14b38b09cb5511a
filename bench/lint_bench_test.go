package bench_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/vpclint/vpclint/internal/gen"
	"github.com/vpclint/vpclint/lint"
	"github.com/vpclint/vpclint/parser"
	"github.com/vpclint/vpclint/report"
	"github.com/vpclint/vpclint/rules"
)

// lintTree runs what `vpclint --format <format> dir` does and writes the
// report to w: load, all rules with the default configuration, render.
func lintTree(tb testing.TB, dir, format string, w io.Writer) {
	tb.Helper()
	res := parser.Load([]string{dir}, parser.Options{})
	if res.Diagnostics.HasErrors() {
		tb.Fatal(res.Diagnostics)
	}
	findings, err := lint.Run(rules.All(), res.Network, lint.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	sources := make(map[string][]byte, len(res.Files))
	for name, f := range res.Files {
		sources[name] = f.Bytes
	}
	opts := report.Options{Sources: sources, Rules: rules.All(), BaseDir: dir, Modules: res.Modules}
	if err := report.Write(w, format, findings, opts); err != nil {
		tb.Fatal(err)
	}
}

// benchTree returns the folder of the benchmark tree and its size in files
// and bytes.
func benchTree(b *testing.B) (dir string, files int, size int64) {
	b.Helper()
	dir, fs, err := gen.BenchTree()
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range fs {
		size += int64(len(f.Data))
	}
	return dir, len(fs), size
}

// BenchmarkRules runs every rule over the loaded model of the benchmark
// tree (lint.Run: rules, suppression, sorting).
func BenchmarkRules(b *testing.B) {
	dir, files, _ := benchTree(b)
	all := rules.All()
	b.ReportAllocs()
	for b.Loop() {
		// A fresh model each time: the model caches what rules compute
		// (NACL evaluations), which a second run would only look up.
		b.StopTimer()
		res := parser.Load([]string{dir}, parser.Options{})
		if res.Diagnostics.HasErrors() {
			b.Fatal(res.Diagnostics)
		}
		b.StartTimer()
		if _, err := lint.Run(all, res.Network, lint.Config{}); err != nil {
			b.Fatal(err)
		}
	}
	reportPerFile(b, files)
}

// BenchmarkLint is the whole lint of the benchmark tree, as the command
// does it, with the report in the default (text) and the CI (sarif)
// formats written to io.Discard.
func BenchmarkLint(b *testing.B) {
	dir, files, size := benchTree(b)
	for _, format := range []string{"text", "sarif"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(size)
			for b.Loop() {
				lintTree(b, dir, format, io.Discard)
			}
			reportPerFile(b, files)
		})
	}
}

// BenchmarkNACLWorstCase runs each NACL rule alone on one network ACL of
// 40 rules per direction (the AWS maximum) drawn to fragment the traffic
// that earlier rules decide (gen.WorstCaseNACL). Each iteration loads the
// module anew, off the clock, so that it pays for the evaluation that
// NACL.Evaluate caches and the first NACL rule of a real run computes.
func BenchmarkNACLWorstCase(b *testing.B) {
	src, err := gen.WorstCaseNACL(40)
	if err != nil {
		b.Fatal(err)
	}
	next := loadEach(b, "main.tf", src)
	if n := len(next().NACLs); n != 1 {
		b.Fatalf("%d NACLs loaded, want 1", n)
	}
	nacl := []*lint.Rule{rules.NACLRuleShadowed, rules.NACLEphemeralGap, rules.NACLOpenAdminPort}
	benchEachRule(b, next, nacl, rules.NACLRuleShadowed, rules.NACLEphemeralGap)
}

// reportPerFile adds the time per file of the tree to b's results.
func reportPerFile(b *testing.B, files int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(files), "ns/file")
}

// writeFile writes data to dir/name.
func writeFile(tb testing.TB, dir, name string, data []byte) {
	tb.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
		tb.Fatal(err)
	}
}
