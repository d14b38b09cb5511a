package report

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
)

// TestColumnUTF16 pins columns as UTF-16 code units computed from the byte
// offset, against hcl's grapheme Column, on the fixture's non-ASCII line:
// `  /* café 🚀 */ ingress {`.
func TestColumnUTF16(t *testing.T) {
	fx := loadFixture(t)
	acl := fx.resource(t, "main.tf", "aws_network_acl", "edge")
	ingress := acl.Body.Blocks[1].DefRange()
	if ingress.Start.Line != 19 || ingress.Start.Column != 16 {
		t.Fatalf("fixture changed: the second ingress block starts at %d:%d, want hcl's 19:16", ingress.Start.Line, ingress.Start.Column)
	}
	src := newSources(fx.sources, baseDir)
	for _, tc := range []struct {
		name string
		pos  hcl.Pos
		want int
	}{
		// "  /* caf" is 8 units, "é" 1, " " 1, "🚀" 2 (a surrogate pair), " */ " 4.
		{"after é and an emoji", ingress.Start, 17},
		{"end of the range", ingress.End, 24},
		{"line start", hcl.Pos{Line: 19, Column: 1, Byte: ingress.Start.Byte - len("  /* café 🚀 */ ")}, 1},
		{"byte on another line falls back to hcl", hcl.Pos{Line: 19, Column: 16, Byte: 3}, 16},
		{"byte past the end falls back to hcl", hcl.Pos{Line: 19, Column: 16, Byte: 1 << 20}, 16},
		{"line past the end falls back to hcl", hcl.Pos{Line: 400, Column: 5, Byte: 9}, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := src.column(ingress.Filename, tc.pos); got != tc.want {
				t.Errorf("column(%+v) = %d, want %d", tc.pos, got, tc.want)
			}
		})
	}
	t.Run("file without bytes falls back to hcl", func(t *testing.T) {
		if got := src.column(baseDir+"/plan.json", hcl.Pos{Line: 3, Column: 7, Byte: 40}); got != 7 {
			t.Errorf("column = %d, want 7", got)
		}
	})
}

func TestUTF16Len(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"é", 1},        // 2 bytes, 1 unit
		{"€", 1},        // 3 bytes, 1 unit
		{"🚀", 2},        // 4 bytes, a surrogate pair
		{"e\u0301", 2},  // e + combining acute: one grapheme, 2 units
		{"\xff\xfe", 2}, // invalid UTF-8: one unit per byte
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := utf16Len([]byte(tc.in)); got != tc.want {
				t.Errorf("utf16Len(%q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}

func TestSpan(t *testing.T) {
	src := newSources(map[string][]byte{"/p/a.tf": []byte("x = 1\ny = 2\n")}, "/p")
	for _, tc := range []struct {
		name string
		r    hcl.Range
		want span
	}{
		{
			"relative to the base",
			hcl.Range{Filename: "/p/a.tf", Start: hcl.Pos{Line: 2, Column: 1, Byte: 6}, End: hcl.Pos{Line: 2, Column: 6, Byte: 11}},
			span{File: "a.tf", Line: 2, Col: 1, EndLine: 2, EndCol: 6},
		},
		{
			"outside the base",
			hcl.Range{Filename: "/q/b.tf", Start: hcl.Pos{Line: 1, Column: 1}, End: hcl.Pos{Line: 1, Column: 2}},
			span{File: "../q/b.tf", Line: 1, Col: 1, EndLine: 1, EndCol: 2},
		},
		{
			"relative name kept",
			hcl.Range{Filename: "mod/c.tf", Start: hcl.Pos{Line: 3, Column: 2}, End: hcl.Pos{Line: 3, Column: 4}},
			span{File: "mod/c.tf", Line: 3, Col: 2, EndLine: 3, EndCol: 4},
		},
		{
			"zero range becomes 1:1",
			hcl.Range{Filename: "/q/b.tf"},
			span{File: "../q/b.tf", Line: 1, Col: 1, EndLine: 1, EndCol: 1},
		},
		{
			"end before start collapses",
			hcl.Range{Filename: "/q/b.tf", Start: hcl.Pos{Line: 5, Column: 3}, End: hcl.Pos{Line: 4, Column: 9}},
			span{File: "../q/b.tf", Line: 5, Col: 3, EndLine: 5, EndCol: 3},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := src.span(tc.r); got != tc.want {
				t.Errorf("span = %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestSnippet(t *testing.T) {
	src := newSources(map[string][]byte{"a.tf": []byte("\tx = 1   \r\nlast")}, "")
	for _, tc := range []struct {
		name     string
		r        hcl.Range
		want     string
		from, to int
		ok       bool
	}{
		{"one line", hcl.Range{Filename: "a.tf", Start: hcl.Pos{Line: 1, Byte: 1}, End: hcl.Pos{Line: 1, Byte: 2}}, "\tx = 1   ", 1, 2, true},
		{"goes on: to the end of the text", hcl.Range{Filename: "a.tf", Start: hcl.Pos{Line: 1, Byte: 1}, End: hcl.Pos{Line: 2, Byte: 14}}, "\tx = 1   ", 1, 6, true},
		{"last line without newline", hcl.Range{Filename: "a.tf", Start: hcl.Pos{Line: 2, Byte: 11}, End: hcl.Pos{Line: 2, Byte: 15}}, "last", 0, 4, true},
		{"unknown file", hcl.Range{Filename: "b.tf", Start: hcl.Pos{Line: 1}}, "", 0, 0, false},
		{"inconsistent byte", hcl.Range{Filename: "a.tf", Start: hcl.Pos{Line: 2, Byte: 2}}, "", 0, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, from, to, ok := src.snippet(tc.r)
			if got != tc.want || from != tc.from || to != tc.to || ok != tc.ok {
				t.Errorf("snippet = %q, %d, %d, %v; want %q, %d, %d, %v", got, from, to, ok, tc.want, tc.from, tc.to, tc.ok)
			}
		})
	}
}

func TestIndentAndWidth(t *testing.T) {
	for _, tc := range []struct {
		in     string
		indent string
		width  int
	}{
		{"ab", "  ", 2},
		{"\tx", "\t ", 2},
		{"é🚀", "   ", 3},
		{"e\u0301", " ", 1},
		{"日本", "    ", 4},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := indentFor(tc.in); got != tc.indent {
				t.Errorf("indentFor(%q) = %q, want %q", tc.in, got, tc.indent)
			}
			if got := width(tc.in); got != tc.width {
				t.Errorf("width(%q) = %d, want %d", tc.in, got, tc.width)
			}
		})
	}
}
