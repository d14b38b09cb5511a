package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TestSnippetFiles checks that a diagnostic renders the same over its file
// cut after the source lines shown as over the whole file.
func TestSnippetFiles(t *testing.T) {
	src := "resource \"aws_vpc\" \"a\" {\n  cidr_block = \"10.0.0.0/16\"\n  tags = {\n    Name = \"é\"\n  }\n}\n\nlocals {\n  x = 1\n}"
	f, diags := hclsyntax.ParseConfig([]byte(src), "main.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	files := map[string]*hcl.File{"main.tf": f}
	at := func(line, col, b int) hcl.Pos { return hcl.Pos{Line: line, Column: col, Byte: b} }
	rng := func(from, to hcl.Pos) *hcl.Range { return &hcl.Range{Filename: "main.tf", Start: from, End: to} }
	line2 := strings.Index(src, "  cidr_block")
	tags := strings.Index(src, "  tags")
	closeTags := strings.Index(src, "  }")
	last := strings.Index(src, "}\n\nlocals") + 1
	x := strings.Index(src, "x = 1")
	tests := []struct {
		name             string
		subject, context *hcl.Range
	}{
		{"first line", rng(at(1, 1, 0), at(1, 9, 8)), nil},
		{"inside a line", rng(at(2, 3, line2+2), at(2, 13, line2+12)), nil},
		{"with a context over lines", rng(at(3, 3, tags+2), at(3, 7, tags+6)), rng(at(3, 3, tags+2), at(5, 4, closeTags+3))},
		{"empty at a line end", rng(at(6, 2, last), at(6, 2, last)), nil},
		{"ending after a newline", rng(at(1, 1, 0), at(2, 1, line2)), nil},
		{"the last line, without a newline", rng(at(9, 3, x), at(9, 8, x+5)), nil},
		{"the end of the file", rng(at(10, 2, len(src)), at(10, 2, len(src))), nil},
		{"beyond the file", rng(at(20, 1, len(src)+40), at(20, 2, len(src)+41)), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Bad", Detail: "Detail.", Subject: tc.subject, Context: tc.context}
			var whole, cut bytes.Buffer
			_ = hcl.NewDiagnosticTextWriter(&whole, files, diagWidth, true).WriteDiagnostic(d)
			_ = hcl.NewDiagnosticTextWriter(&cut, snippetFiles(files, d), diagWidth, true).WriteDiagnostic(d)
			if whole.String() != cut.String() {
				t.Errorf("over the cut file:\n%s\nover the whole file:\n%s", cut.String(), whole.String())
			}
		})
	}
}

// TestWriteDiagsCapped checks that many errors print the first
// maxShownDiags with source lines, then one line counting the rest, which
// --debug lists.
func TestWriteDiagsCapped(t *testing.T) {
	var src strings.Builder
	var diags hcl.Diagnostics
	for i := range maxShownDiags + 12 {
		fmt.Fprintf(&src, "resource \"aws_vpc\" \"v%d\" {}\n", i)
		sev := hcl.DiagError
		if i >= maxShownDiags+10 {
			sev = hcl.DiagWarning
		}
		p := hcl.Pos{Line: i + 1, Column: 1, Byte: src.Len() - len(fmt.Sprintf("resource \"aws_vpc\" \"v%d\" {}\n", i))}
		diags = append(diags, &hcl.Diagnostic{Severity: sev, Summary: fmt.Sprintf("Problem %d", i),
			Subject: &hcl.Range{Filename: "main.tf", Start: p, End: p}})
	}
	files := map[string]*hcl.File{"main.tf": {Body: hcl.EmptyBody(), Bytes: []byte(src.String())}}

	var stderr bytes.Buffer
	c := &cli{stderr: &stderr, noColor: true}
	c.writeDiags(files, diags)
	out := stderr.String()
	if n := strings.Count(out, "\nError: ") + 1; n != maxShownDiags {
		t.Errorf("%d errors rendered, want %d", n, maxShownDiags)
	}
	last := fmt.Sprintf("(?s)Error: Problem %d\n\n  on main.tf line %d:\n.*\nvpclint: 10 more errors and 2 more warnings not shown; fix the ones above first, or run with --debug to list them all\n$",
		maxShownDiags-1, maxShownDiags)
	if !regexp.MustCompile(last).MatchString(out) {
		t.Errorf("stderr does not end with the last error shown and the count:\n%s", out[max(0, len(out)-400):])
	}

	stderr.Reset()
	c.debug = true
	c.writeDiags(files, diags)
	for _, want := range []string{
		fmt.Sprintf("] error: main.tf:%d,1: Problem %d: \n", maxShownDiags+1, maxShownDiags),
		fmt.Sprintf("] warning: main.tf:%d,1: Problem %d: \n", maxShownDiags+12, maxShownDiags+11),
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("--debug does not list %q", want)
		}
	}
}
