package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
)

// Bounds on the module tree, so a configuration cannot make loading run
// away (symlink loops defeat the recursion check by path).
const (
	maxModuleDepth = 64
	maxModuleCalls = 10000
)

// loader reads the static module tree.
type loader struct {
	parser  Parser
	rootDir string
	diags   hcl.Diagnostics
	names   *attrNames
	// types are the managed resource types of every loaded module.
	types map[string]bool
	// installed maps modules.json keys ("vpc", "net.sub") to folders.
	installed map[string]string
	// byDir caches decoded modules by real path; byCall maps a call path
	// ("net", "net.sub") to its module, nil when not loaded.
	byDir  map[string]*module
	byCall map[string]*module
	calls  int
	// moduleDirs and skipped feed Result.
	moduleDirs []string
	skipped    []string
}

func newLoader(parser Parser, rootDir string) *loader {
	return &loader{
		parser:    parser,
		rootDir:   rootDir,
		names:     newAttrNames(),
		types:     map[string]bool{},
		installed: readModulesJSON(rootDir),
		byDir:     map[string]*module{},
		byCall:    map[string]*module{},
	}
}

// loadRoot reads the root module and, recursively, every module it calls.
func (l *loader) loadRoot() *module {
	root, err := l.readModule(l.rootDir)
	if err != nil {
		l.diags = append(l.diags, &hcl.Diagnostic{
			Severity: hcl.DiagError,
			Summary:  "Unreadable module folder",
			Detail:   fmt.Sprintf("Cannot read %s: %v.", l.rootDir, err),
		})
		return nil
	}
	resolved := l.realPath(l.rootDir)
	l.byDir[resolved] = root
	l.children(root, "", []string{resolved})
	return root
}

// children loads the modules that m calls; path is m's call path and
// chain the real folders of m and its callers.
func (l *loader) children(m *module, path string, chain []string) {
	for _, c := range m.calls {
		key := c.name
		if path != "" {
			key = path + "." + c.name
		}
		l.calls++
		if l.calls > maxModuleCalls {
			l.diags = append(l.diags, l.callError(c, "Too many module calls",
				fmt.Sprintf("The module tree has more than %d module calls.", maxModuleCalls)))
			return
		}
		dir, ok := l.sourceDir(m, c, key)
		if !ok {
			continue
		}
		resolved := l.realPath(dir)
		if slices.Contains(chain, resolved) || len(chain) >= maxModuleDepth {
			l.diags = append(l.diags, l.callError(c, "Module recursion",
				fmt.Sprintf("%s calls %s, which is already being loaded by one of its callers.", callAddress(key), dir)))
			continue
		}
		child, seen := l.byDir[resolved]
		if !seen {
			var err error
			child, err = l.readModule(dir)
			if err != nil {
				l.diags = append(l.diags, l.callError(c, "Unreadable module folder",
					fmt.Sprintf("Cannot read %s: %v.", dir, err)))
				continue
			}
			l.byDir[resolved] = child
			l.moduleDirs = append(l.moduleDirs, dir)
		}
		l.byCall[key] = child
		l.children(child, key, append(slices.Clip(chain), resolved))
	}
}

func (l *loader) callError(c *moduleCall, summary, detail string) *hcl.Diagnostic {
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: c.defRange.Ptr()}
}

// sourceDir finds the folder of call c (call path key) of module m: a
// local source relative to m, else the installed copy. A remote module
// that is not installed is recorded as skipped.
func (l *loader) sourceDir(m *module, c *moduleCall, key string) (string, bool) {
	switch {
	case c.source == "":
		return "", false // reported when decoded
	case localSource(c.source):
		return filepath.Join(m.dir, c.source), true
	}
	if dir, ok := l.installed[key]; ok {
		return dir, true
	}
	l.skipped = append(l.skipped, fmt.Sprintf("%s (%s)", callAddress(key), c.source))
	return "", false
}

// localSource reports a source that is a path, as Terraform recognises it.
func localSource(s string) bool {
	for _, p := range []string{"./", "../", ".\\", "..\\"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// callAddress turns a call path "a.b" into "module.a.module.b".
func callAddress(key string) string {
	return "module." + strings.ReplaceAll(key, ".", ".module.")
}

// readModulesJSON reads .terraform/modules/modules.json, which `terraform
// init` writes; a missing or malformed manifest means nothing is installed.
func readModulesJSON(rootDir string) map[string]string {
	data, err := os.ReadFile(filepath.Join(rootDir, ".terraform", "modules", "modules.json"))
	if err != nil {
		return nil
	}
	var manifest struct {
		Modules []struct {
			Key string
			Dir string
		}
	}
	if json.Unmarshal(data, &manifest) != nil {
		return nil
	}
	out := map[string]string{}
	for _, m := range manifest.Modules {
		if m.Key == "" || m.Dir == "" {
			continue
		}
		dir := filepath.FromSlash(m.Dir)
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(rootDir, dir)
		}
		out[m.Key] = dir
	}
	return out
}

// realPath is RealPath(dir), through the parser when it is a Folders.
func (l *loader) realPath(dir string) string {
	if f, ok := l.parser.(Folders); ok {
		return f.RealPath(dir)
	}
	return RealPath(dir)
}

// RealPath resolves symlinks so that recursion is found whatever path
// reaches a folder.
func RealPath(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if resolved, err := filepath.EvalSymlinks(dir); err == nil {
		return resolved
	}
	return dir
}
