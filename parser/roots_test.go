package parser_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/hashicorp/hcl/v2"

	"github.com/vpclint/vpclint/parser"
)

// writeTree writes files (slash-separated path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// loadSummary loads paths (relative to dir) with GOMAXPROCS procs and
// describes the result: modules analysed, files loaded, security groups
// with their file and line, diagnostics.
func loadSummary(t *testing.T, dir string, procs int, paths ...string) []string {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
	var abs []string
	for _, p := range paths {
		abs = append(abs, filepath.Join(dir, p))
	}
	res := parser.Load(abs, parser.Options{})
	out := []string{fmt.Sprintf("modules %d", res.Modules)}
	var files []string
	for name := range res.Files {
		rel, _ := filepath.Rel(dir, name)
		files = append(files, filepath.ToSlash(rel))
	}
	slices.Sort(files)
	out = append(out, fmt.Sprintf("files %q", files))
	for _, g := range res.Network.SecurityGroups {
		rel, _ := filepath.Rel(dir, g.Loc().Range.Filename)
		out = append(out, fmt.Sprintf("%s at %s:%d", g.Address, filepath.ToSlash(rel), g.Loc().Range.Start.Line))
	}
	for _, d := range res.Diagnostics {
		sev := "warning"
		if d.Severity == hcl.DiagError {
			sev = "error"
		}
		out = append(out, sev+" "+d.Summary)
	}
	return out
}

const sgModule = `resource "aws_security_group" "g" {
  name = "g"
}
`

// TestLoadRootModules checks which folders are analysed as root modules,
// with what, whatever the guess of the module calls made from the files'
// bytes (see guessCalls) and however many root modules are evaluated at
// once.
func TestLoadRootModules(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		paths []string
		want  []string
	}{
		{
			name: "the guess misses a call",
			files: map[string]string{
				"root/main.tf":          `module "m" { source = "../mod" }` + "\n",
				"mod/main.tf":           sgModule,
				"mod/terraform.tfvars":  "# vpclint:ignore sg-empty-egress read only when mod is a root module\n",
				"root/terraform.tfvars": "x = 1\n",
			},
			paths: []string{"."},
			want: []string{"modules 1", `files ["mod/main.tf" "root/main.tf" "root/terraform.tfvars"]`,
				"module.m.aws_security_group.g at mod/main.tf:1"},
		},
		{
			name: "the guess sees a call that is not made",
			files: map[string]string{
				"root/main.tf": "/*\nmodule \"o\" {\n  source = \"../other\"\n}\n*/\n" +
					`resource "aws_security_group" "r" {}` + "\n",
				"other/main.tf": sgModule,
			},
			paths: []string{"."},
			want: []string{"modules 2", `files ["other/main.tf" "root/main.tf"]`,
				"aws_security_group.g at other/main.tf:1", "aws_security_group.r at root/main.tf:6"},
		},
		{
			name: "a module reached through a folder that is not selected",
			files: map[string]string{
				"mod/main.tf":    sgModule,
				"root/main.tf":   "module \"s\" {\n  source = \"../shared\"\n}\n",
				"shared/main.tf": "module \"m\" {\n  source = \"../mod\"\n}\n",
			},
			paths: []string{"mod", "root"},
			want: []string{"modules 2", `files ["mod/main.tf" "root/main.tf" "shared/main.tf"]`,
				"aws_security_group.g at mod/main.tf:1", "module.s.module.m.aws_security_group.g at mod/main.tf:1"},
		},
		{
			name: "a parse error in a module outside the selection goes to the first root",
			files: map[string]string{
				"shared/bad/main.tf": "resource \"aws_security_group\" \"b\" {\n  name = [\n}\n",
				"sel/a/main.tf":      "module \"b\" {\n  source = \"../../shared/bad\"\n}\n" + sgModule,
				"sel/b/main.tf":      "module \"b\" {\n  source = \"../../shared/bad\"\n}\n" + sgModule,
			},
			paths: []string{"sel"},
			want: []string{"modules 1", `files ["sel/a/main.tf" "sel/b/main.tf" "shared/bad/main.tf"]`,
				"aws_security_group.g at sel/b/main.tf:4", "module.b.aws_security_group.b at shared/bad/main.tf:1",
				"error Invalid expression"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, tt.files)
			for _, procs := range []int{1, 4} {
				if got := loadSummary(t, dir, procs, tt.paths...); !slices.Equal(got, tt.want) {
					t.Errorf("GOMAXPROCS %d:\n got %q\nwant %q", procs, got, tt.want)
				}
			}
		})
	}
}

// TestSized checks that Load reports the size of the configuration files
// it found, once, before analysing them: every .tf and .tf.json of the
// selected folders, not variables files.
func TestSized(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"root/main.tf":          `module "m" { source = "../mod" }`,
		"root/vars.tf.json":     `{"variable": {"x": {}}}`,
		"root/terraform.tfvars": `x = 1`,
		"mod/main.tf":           `resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }`,
	}
	writeTree(t, dir, files)
	var calls []int64
	parser.Load([]string{dir}, parser.Options{Sized: func(n int64) { calls = append(calls, n) }})
	want := int64(len(files["root/main.tf"]) + len(files["root/vars.tf.json"]) + len(files["mod/main.tf"]))
	if !slices.Equal(calls, []int64{want}) {
		t.Errorf("Sized called with %v, want [%d]", calls, want)
	}
}
