package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
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
