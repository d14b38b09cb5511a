package parser

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/zclconf/go-cty/cty"

	"github.com/vpclint/vpclint/internal/parallel"
	"github.com/vpclint/vpclint/parser/bounded"
)

// inputs is what the command line selected: module folders and plan files.
type inputs struct {
	dirs  []string
	plans []string
}

// selectInputs classifies the PATH arguments. A folder selects every
// module folder below it; a .tf, .tf.json or .tfvars file selects the module
// that holds it; another .json file is a plan.
func selectInputs(paths []string, exclude []string) (inputs, hcl.Diagnostics) {
	var in inputs
	var diags hcl.Diagnostics
	seen := map[string]bool{}
	addDir := func(d string) {
		d = filepath.Clean(d)
		if !seen[d] && !excluded(d, exclude) {
			seen[d] = true
			in.dirs = append(in.dirs, d)
		}
	}
	for _, p := range paths {
		p = filepath.Clean(strings.TrimSuffix(p, "/..."))
		st, err := os.Stat(p)
		if err != nil {
			diags = append(diags, errorf("Cannot read input", "%s", err))
			continue
		}
		switch name := st.Name(); {
		case st.IsDir():
			dirs, walkDiags := moduleDirs(p, exclude)
			diags = append(diags, walkDiags...)
			for _, d := range dirs {
				addDir(d)
			}
		case isConfigFile(name) || strings.HasSuffix(name, ".tfvars") || strings.HasSuffix(name, ".tfvars.json"):
			addDir(filepath.Dir(p))
		case strings.HasSuffix(name, ".json"):
			in.plans = append(in.plans, p)
		default:
			diags = append(diags, errorf("Unsupported input",
				"%s is not a folder, a .tf, .tf.json or .tfvars file, or a plan .json file", p))
		}
	}
	sort.Strings(in.dirs)
	return in, diags
}

// isConfigFile reports whether name is a Terraform configuration file.
func isConfigFile(name string) bool {
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")
}

// excluded reports whether path matches one of the exclude globs.
func excluded(path string, exclude []string) bool {
	path = filepath.ToSlash(path)
	for _, g := range exclude {
		g = strings.TrimPrefix(filepath.ToSlash(g), "./")
		if ok, _ := doublestar.Match(g, path); ok {
			return true
		}
		if ok, _ := doublestar.Match(strings.TrimSuffix(g, "/**"), path); ok {
			return true
		}
	}
	return false
}

// moduleDirs walks root and returns every folder holding configuration
// files, skipping hidden folders (.terraform, .git) and excluded paths.
// Symbolic links to folders are not followed, so link loops cannot hang it.
func moduleDirs(root string, exclude []string) ([]string, hcl.Diagnostics) {
	var dirs []string
	var diags hcl.Diagnostics
	has := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			diags = append(diags, errorf("Cannot read folder", "%s", err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || excluded(path, exclude)) {
				return fs.SkipDir
			}
			return nil
		}
		if isConfigFile(d.Name()) && !has[filepath.Dir(path)] {
			has[filepath.Dir(path)] = true
			dirs = append(dirs, filepath.Dir(path))
		}
		return nil
	})
	if err != nil {
		diags = append(diags, errorf("Cannot read folder", "%s", err))
	}
	return dirs, diags
}

// configFiles lists the configuration files of one module folder, sorted.
func configFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	return configFilesIn(dir, entries), nil
}

// configFilesIn is configFiles of the folder dir whose entries are entries.
func configFilesIn(dir string, entries []fs.DirEntry) []string {
	var files []string
	for _, e := range entries {
		if !e.IsDir() && isConfigFile(e.Name()) && !strings.HasPrefix(e.Name(), ".") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	return files
}

// parseAll parses the configuration files of dirs in parallel, up to
// GOMAXPROCS at a time, within bounded.Read's bounds, and adds them to p, so
// that every later read of a file (by the evaluator) is served from p's
// cache: each file is read and parsed once, and a file that was not parsed
// (too large, not a regular file) is in the cache as an empty file, never
// read again.
func parseAll(p *hclparse.Parser, dirs []string) hcl.Diagnostics {
	lists, diags := listFiles(dirs, os.ReadDir)
	names := slices.Concat(lists...)
	files, fileDiags := parseFiles(names, nil)
	for i, name := range names {
		diags = append(diags, fileDiags[i]...)
		p.AddFile(name, files[i])
	}
	return diags
}

// listFiles returns the configuration files of each of dirs, listing the
// folders with readDir (os.ReadDir or a cache's) up to GOMAXPROCS at a
// time, with an error for each folder it cannot read.
func listFiles(dirs []string, readDir func(string) ([]fs.DirEntry, error)) ([][]string, hcl.Diagnostics) {
	lists := make([][]string, len(dirs))
	errs := make([]error, len(dirs))
	parallel.ForEach(len(dirs), func(i int) {
		var entries []fs.DirEntry
		if entries, errs[i] = readDir(dirs[i]); errs[i] == nil {
			lists[i] = configFilesIn(dirs[i], entries)
		}
	})
	var diags hcl.Diagnostics
	for _, err := range errs {
		if err != nil {
			diags = append(diags, errorf("Cannot read folder", "%s", err))
		}
	}
	return lists, diags
}

// parseFiles reads and parses the named files with bounded.Read, up to
// GOMAXPROCS at a time; srcs, when not nil, holds the bytes already read
// of some (nil for the others), which are parsed without reading them
// again.
func parseFiles(names []string, srcs [][]byte) ([]*hcl.File, []hcl.Diagnostics) {
	files := make([]*hcl.File, len(names))
	diags := make([]hcl.Diagnostics, len(names))
	parallel.ForEach(len(names), func(i int) {
		if i < len(srcs) && srcs[i] != nil {
			files[i], diags[i] = bounded.Parse(names[i], srcs[i])
			return
		}
		files[i], diags[i] = bounded.Read(names[i])
	})
	return files, diags
}

// localCalls returns the folders of the local modules (source "./…" or
// "../…") that the module in dir calls, read from its parsed files.
func localCalls(dir string, files []*hcl.File) []string {
	var out []string
	schema := &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "module", LabelNames: []string{"name"}}}}
	for _, f := range files {
		if f == nil {
			continue
		}
		content, _, _ := f.Body.PartialContent(schema)
		for _, blk := range content.Blocks {
			attrs, _, _ := blk.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "source"}}})
			src, ok := attrs.Attributes["source"]
			if !ok {
				continue
			}
			v, diags := src.Expr.Value(nil)
			if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
				continue
			}
			s := v.AsString()
			if strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") {
				out = append(out, filepath.Clean(filepath.Join(dir, s)))
			}
		}
	}
	return out
}

// rootModules returns the folders to analyse as root modules: those that
// no other selected module calls (calls are the local calls of each
// selected folder). A folder that only modules in a call cycle reach is
// analysed alone too, so nothing selected is skipped.
func rootModules(calls map[string][]string, dirs []string) []string {
	selected := map[string]bool{}
	for _, d := range dirs {
		selected[d] = true
	}
	calledBy := map[string][]string{}
	for _, d := range dirs {
		for _, c := range calls[d] {
			if selected[c] && c != d {
				calledBy[c] = append(calledBy[c], d)
			}
		}
	}
	var roots []string
	reached := map[string]bool{}
	var reach func(d string)
	reach = func(d string) {
		if reached[d] {
			return
		}
		reached[d] = true
		for _, c := range calls[d] {
			if selected[c] {
				reach(c)
			}
		}
	}
	for _, d := range dirs {
		if len(calledBy[d]) == 0 {
			roots = append(roots, d)
			reach(d)
		}
	}
	for _, d := range dirs {
		if !reached[d] {
			roots = append(roots, d)
			reach(d)
		}
	}
	sort.Strings(roots)
	return roots
}

// errorf builds an error diagnostic without a source range.
func errorf(summary, format string, args ...any) *hcl.Diagnostic {
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: fmt.Sprintf(format, args...)}
}
