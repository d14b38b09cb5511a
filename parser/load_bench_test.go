package parser_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/vpclint/vpclint/internal/gen"
	"github.com/vpclint/vpclint/internal/parallel"
	"github.com/vpclint/vpclint/parser"
)

// benchTree returns the folder of the benchmark tree (gen.BenchTree), the
// paths of its files and their total size.
func benchTree(b *testing.B) (dir string, paths []string, size int64) {
	b.Helper()
	dir, files, err := gen.BenchTree()
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		paths = append(paths, filepath.Join(dir, filepath.FromSlash(f.Path)))
		size += int64(len(f.Data))
	}
	return dir, paths, size
}

// parseFile reads and parses one file with hclsyntax, as the floor of
// what loading must do.
func parseFile(b *testing.B, path string) {
	src, err := os.ReadFile(path)
	if err != nil {
		b.Error(err)
		return
	}
	if _, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos); diags.HasErrors() {
		b.Error(diags)
	}
}

// BenchmarkParseOnly reads and parses every file of the benchmark tree with
// hclsyntax and nothing else: the floor for loading. "parallel" parses
// GOMAXPROCS files at a time, as parser.Load does.
func BenchmarkParseOnly(b *testing.B) {
	_, paths, size := benchTree(b)
	b.Run("sequential", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(size)
		for b.Loop() {
			for _, p := range paths {
				parseFile(b, p)
			}
		}
		reportPerFile(b, len(paths))
	})
	b.Run("parallel", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(size)
		for b.Loop() {
			parallel.ForEach(len(paths), func(i int) { parseFile(b, paths[i]) })
		}
		reportPerFile(b, len(paths))
	})
}

// BenchmarkLoad loads the benchmark tree into the network model with
// parser.Load: discovery, parsing, evaluation and building.
func BenchmarkLoad(b *testing.B) {
	dir, paths, size := benchTree(b)
	b.ReportAllocs()
	b.SetBytes(size)
	for b.Loop() {
		res := parser.Load([]string{dir}, parser.Options{})
		if res.Diagnostics.HasErrors() {
			b.Fatal(res.Diagnostics)
		}
	}
	reportPerFile(b, len(paths))
}

// reportPerFile adds the time per file of the tree to b's results.
func reportPerFile(b *testing.B, files int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(files), "ns/file")
}
