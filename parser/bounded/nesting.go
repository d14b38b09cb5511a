package bounded

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// MaxNesting bounds how deeply an expression may nest: brackets, quotes,
// template interpolations and directives, and chains of operators,
// conditionals and indexes, each of which is a level of recursion when the
// HCL parser reads the expression and when vpclint evaluates it. At about
// 60,000 levels of parentheses the parser overflows Go's 1 GB stack, which
// kills the process; at 1,000 it takes 16 MB. No hand-written
// configuration nests more than a few dozen levels.
const MaxNesting = 1000

// tooDeep is the error for nesting beyond MaxNesting at r.
func tooDeep(r hcl.Range) *hcl.Diagnostic {
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  "Expression too deeply nested",
		Detail: fmt.Sprintf("%s nests an expression more than %d levels deep here (counting brackets, strings, "+
			"template directives and chains of operators); vpclint reads expressions up to that depth.",
			r.Filename, MaxNesting),
		Subject: &r,
	}
}

// checkNesting returns an error if an expression of the native-syntax file
// src nests deeper than MaxNesting. Its measure bounds the depth of the
// syntax tree: the open brackets, plus, within each bracket, the operators
// and index brackets since the last item separator (a comma, or a newline
// between attributes).
func checkNesting(path string, src []byte) *hcl.Diagnostic {
	if len(src) <= MaxNesting || utf8.Valid(src) && !mayNestDeeper(src, MaxNesting) {
		return nil // each level takes at least one byte; mayNestDeeper (nesting_bytes.go) clears most files without the HCL lexer
	}
	tokens, _ := hclsyntax.LexConfig(src, path, hcl.InitialPos)
	if r, deep := deepest(tokens, MaxNesting); deep {
		return tooDeep(r)
	}
	return nil
}

// frame is an open bracket and the operators counted inside it.
type frame struct {
	separatedByNewline bool // a block body or an object: newlines separate items
	ops                int
}

// deepest scans tokens and reports the range of the first token at which the
// nesting exceeds limit.
func deepest(tokens hclsyntax.Tokens, limit int) (hcl.Range, bool) {
	stack := []frame{{separatedByNewline: true}}
	ops, directives := 0, 0
	prev := hclsyntax.TokenNewline
	for i, tok := range tokens {
		top := &stack[len(stack)-1]
		switch tok.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen, hclsyntax.TokenOQuote,
			hclsyntax.TokenOHeredoc, hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			if tok.Type == hclsyntax.TokenOBrack && endsOperand(prev) {
				top.ops++ // an index: x[a][b] nests like an operator chain
				ops++
			}
			if tok.Type == hclsyntax.TokenTemplateControl && i+1 < len(tokens) && tokens[i+1].Type == hclsyntax.TokenIdent {
				switch string(tokens[i+1].Bytes) {
				case "if", "for":
					directives++
				case "endif", "endfor":
					directives = max(directives-1, 0)
				}
			}
			stack = append(stack, frame{separatedByNewline: tok.Type == hclsyntax.TokenOBrace})
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen, hclsyntax.TokenCQuote,
			hclsyntax.TokenCHeredoc, hclsyntax.TokenTemplateSeqEnd:
			if len(stack) > 1 {
				ops -= top.ops
				stack = stack[:len(stack)-1]
			}
		case hclsyntax.TokenComma:
			ops -= top.ops
			top.ops = 0
		case hclsyntax.TokenNewline:
			if top.separatedByNewline {
				ops -= top.ops
				top.ops = 0
			}
		case hclsyntax.TokenPlus, hclsyntax.TokenMinus, hclsyntax.TokenStar, hclsyntax.TokenSlash, hclsyntax.TokenPercent,
			hclsyntax.TokenEqualOp, hclsyntax.TokenNotEqual, hclsyntax.TokenLessThan, hclsyntax.TokenLessThanEq,
			hclsyntax.TokenGreaterThan, hclsyntax.TokenGreaterThanEq, hclsyntax.TokenAnd, hclsyntax.TokenOr,
			hclsyntax.TokenBang, hclsyntax.TokenQuestion:
			top.ops++
			ops++
		}
		if len(stack)-1+ops+directives > limit {
			return tok.Range, true
		}
		prev = tok.Type
	}
	return hcl.Range{}, false
}

// endsOperand reports whether a token of type t can end an operand, so
// that a "[" after it is an index.
func endsOperand(t hclsyntax.TokenType) bool {
	switch t {
	case hclsyntax.TokenIdent, hclsyntax.TokenNumberLit, hclsyntax.TokenCBrack, hclsyntax.TokenCParen,
		hclsyntax.TokenCBrace, hclsyntax.TokenCQuote, hclsyntax.TokenCHeredoc, hclsyntax.TokenStar:
		return true
	}
	return false
}

// checkJSONNesting returns an error if the JSON file src nests arrays and
// objects deeper than MaxNesting, or holds a string whose template (or
// expression: Terraform reads some strings, like a variable's type, as
// expressions) nests deeper. It scans bytes, so it works on invalid JSON
// too, which the HCL JSON parser also reads recursively up to the error.
func checkJSONNesting(path string, src []byte) *hcl.Diagnostic {
	if len(src) <= MaxNesting {
		return nil
	}
	depth := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '[', '{':
			depth++
			if depth > MaxNesting {
				return tooDeep(rangeAt(path, src, i))
			}
		case ']', '}':
			depth = max(depth-1, 0)
		case '"':
			end := stringEnd(src, i)
			if end-i > MaxNesting && deepString(path, src[i:end]) {
				return tooDeep(rangeAt(path, src, i))
			}
			i = end - 1
		}
	}
	return nil
}

// stringEnd returns the offset just after the JSON string that starts at
// src[start] (a quote), or len(src) when it is not closed.
func stringEnd(src []byte, start int) int {
	for i := start + 1; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(src)
}

// deepString reports whether the JSON string quoted nests deeper than
// MaxNesting as a template, or in brackets as an expression. (Operators in
// an expression-mode string are not counted: a long base64 string would
// count thousands of them.)
func deepString(path string, quoted []byte) bool {
	var s string
	if err := json.Unmarshal(quoted, &s); err != nil {
		return false // the JSON parser reports it
	}
	tokens, _ := hclsyntax.LexTemplate([]byte(s), path, hcl.InitialPos)
	if _, deep := deepest(tokens, MaxNesting); deep {
		return true
	}
	tokens, _ = hclsyntax.LexExpression([]byte(s), path, hcl.InitialPos)
	depth := 0
	for _, tok := range tokens {
		switch tok.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen:
			depth++
			if depth > MaxNesting {
				return true
			}
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen:
			depth = max(depth-1, 0)
		}
	}
	return false
}

// rangeAt returns the one-byte range at offset i of src.
func rangeAt(path string, src []byte, i int) hcl.Range {
	start := posAt(src, i)
	return hcl.Range{Filename: path, Start: start, End: hcl.Pos{Line: start.Line, Column: start.Column + 1, Byte: i + 1}}
}
