package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/vpclint/vpclint/parser/eval"
)

const cachedSrc = `# vpclint:ignore sg-empty-egress egress via proxy
resource "aws_security_group" "a" {
  name = "a"
}
`

// TestFileCacheRelease checks that a released file keeps its source and
// directives, and comes back with its syntax when an evaluation or a
// diagnostic needs it.
func TestFileCacheRelease(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "main.tf")
	if err := os.WriteFile(name, []byte(cachedSrc), 0o644); err != nil {
		t.Fatal(err)
	}
	c, diags := newFileCache([]string{dir})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if c.failed(dir) {
		t.Fatalf("folder %s failed to parse: %v", dir, c.folders[dir].diags)
	}
	c.release([]string{name})
	files := c.Files()
	if files[name].Body != nil || string(files[name].Bytes) != cachedSrc {
		t.Fatalf("released file: body %v, bytes %q; want no body and the source", files[name].Body, files[name].Bytes)
	}
	if d := c.directivesOf(files, name); len(d) != 1 || d[0].Reason != "egress via proxy" {
		t.Errorf("directives of the released file = %+v, want the one ignore", d)
	}

	f, diags := c.ParseHCLFile(name)
	if len(diags) != 0 {
		t.Errorf("restored file diagnostics = %v, want none", diags)
	}
	if body, ok := f.Body.(*hclsyntax.Body); !ok || len(body.Blocks) != 1 || body.Blocks[0].Labels[1] != "a" {
		t.Fatalf("restored body = %#v, want the resource block", f.Body)
	}

	c.release([]string{name})
	files = c.Files()
	rng := hcl.Range{Filename: name, Start: hcl.Pos{Line: 2, Column: 1}, End: hcl.Pos{Line: 2, Column: 9}}
	c.keepSourceOnly(files, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "x", Subject: &rng}})
	if files[name].Nav == nil || string(files[name].Bytes) != cachedSrc {
		t.Errorf("file a diagnostic points into has no syntax after keepSourceOnly")
	}
}

// TestClaimsKeepParseErrorsForFirstReader checks that the parse errors of
// a file parsed on demand go to the first root module that keeps them.
func TestClaimsKeepParseErrorsForFirstReader(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "bad.tf")
	if err := os.WriteFile(name, []byte("x = [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, _ := newFileCache(nil)
	_, first := c.ParseHCLFile(name)
	_, second := c.ParseHCLFile(name)
	if !first.HasErrors() || len(second) != len(first) {
		t.Fatalf("diagnostics of two reads: %v and %v, want the same errors", first, second)
	}
	if !c.onlyParseErrors(first) {
		t.Errorf("onlyParseErrors = false for the file's own parse errors")
	}
	cl := c.claims()
	other := &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "other"}
	if got := cl.keep(append(first, other)); len(got) != len(first)+1 {
		t.Errorf("first root keeps %d diagnostics, want %d", len(got), len(first)+1)
	}
	if got := cl.keep(append(second, other)); len(got) != 1 || got[0] != other {
		t.Errorf("second root keeps %v, want only its own error", got)
	}
}

// TestFileCacheListsOnce checks that a Load lists each folder once: the
// selected folders when the cache is made, any other on first use, and
// both the same way every time after (so that every root module calling a
// shared module reads one listing); and that it resolves each real path
// once.
func TestFileCacheListsOnce(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	for _, d := range []string{dir, other} {
		if err := os.WriteFile(filepath.Join(d, "main.tf"), []byte(cachedSrc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, diags := newFileCache([]string{dir})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	if first, err := c.ReadDir(other); err != nil || len(first) != 1 {
		t.Fatalf("ReadDir(%s) = %v, %v; want main.tf", other, first, err)
	}
	for _, d := range []string{dir, other} {
		if err := os.WriteFile(filepath.Join(d, "late.tf"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, path := range []string{d, d + "/."} {
			if got, err := c.ReadDir(path); err != nil || len(got) != 1 || got[0].Name() != "main.tf" {
				t.Errorf("ReadDir(%s) after a file was added = %v, %v; want the first listing (main.tf)", path, got, err)
			}
		}
	}
	missing := filepath.Join(dir, "missing")
	if _, err := c.ReadDir(missing); err == nil {
		t.Errorf("ReadDir(%s) of a missing folder: no error", missing)
	}

	// A real path is resolved once too.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(dir, link); err != nil {
		t.Fatal(err)
	}
	want := eval.RealPath(dir)
	if got := c.RealPath(link); got != want {
		t.Fatalf("RealPath(%s) = %s, want %s", link, got, want)
	}
	if err := os.Remove(link); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(other, link); err != nil {
		t.Fatal(err)
	}
	if got := c.RealPath(link); got != want {
		t.Errorf("RealPath(%s) after the link changed = %s, want the first answer %s", link, got, want)
	}
}
