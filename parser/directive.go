package parser

import (
	"bytes"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/vpclint/vpclint/model"
)

const (
	ignoreWord     = "vpclint:ignore"
	ignoreFileWord = "vpclint:ignore-file"
)

// Directives extracts the vpclint:ignore and vpclint:ignore-file comments
// of one native-syntax file. A `vpclint:ignore` comment covers the block
// that starts on the next line, or the block whose first line it ends; a
// `vpclint:ignore-file` comment must be the file's first line.
func Directives(file *hcl.File, filename string) []model.Directive {
	body, ok := file.Body.(*hclsyntax.Body)
	if !ok || !bytes.Contains(file.Bytes, []byte("vpclint:")) {
		return nil // JSON syntax has no comments; most files have no directive
	}
	tokens, _ := hclsyntax.LexConfig(file.Bytes, filename, hcl.InitialPos)
	var out []model.Directive
	for _, tok := range tokens {
		if tok.Type != hclsyntax.TokenComment {
			continue
		}
		text := commentText(tok.Bytes)
		if !strings.HasPrefix(text, ignoreWord) {
			continue
		}
		d := parseDirective(text)
		d.Comment = tok.Range
		switch {
		case d.File && tok.Range.Start.Line != 1:
			d.Malformed = "vpclint:ignore-file must be the first line of the file"
		case d.File:
			d.Scope = body.Range()
			d.Scope.Start = hcl.InitialPos
		default:
			scope, found := blockAt(body, tok.Range.Start.Line, ownLine(file.Bytes, tok.Range.Start.Byte))
			if !found && d.Malformed == "" {
				d.Malformed = "vpclint:ignore must be on the line before a block or at the end of its first line"
			}
			d.Scope = scope
		}
		out = append(out, d)
	}
	return out
}

// commentText strips the comment markers and surrounding space.
func commentText(b []byte) string {
	s := strings.TrimSpace(string(b))
	switch {
	case strings.HasPrefix(s, "#"):
		s = s[1:]
	case strings.HasPrefix(s, "//"):
		s = s[2:]
	case strings.HasPrefix(s, "/*"):
		s = strings.TrimSuffix(s[2:], "*/")
	}
	return strings.TrimSpace(s)
}

// parseDirective parses "vpclint:ignore[-file] id[,id] reason".
func parseDirective(text string) model.Directive {
	var d model.Directive
	rest := strings.TrimPrefix(text, ignoreWord)
	if strings.HasPrefix(text, ignoreFileWord) {
		d.File = true
		rest = strings.TrimPrefix(text, ignoreFileWord)
	}
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		d.Malformed = "unknown directive " + strings.Fields(text)[0]
		return d
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		d.Malformed = "the directive names no rule ID"
		return d
	}
	for _, id := range strings.Split(fields[0], ",") {
		if id = strings.TrimSpace(id); id != "" {
			d.Rules = append(d.Rules, id)
		}
	}
	d.Reason = strings.Join(fields[1:], " ")
	if d.Reason == "" {
		d.Malformed = "the directive gives no reason (write one after the rule IDs)"
	}
	return d
}

// ownLine reports whether only white space precedes offset on its line.
func ownLine(src []byte, offset int) bool {
	for i := offset - 1; i >= 0 && src[i] != '\n'; i-- {
		if src[i] != ' ' && src[i] != '\t' {
			return false
		}
	}
	return true
}

// blockAt finds the block a directive on line covers: for a comment on its
// own line, the outermost block starting on the next line; for a comment
// after code, the outermost block whose header is on that line.
func blockAt(body *hclsyntax.Body, line int, own bool) (hcl.Range, bool) {
	want := line
	if own {
		want = line + 1
	}
	var found *hclsyntax.Block
	var walk func(b *hclsyntax.Body)
	walk = func(b *hclsyntax.Body) {
		for _, blk := range b.Blocks {
			if found != nil {
				return
			}
			if blk.TypeRange.Start.Line == want {
				found = blk
				return
			}
			if r := blk.Range(); r.Start.Line < want && r.End.Line >= want {
				walk(blk.Body)
			}
		}
	}
	walk(body)
	if found == nil {
		return hcl.Range{}, false
	}
	return found.Range(), true
}
