package gen

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"text/template"
)

// DefaultSeed is the seed of the benchmark tree.
const DefaultSeed = 20260101

// Config selects the tree to generate.
type Config struct {
	// Roots is the number of root modules, at least 1.
	Roots int
	// Seed selects the pseudo-random choices; DefaultSeed for the
	// benchmark tree.
	Seed uint64
}

// File is one generated file.
type File struct {
	// Path is slash-separated and relative to the tree's top folder, e.g.
	// "roots/r0007/nacl.tf" or "modules/sg/main.tf".
	Path string
	Data []byte
}

//go:embed templates/*.tmpl
var templateFS embed.FS

var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"add": func(a, b int) int { return a + b },
	"mod": func(a, b int) int { return a % b },
}).ParseFS(templateFS, "templates/*.tmpl"))

// rootFiles are the files of every root module and the templates that
// render them; terraform.tfvars is added for the roots that have one.
var rootFiles = []string{"main.tf", "security.tf", "nacl.tf", "variables.tf"}

// sharedModules are the local modules that roots call, with their files.
var sharedModules = map[string][]string{
	"flow-logs": {"main.tf", "variables.tf"},
	"sg":        {"main.tf", "variables.tf", "outputs.tf"},
}

// Generate returns the files of the tree described by cfg, shared modules
// first, then the roots in order, each root's files in a fixed order.
func Generate(cfg Config) ([]File, error) {
	if cfg.Roots < 1 {
		return nil, fmt.Errorf("gen: Roots must be at least 1, not %d", cfg.Roots)
	}
	var files []File
	for _, mod := range []string{"flow-logs", "sg"} {
		for _, name := range sharedModules[mod] {
			f, err := render("modules/"+mod+"/"+name, "module-"+mod+"-"+name+".tmpl", nil)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
	}
	for i := range cfg.Roots {
		r := newRoot(rand.New(rand.NewPCG(cfg.Seed, uint64(i))), i)
		names := rootFiles
		if r.TFVars {
			names = append(names[:len(names):len(names)], "terraform.tfvars")
		}
		for _, name := range names {
			f, err := render("roots/"+r.Name+"/"+name, name+".tmpl", r)
			if err != nil {
				return nil, err
			}
			files = append(files, f)
		}
	}
	return files, nil
}

// render executes template tmpl with data into the file at path.
func render(path, tmpl string, data any) (File, error) {
	var buf bytes.Buffer
	if err := templates.ExecuteTemplate(&buf, tmpl, data); err != nil {
		return File{}, fmt.Errorf("gen: rendering %s: %w", path, err)
	}
	return File{Path: path, Data: buf.Bytes()}, nil
}

// Write generates the tree described by cfg into dir, creating folders as
// needed, and returns the files written.
func Write(dir string, cfg Config) ([]File, error) {
	files, err := Generate(cfg)
	if err != nil {
		return nil, err
	}
	return files, writeFiles(dir, files)
}

// writeFiles writes files into dir.
func writeFiles(dir string, files []File) error {
	for _, f := range files {
		path := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Cached returns a folder holding the tree described by cfg, and its files.
// The folder is under the system temporary folder and named after the
// tree's content, so it is written once and reused by later calls and
// later processes (benchmarks of several packages); it is written to a
// temporary name and renamed, so a reader never sees half a tree.
func Cached(cfg Config) (string, []File, error) {
	files, err := Generate(cfg)
	if err != nil {
		return "", nil, err
	}
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("vpclint-gen-%d-%s", cfg.Roots, digest(files)[:16]))
	if _, err := os.Stat(dir); err == nil {
		return dir, files, nil
	}
	tmp, err := os.MkdirTemp(os.TempDir(), "vpclint-gen-tmp-")
	if err != nil {
		return "", nil, err
	}
	if err := writeFiles(tmp, files); err != nil {
		os.RemoveAll(tmp)
		return "", nil, err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		if _, statErr := os.Stat(dir); statErr != nil {
			return "", nil, err
		}
		// Another process wrote the same tree first.
	}
	return dir, files, nil
}

// digest returns the hex SHA-256 of files' paths and contents.
func digest(files []File) string {
	h := sha256.New()
	for _, f := range files {
		h.Write([]byte(f.Path))
		h.Write([]byte{0})
		h.Write(f.Data)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// BenchRootsEnv is the environment variable that sets the number of roots
// of BenchTree.
const BenchRootsEnv = "VPCLINT_BENCH_ROOTS"

// BenchTree returns the cached benchmark tree (see Cached): DefaultSeed,
// and $VPCLINT_BENCH_ROOTS roots, else 500.
func BenchTree() (string, []File, error) {
	roots := 500
	if s := os.Getenv(BenchRootsEnv); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			return "", nil, fmt.Errorf("gen: %s=%q is not a positive number", BenchRootsEnv, s)
		}
		roots = n
	}
	return Cached(Config{Roots: roots, Seed: DefaultSeed})
}
