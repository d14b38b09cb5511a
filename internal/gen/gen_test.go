package gen

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// treeHash is the SHA-256 of the 20-root default tree (paths and bytes).
// It pins the output across runs, machines and Go versions; change it
// only with a deliberate change to the generator.
const treeHash = "3d497545785b5487cee8ce1ddfc8288d6faac6e2ea88c77d7acfb79901e8c544"

func mustGenerate(t *testing.T, cfg Config) []File {
	t.Helper()
	files, err := Generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestGenerateIsDeterministic(t *testing.T) {
	cfg := Config{Roots: 20, Seed: DefaultSeed}
	a, b := mustGenerate(t, cfg), mustGenerate(t, cfg)
	if ha, hb := digest(a), digest(b); ha != hb {
		t.Fatalf("two runs differ: %s vs %s", ha, hb)
	}
	if got := digest(a); got != treeHash {
		t.Errorf("tree hash = %s, want %s (update treeHash if the generator changed on purpose)", got, treeHash)
	}
	if other := mustGenerate(t, Config{Roots: 20, Seed: DefaultSeed + 1}); digest(other) == digest(a) {
		t.Error("another seed gives the same tree")
	}
}

func TestSmallerTreeIsPrefix(t *testing.T) {
	small := mustGenerate(t, Config{Roots: 3, Seed: DefaultSeed})
	large := mustGenerate(t, Config{Roots: 8, Seed: DefaultSeed})
	if len(small) >= len(large) {
		t.Fatalf("3 roots give %d files, 8 roots %d", len(small), len(large))
	}
	for i, f := range small {
		if f.Path != large[i].Path || !bytes.Equal(f.Data, large[i].Data) {
			t.Fatalf("file %d: %s differs from %s of the larger tree", i, f.Path, large[i].Path)
		}
	}
}

func TestEveryFileParses(t *testing.T) {
	files := mustGenerate(t, Config{Roots: 40, Seed: DefaultSeed})
	for _, f := range files {
		_, diags := hclsyntax.ParseConfig(f.Data, f.Path, hcl.InitialPos)
		if diags.HasErrors() {
			t.Errorf("%s: %s", f.Path, diags.Error())
		}
	}
}

func TestTreeShape(t *testing.T) {
	const roots = 100
	files := mustGenerate(t, Config{Roots: roots, Seed: DefaultSeed})
	size, perRoot := 0, map[string]int{}
	for _, f := range files {
		size += len(f.Data)
		if dir, ok := strings.CutPrefix(f.Path, "roots/"); ok {
			perRoot[strings.Split(dir, "/")[0]]++
		}
	}
	if len(perRoot) != roots {
		t.Errorf("%d root folders, want %d", len(perRoot), roots)
	}
	// About 4 files and 3 KB per file, so that 500 roots are about 2,000
	// files and 6 to 8 MB.
	if n := len(files); n < 4*roots || n > 9*roots/2+10 {
		t.Errorf("%d files for %d roots, want about 4 per root", n, roots)
	}
	if avg := size / len(files); avg < 2500 || avg > 4000 {
		t.Errorf("average file size %d bytes, want about 3 KB", avg)
	}
}

// TestRootsVary checks that each deliberate mistake and each optional
// construct appears in some roots and not in all.
func TestRootsVary(t *testing.T) {
	var list []*root
	for i := range 200 {
		list = append(list, newRoot(rand.New(rand.NewPCG(DefaultSeed, uint64(i))), i))
	}
	features := map[string]func(r *root) bool{
		"nat without Purpose": func(r *root) bool { return !r.NATPurpose && !r.DefaultTagsPurpose },
		"peering":             func(r *root) bool { return r.Peering },
		"overlapping peering": func(r *root) bool { return r.Peering && strings.HasPrefix(r.SharedCIDR, "10.") },
		"db without egress":   func(r *root) bool { return !r.DBEgress },
		"bastion module":      func(r *root) bool { return r.BastionModule },
		"bastion no egress":   func(r *root) bool { return r.BastionNoEgress },
		"bastion count":       func(r *root) bool { return r.BastionCount },
		"flow logs":           func(r *root) bool { return r.FlowLogs },
		"remote module":       func(r *root) bool { return r.RemoteModule },
		"tfvars":              func(r *root) bool { return r.TFVars },
		"lost deny": func(r *root) bool {
			return slices.ContainsFunc(r.PublicIngress, func(n naclRule) bool { return n.Action == "deny" })
		},
		"redundant allow": func(r *root) bool {
			return slices.ContainsFunc(r.PublicIngress, func(n naclRule) bool { return n.From == 8080 })
		},
		"ephemeral gap": func(r *root) bool {
			return slices.ContainsFunc(r.PublicEgress, func(n naclRule) bool { return n.From == 32768 })
		},
	}
	for name, has := range features {
		t.Run(name, func(t *testing.T) {
			n := 0
			for _, r := range list {
				if has(r) {
					n++
				}
			}
			if n == 0 || n == len(list) {
				t.Errorf("%d of %d roots, want some but not all", n, len(list))
			}
		})
	}
	for _, r := range list {
		if in, out := r.Blocked+len(r.PublicIngress), r.Blocked+len(r.PublicEgress); in != rulesPerDirection || out != rulesPerDirection {
			t.Errorf("%s: public NACL has %d inbound and %d outbound rules, want %d each", r.Name, in, out, rulesPerDirection)
		}
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	files, err := Write(dir, Config{Roots: 2, Seed: DefaultSeed})
	if err != nil {
		t.Fatal(err)
	}
	checkWritten(t, dir, files)
}

// checkWritten fails unless dir holds files, byte for byte.
func checkWritten(t *testing.T, dir string, files []File) {
	t.Helper()
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil || !bytes.Equal(got, f.Data) {
			t.Errorf("%s: not written as generated (%v)", f.Path, err)
		}
	}
}

func TestGenerateRejectsNoRoots(t *testing.T) {
	if _, err := Generate(Config{Roots: 0}); err == nil {
		t.Error("Generate with 0 roots: no error")
	}
}

func TestCached(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	cfg := Config{Roots: 2, Seed: DefaultSeed}
	dir, files, err := Cached(cfg)
	if err != nil {
		t.Fatal(err)
	}
	again, _, err := Cached(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if again != dir {
		t.Errorf("second call gives %s, first %s", again, dir)
	}
	checkWritten(t, dir, files)
	other, _, err := Cached(Config{Roots: 3, Seed: DefaultSeed})
	if err != nil {
		t.Fatal(err)
	}
	if other == dir {
		t.Error("trees of 2 and 3 roots share a folder")
	}
}

func TestWorstCaseNACL(t *testing.T) {
	src, err := WorstCaseNACL(40)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := WorstCaseNACL(40)
	if !bytes.Equal(src, again) {
		t.Error("two calls differ")
	}
	file, diags := hclsyntax.ParseConfig(src, "main.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	var in, out int
	for _, blk := range file.Body.(*hclsyntax.Body).Blocks[2].Body.Blocks {
		switch blk.Type {
		case "ingress":
			in++
		case "egress":
			out++
		}
	}
	if in != 40 || out != 40 {
		t.Errorf("%d inbound and %d outbound rules, want 40 each", in, out)
	}
	if _, err := WorstCaseNACL(2); err == nil {
		t.Error("WorstCaseNACL(2): no error")
	}
}
