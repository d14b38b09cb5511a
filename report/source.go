package report

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
)

// sources turns hcl ranges into output positions, using the files' bytes.
type sources struct {
	files map[string][]byte
	base  string
	// starts caches, per file, the byte offset at which each line starts;
	// paths the relative path of each file.
	starts map[string][]int
	paths  map[string]string
}

func newSources(files map[string][]byte, base string) *sources {
	return &sources{files: files, base: base, starts: map[string][]int{}, paths: map[string]string{}}
}

// span is a range as the formats print it: a relative slash path, 1-based
// lines, and 1-based UTF-16 columns with an exclusive end. Its JSON keys are
// the json format's.
type span struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Col     int    `json:"column"`
	EndLine int    `json:"end_line"`
	EndCol  int    `json:"end_column"`
}

// span converts r. A missing or backwards end collapses onto the start, and
// lines and columns are at least 1, so every format gets a valid position.
func (s *sources) span(r hcl.Range) span {
	sp := span{File: s.path(r.Filename), Line: max(r.Start.Line, 1), Col: s.column(r.Filename, r.Start)}
	sp.EndLine, sp.EndCol = max(r.End.Line, 1), s.column(r.Filename, r.End)
	if sp.EndLine < sp.Line || sp.EndLine == sp.Line && sp.EndCol < sp.Col {
		sp.EndLine, sp.EndCol = sp.Line, sp.Col
	}
	return sp
}

// path returns name relative to the base folder, with forward slashes.
func (s *sources) path(name string) string {
	if name == "" {
		return ""
	}
	if p, ok := s.paths[name]; ok {
		return p
	}
	p := name
	if s.base != "" && filepath.IsAbs(p) {
		if rel, err := filepath.Rel(s.base, p); err == nil {
			p = rel
		}
	}
	p = filepath.ToSlash(filepath.Clean(p))
	s.paths[name] = p
	return p
}

// column returns p's 1-based column in UTF-16 code units. It falls back to
// hcl's grapheme column when the file's bytes are unknown or p.Byte does not
// lie on line p.Line.
func (s *sources) column(file string, p hcl.Pos) int {
	start, ok := s.lineStart(file, p)
	if !ok {
		return max(p.Column, 1)
	}
	return 1 + utf16Len(s.files[file][start:p.Byte])
}

// lineStart returns the byte offset at which p's line starts, if p.Byte is
// consistent with p.Line in the file's bytes.
func (s *sources) lineStart(file string, p hcl.Pos) (int, bool) {
	starts := s.lineStarts(file)
	if p.Line < 1 || p.Line > len(starts) || p.Byte < starts[p.Line-1] {
		return 0, false
	}
	if p.Line < len(starts) && p.Byte >= starts[p.Line] {
		return 0, false
	}
	if p.Byte > len(s.files[file]) {
		return 0, false
	}
	return starts[p.Line-1], true
}

func (s *sources) lineStarts(file string) []int {
	if st, ok := s.starts[file]; ok {
		return st
	}
	src, ok := s.files[file]
	if !ok {
		return nil
	}
	st := []int{0}
	for i := 0; ; {
		n := bytes.IndexByte(src[i:], '\n')
		if n < 0 {
			break
		}
		i += n + 1
		st = append(st, i)
	}
	s.starts[file] = st
	return st
}

// line returns the text of line n (1-based) without its line ending, or ""
// when the file's bytes are unknown or too short.
func (s *sources) line(file string, n int) string {
	starts := s.lineStarts(file)
	if n < 1 || n > len(starts) {
		return ""
	}
	src := s.files[file][starts[n-1]:]
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	return strings.TrimSuffix(string(src), "\r")
}

// snippet returns the source line on which r starts, and the byte offsets
// within it of the part of r on that line (to the end of the line when r
// goes on). ok is false when the bytes are unknown or do not match r.
func (s *sources) snippet(r hcl.Range) (text string, from, to int, ok bool) {
	start, ok := s.lineStart(r.Filename, r.Start)
	if !ok {
		return "", 0, 0, false
	}
	text = s.line(r.Filename, r.Start.Line)
	from = r.Start.Byte - start
	if r.End.Line == r.Start.Line && r.End.Byte >= r.Start.Byte {
		to = min(r.End.Byte-start, len(text))
	} else {
		to = len(strings.TrimRight(text, " \t"))
	}
	if from > len(text) {
		return "", 0, 0, false
	}
	return text, from, max(from, to), true
}

// utf16Len returns the number of UTF-16 code units that b's text takes; an
// invalid UTF-8 byte counts as one (it becomes U+FFFD).
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if utf16.RuneLen(r) == 2 {
			n += 2
		} else {
			n++
		}
		b = b[size:]
	}
	return n
}
