package bounded

import "bytes"

// The HCL lexer takes about half the time of parsing a file, so running it
// once more over every file to measure its nesting (deepest) would make
// reading configuration half as slow again. mayNestDeeper measures the
// same thing from the bytes, with a small lexer of its own that knows just
// enough of HCL (strings, heredocs, templates, comments) to tell brackets
// and operators from text, and only a file it cannot clear goes through
// the HCL lexer. Its measure is never below deepest's on a file that
// parses (FuzzNestingBound); on a file that does not, the two lexers may
// disagree, and maxLevelBytes keeps any disagreement harmless: a file
// with fewer bytes that can open a level than that cannot nest deep
// enough to overflow the parser's stack.

// maxLevelBytes is how many bytes that can open a level of nesting
// (levelBytes) a file may hold for mayNestDeeper to clear it. Every level
// of the syntax tree takes one such byte, or a quote that needs one to
// nest again, so such a file nests at most 2×maxLevelBytes+1 levels: the
// parser's stack then stays under 200 MB (it takes 16 MB at 1,000 levels).
// The largest hand-written file of the public corpus (75 KB) holds 6,825.
const maxLevelBytes = 6000

// scanMode is what the bytes of a frame of the byte lexer are.
type scanMode uint8

const (
	modeCode    scanMode = iota // expressions and bodies
	modeQuoted                  // a quoted template string
	modeHeredoc                 // the lines of a heredoc template
)

// scanFrame is an open level of the byte lexer: a bracket, a string, a
// heredoc or a template interpolation.
type scanFrame struct {
	mode   scanMode
	open   byte   // the bracket that opened a code frame; '$' for an interpolation, 0 for the file
	marker []byte // a heredoc's closing marker
	// separatedByNewline and ops are deepest's frame.
	separatedByNewline bool
	ops                int
}

// mayNestDeeper reports whether the native-syntax file src may nest deeper
// than limit by deepest's measure, or holds more than maxLevelBytes bytes
// that can open a level. When it returns false, deepest over the file's
// tokens does not exceed limit. src must be valid UTF-8: the HCL lexer
// reads a malformed sequence together with the bytes after it (so "\xdb#"
// starts no comment).
//
// Where it is unsure it counts high: every operator character counts (so
// "==" counts twice, and a dash in a name once), a line comment does not
// end an operator chain, a bracket that does not close its own kind of
// frame closes nothing.
func mayNestDeeper(src []byte, limit int) bool {
	stack := []scanFrame{{separatedByNewline: true}}
	ops, directives, levelBytes := 0, 0, 0
	operand := false // the last code byte can end an operand, so "[" indexes
	push := func(f scanFrame) { stack = append(stack, f) }
	pop := func() {
		ops -= stack[len(stack)-1].ops
		stack = stack[:len(stack)-1]
	}
	lineStart := false // in a heredoc: src[i] is the first byte of a line
	for i := 0; i < len(src); i++ {
		c := src[i]
		top := &stack[len(stack)-1]
		atLineStart := lineStart
		lineStart = false
		switch top.mode {
		case modeQuoted, modeHeredoc:
			if top.mode == modeHeredoc && atLineStart {
				if end, ok := heredocEnd(src, i, top.marker); ok {
					pop()
					i = end - 1
					operand = true
					continue
				}
			}
			if !templateByte[c] {
				// Text: nothing opens or closes, up to the next byte that
				// may (a newline among them, so no line start is skipped).
				for i+1 < len(src) && !templateByte[src[i+1]] {
					i++
				}
				continue
			}
			switch {
			case c == '\n':
				lineStart = top.mode == modeHeredoc
			case c == '\\' && top.mode == modeQuoted:
				i++
			case c == '"' && top.mode == modeQuoted:
				pop()
				operand = true
			case (c == '$' || c == '%') && i+1 < len(src) && src[i+1] == c && i+2 < len(src) && src[i+2] == '{':
				i += 2 // an escaped "${" or "%{"
			case (c == '$' || c == '%') && i+1 < len(src) && src[i+1] == '{':
				levelBytes++
				if c == '%' {
					directives += directiveDelta(src[i+2:])
					directives = max(directives, 0)
				}
				push(scanFrame{mode: modeCode, open: '$'})
				i++
				operand = false
			}
		default:
			if wordByte[c] {
				operand = true // a name or number: nothing opens, closes or chains
				for i+1 < len(src) && wordByte[src[i+1]] {
					i++
				}
				continue
			}
			switch c {
			case ' ', '\t', '\r':
				for i+1 < len(src) && (src[i+1] == ' ' || src[i+1] == '\t' || src[i+1] == '\r') {
					i++
				}
				continue // operand stays as it was
			case '#':
				i = lineEnd(src, i) - 1 // the newline is not read: the chain goes on
			case '/':
				if i+1 < len(src) && src[i+1] == '/' {
					i = lineEnd(src, i) - 1
					continue
				}
				if i+1 < len(src) && src[i+1] == '*' {
					i = commentEnd(src, i+2) - 1
					continue
				}
				levelBytes++
				top.ops++
				ops++
			case '"':
				push(scanFrame{mode: modeQuoted}) // not a level byte: see maxLevelBytes
			case '<':
				levelBytes++
				if marker, bodyStart, ok := heredocStart(src, i); ok {
					push(scanFrame{mode: modeHeredoc, marker: marker})
					i = bodyStart - 1
					lineStart = true
				} else {
					top.ops++
					ops++
				}
			case '{', '[', '(':
				levelBytes++
				if c == '[' && operand {
					top.ops++
					ops++
				}
				push(scanFrame{mode: modeCode, open: c, separatedByNewline: c == '{'})
			case '}', ']', ')':
				if len(stack) > 1 && closes(top.open, c) {
					pop()
				}
			case ',':
				ops -= top.ops
				top.ops = 0
			case '\n':
				if top.separatedByNewline {
					ops -= top.ops
					top.ops = 0
				}
			case '=':
				if i+1 < len(src) && src[i+1] == '=' {
					levelBytes++
					top.ops++
					ops++
					i++
				}
			case '+', '-', '*', '%', '!', '?', '>', '&', '|':
				levelBytes++
				top.ops++
				ops++
			}
			operand = c == ']' || c == ')' || c == '}' || c == '*' || c == '_' ||
				'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
		}
		if len(stack)-1+ops+directives > limit || levelBytes > maxLevelBytes {
			return true
		}
	}
	return false
}

// templateByte marks the bytes that mean something inside a template
// string or heredoc; wordByte the bytes of names and numbers in code, which
// can end an operand and do nothing else.
var templateByte, wordByte [256]bool

func init() {
	for _, c := range []byte("\n\\\"$%") {
		templateByte[c] = true
	}
	for c := range 256 {
		wordByte[c] = c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
	}
}

// closes reports whether the closing bracket c closes a code frame opened
// by open ('$': an interpolation, closed by a brace).
func closes(open, c byte) bool {
	switch c {
	case '}':
		return open == '{' || open == '$'
	case ']':
		return open == '['
	}
	return open == '('
}

// lineEnd returns the offset of the newline that ends the line holding
// src[i], or len(src).
func lineEnd(src []byte, i int) int {
	for ; i < len(src); i++ {
		if src[i] == '\n' {
			return i
		}
	}
	return len(src)
}

// commentEnd returns the offset just after the "*/" that ends a block
// comment whose text starts at src[i], or len(src).
func commentEnd(src []byte, i int) int {
	for ; i+1 < len(src); i++ {
		if src[i] == '*' && src[i+1] == '/' {
			return i + 2
		}
	}
	return len(src)
}

// heredocStart reads a heredoc introduction ("<<NAME" or "<<-NAME" and a
// newline) at src[i], and returns its closing marker and the offset of its
// first line.
func heredocStart(src []byte, i int) (marker []byte, bodyStart int, ok bool) {
	j := i + 2
	if j > len(src) || src[i+1] != '<' {
		return nil, 0, false
	}
	if j < len(src) && src[j] == '-' {
		j++
	}
	start := j
	for j < len(src) && isNameByte(src[j]) {
		j++
	}
	if j == start {
		return nil, 0, false
	}
	end := j
	if j < len(src) && src[j] == '\r' {
		j++
	}
	if j >= len(src) || src[j] != '\n' {
		return nil, 0, false
	}
	return src[start:end], j + 1, true
}

// heredocEnd reports whether the line starting at src[i] closes a heredoc
// with marker (spaces, the marker, the end of the line), and returns the
// offset of its newline.
func heredocEnd(src []byte, i int, marker []byte) (int, bool) {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if len(src)-i < len(marker) || !bytes.Equal(src[i:i+len(marker)], marker) {
		return 0, false
	}
	i += len(marker)
	if i < len(src) && src[i] == '\r' {
		i++
	}
	if i < len(src) && src[i] != '\n' {
		return 0, false
	}
	return i, true
}

// isNameByte reports whether c can be part of an HCL identifier.
func isNameByte(c byte) bool {
	return c == '_' || c == '-' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}

// directiveDelta returns how a template directive whose text (after "%{")
// is rest changes deepest's count of open directives: +1 for "if" and
// "for", -1 for "endif" and "endfor".
func directiveDelta(rest []byte) int {
	i := 0
	for i < len(rest) && (rest[i] == '~' || rest[i] == ' ' || rest[i] == '\t') {
		i++
	}
	j := i
	for j < len(rest) && isNameByte(rest[j]) {
		j++
	}
	switch string(rest[i:j]) {
	case "if", "for":
		return 1
	case "endif", "endfor":
		return -1
	}
	return 0
}
