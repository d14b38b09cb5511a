package plan

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
)

// span is where one JSON object member (or array element) is: its key
// (the element itself for arrays) starts at key, its value occupies
// [start, end).
type span struct{ key, start, end int }

// spans maps the JSON paths that matter ("resource_changes/3",
// "planned_values/root_module/child_modules/0/resources/2/values/vpc_id")
// to where they are in the file.
type spans map[string]span

// locate scans valid JSON src and records the spans of the paths that
// interest the loader: top-level members, each resource change and its
// planned (and unknown) attributes, each resource of a values
// representation and its attributes, and each provider configuration. It
// never fails on valid JSON; on anything else it stops and returns what it
// found.
func locate(src []byte) spans {
	l := &locator{src: src, out: spans{}}
	l.ws()
	l.value(nil)
	return l.out
}

// locator is a single-pass JSON scanner that descends only into the
// members interesting describes.
type locator struct {
	src []byte
	pos int
	out spans
	// bad is set when the input is not valid JSON; scanning stops.
	bad bool
}

// value scans the value at l.pos, whose path is path, descending into it
// when interesting says so.
func (l *locator) value(path []string) {
	if l.bad || l.pos >= len(l.src) {
		l.bad = true
		return
	}
	descend := len(path) == 0 || interesting(path)
	switch c := l.src[l.pos]; {
	case c == '{' && descend:
		l.object(path)
	case c == '[' && descend:
		l.array(path)
	default:
		l.skip()
	}
}

// object scans an object and its members.
func (l *locator) object(path []string) {
	l.pos++ // {
	l.ws()
	if l.peek() == '}' {
		l.pos++
		return
	}
	for !l.bad {
		keyStart := l.pos
		key, ok := l.key()
		if !ok {
			l.bad = true
			return
		}
		l.ws()
		if l.peek() != ':' {
			l.bad = true
			return
		}
		l.pos++
		l.ws()
		l.member(path, key, keyStart)
		l.ws()
		switch l.peek() {
		case ',':
			l.pos++
			l.ws()
		case '}':
			l.pos++
			return
		default:
			l.bad = true
		}
	}
}

// array scans an array and its elements.
func (l *locator) array(path []string) {
	l.pos++ // [
	l.ws()
	if l.peek() == ']' {
		l.pos++
		return
	}
	for i := 0; !l.bad; i++ {
		l.member(path, strconv.Itoa(i), l.pos)
		l.ws()
		switch l.peek() {
		case ',':
			l.pos++
			l.ws()
		case ']':
			l.pos++
			return
		default:
			l.bad = true
		}
	}
}

// member scans the value of member key of the container at path and
// records its span when wanted.
func (l *locator) member(path []string, key string, keyStart int) {
	sub := slices.Concat(path, []string{key})
	start := l.pos
	l.value(sub)
	if !l.bad && recorded(sub) {
		l.out[strings.Join(sub, "/")] = span{key: keyStart, start: start, end: l.pos}
	}
}

// key reads an object key.
func (l *locator) key() (string, bool) {
	start := l.pos
	if l.peek() != '"' {
		return "", false
	}
	l.skip()
	if l.bad {
		return "", false
	}
	raw := l.src[start:l.pos]
	if !slices.Contains(raw, '\\') {
		return string(raw[1 : len(raw)-1]), true
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false
	}
	return s, true
}

// skip moves past the value at l.pos without recording anything.
func (l *locator) skip() {
	switch l.peek() {
	case '"':
		l.skipString()
	case '{', '[':
		depth := 0
		for l.pos < len(l.src) {
			switch l.src[l.pos] {
			case '"':
				l.skipString()
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
			}
			l.pos++
			if depth == 0 {
				return
			}
		}
		l.bad = true
	default:
		start := l.pos
		for l.pos < len(l.src) && isScalarByte(l.src[l.pos]) {
			l.pos++
		}
		if l.pos == start {
			l.bad = true
		}
	}
}

// skipString moves past the string that starts at l.pos.
func (l *locator) skipString() {
	l.pos++ // opening quote
	for l.pos < len(l.src) && l.src[l.pos] != '"' {
		if l.src[l.pos] == '\\' {
			l.pos++
		}
		l.pos++
	}
	if l.pos >= len(l.src) {
		l.bad = true
		return
	}
	l.pos++
}

// isScalarByte reports whether c continues a number or literal.
func isScalarByte(c byte) bool {
	return c == '-' || c == '+' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// ws skips white space.
func (l *locator) ws() {
	for l.pos < len(l.src) {
		switch l.src[l.pos] {
		case ' ', '\t', '\n', '\r':
			l.pos++
		default:
			return
		}
	}
}

// peek returns the byte at l.pos, 0 at the end.
func (l *locator) peek() byte {
	if l.pos < len(l.src) {
		return l.src[l.pos]
	}
	return 0
}

// Path patterns. A values representation is a module object:
// root_module, then child_modules/N any number of times.
var valuesRoots = [][]string{
	{"planned_values", "root_module"},
	{"prior_state", "values", "root_module"},
	{"values", "root_module"},
}

// interesting reports whether the scanner descends into the value at path.
func interesting(path []string) bool {
	switch path[0] {
	case "resource_changes":
		// resource_changes/N/change/after (and after_unknown)
		switch len(path) {
		case 1, 2:
			return true
		case 3:
			return path[2] == "change"
		case 4:
			return path[3] == "after" || path[3] == "after_unknown"
		}
		return false
	case "configuration":
		return len(path) == 1 || len(path) == 2 && path[1] == "provider_config"
	}
	rest, ok := underValues(path)
	if !ok {
		return false
	}
	// Module objects and their lists, resources and their values.
	rest = skipChildModules(rest)
	switch len(rest) {
	case 0:
		return true
	case 1:
		return rest[0] == "resources" || rest[0] == "child_modules"
	case 2:
		return rest[0] == "resources"
	case 3:
		return rest[0] == "resources" && rest[2] == "values"
	}
	return false
}

// recorded reports whether the span of the value at path is kept.
func recorded(path []string) bool {
	if len(path) == 1 {
		return true
	}
	switch path[0] {
	case "resource_changes":
		// resource_changes/N, .../address, .../change/after/ATTR,
		// .../change/after_unknown/ATTR
		return len(path) == 2 || len(path) == 3 && path[2] == "address" || len(path) == 5
	case "configuration":
		return len(path) == 3 && path[1] == "provider_config"
	}
	rest, ok := underValues(path)
	if !ok {
		return false
	}
	rest = skipChildModules(rest)
	if len(rest) < 2 || rest[0] != "resources" {
		return false
	}
	return len(rest) == 2 || len(rest) == 3 && rest[2] == "address" || len(rest) == 4 && rest[2] == "values"
}

// underValues returns the rest of path below the root module of a values
// representation, ok false when path is not under one (or is above it).
func underValues(path []string) ([]string, bool) {
	for _, root := range valuesRoots {
		if len(path) < len(root) {
			if slices.Equal(path, root[:len(path)]) {
				return nil, true
			}
			continue
		}
		if slices.Equal(path[:len(root)], root) {
			return path[len(root):], true
		}
	}
	return nil, false
}

// skipChildModules drops leading child_modules/N pairs.
func skipChildModules(rest []string) []string {
	for len(rest) >= 2 && rest[0] == "child_modules" {
		rest = rest[2:]
	}
	return rest
}

// positions converts byte offsets of src into hcl positions (1-based line
// and column, columns counting Unicode code points) in one pass over src.
type positions struct {
	src []byte
	at  map[int]hcl.Pos
}

// newPositions computes the positions of every offset in offsets.
func newPositions(src []byte, offsets []int) positions {
	offsets = slices.Clone(offsets)
	slices.Sort(offsets)
	offsets = slices.Compact(offsets)
	p := positions{src: src, at: make(map[int]hcl.Pos, len(offsets))}
	line, col, i := 1, 1, 0
	for _, off := range offsets {
		off = min(max(off, 0), len(src))
		for i < off {
			r, size := utf8.DecodeRune(src[i:])
			if r == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			i += size
		}
		p.at[off] = hcl.Pos{Line: line, Column: col, Byte: i}
	}
	return p
}

// pos returns the position of an offset computed by newPositions.
func (p positions) pos(off int) hcl.Pos {
	if pos, ok := p.at[min(max(off, 0), len(p.src))]; ok {
		return pos
	}
	return hcl.Pos{Line: 1, Column: 1}
}

// located answers where a JSON path is in the file, as hcl ranges.
type located struct {
	filename string
	spans    spans
	pos      positions
}

// newLocated scans src (valid JSON) and computes the position of every
// recorded span.
func newLocated(filename string, src []byte) *located {
	sp := locate(src)
	offsets := make([]int, 0, 3*len(sp))
	for _, s := range sp {
		offsets = append(offsets, s.key, s.start, s.end)
	}
	return &located{filename: filename, spans: sp, pos: newPositions(src, offsets)}
}

// rng returns the range between two offsets.
func (l *located) rng(start, end int) hcl.Range {
	return hcl.Range{Filename: l.filename, Start: l.pos.pos(start), End: l.pos.pos(end)}
}

// rangeOf returns the range of the value at path; the zero range when the
// path was not recorded.
func (l *located) rangeOf(path string) hcl.Range {
	s, ok := l.spans[path]
	if !ok {
		return hcl.Range{}
	}
	return l.rng(s.start, s.end)
}

// memberRange returns the range of a member at path, from its key to the
// end of its value; the zero range when the path was not recorded.
func (l *located) memberRange(path string) hcl.Range {
	s, ok := l.spans[path]
	if !ok {
		return hcl.Range{}
	}
	return l.rng(s.key, s.end)
}

// objectDefRange returns the "header" of the resource object at path:
// from its opening brace to the end of its "address" member (the whole
// object when it has none). It falls back to the start of the file.
func (l *located) objectDefRange(path string) hcl.Range {
	s, ok := l.spans[path]
	if !ok {
		return l.rng(0, 0)
	}
	end := s.end // the whole object when it has no address (a recorded offset)
	if a, ok := l.spans[path+"/address"]; ok && a.end > s.start {
		end = a.end
	}
	return l.rng(s.start, end)
}
