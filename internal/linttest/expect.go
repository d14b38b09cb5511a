package linttest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/vpclint/vpclint/lint"
)

// wantFile is the sidecar expectation file of a case whose inputs cannot
// hold comments (.tf.json, plan JSON).
const wantFile = "want.txt"

// expectation is one regexp of a `want` comment or want.txt line.
type expectation struct {
	file string // absolute path of the file the finding must be in
	line int    // line the finding must start on
	// severity, when non-empty, is the severity the finding must have.
	severity string
	re       *regexp.Regexp
	used     bool
}

// String renders the expectation as written, for error messages.
func (e *expectation) String() string {
	if e.severity != "" {
		return e.severity + " " + strconv.Quote(e.re.String())
	}
	return strconv.Quote(e.re.String())
}

// matches reports whether finding f satisfies e.
func (e *expectation) matches(f lint.Finding) bool {
	if e.severity != "" && e.severity != f.Severity.String() {
		return false
	}
	return e.re.MatchString(f.Message)
}

// collectExpectations reads the `want` comments of every .tf, .tfvars and
// .hcl file under dir and the lines of every want.txt.
func collectExpectations(dir string) ([]*expectation, error) {
	var out []*expectation
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return err
		}
		var exps []*expectation
		switch name := d.Name(); {
		case name == wantFile:
			exps, err = readWantFile(abs)
		case strings.HasSuffix(name, ".tf"), strings.HasSuffix(name, ".tfvars"):
			exps, err = readWantComments(abs)
		default:
			return nil
		}
		out = append(out, exps...)
		return err
	})
	return out, err
}

// readWantComments lexes an HCL file and parses its `want` comments.
func readWantComments(path string) ([]*expectation, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	tokens, diags := hclsyntax.LexConfig(src, path, hcl.InitialPos)
	if diags.HasErrors() {
		return nil, diags
	}
	var out []*expectation
	for _, tok := range tokens {
		if tok.Type != hclsyntax.TokenComment {
			continue
		}
		text, ok := wantText(string(tok.Bytes))
		if !ok {
			continue
		}
		line := tok.Range.Start.Line
		exps, err := parseWant(text, path, line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", filepath.Base(path), line, err)
		}
		out = append(out, exps...)
	}
	return out, nil
}

// wantText returns the text after "want" in a comment that is an
// expectation.
func wantText(comment string) (string, bool) {
	var body string
	switch {
	case strings.HasPrefix(comment, "#"):
		body = comment[1:]
	case strings.HasPrefix(comment, "//"):
		body = comment[2:]
	default:
		return "", false // block comments do not carry expectations
	}
	body = strings.TrimSpace(body)
	rest, ok := strings.CutPrefix(body, "want")
	if !ok || (rest != "" && !unicode.IsSpace(rune(rest[0]))) {
		return "", false
	}
	return rest, true
}

// readWantFile parses a want.txt: `file:line <patterns>` lines, where file
// is relative to the want.txt's folder; blank lines and # comments are
// skipped.
func readWantFile(path string) ([]*expectation, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(path)
	var out []*expectation
	sc := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		loc, patterns, ok := strings.Cut(text, " ")
		file, lineText, ok2 := strings.Cut(loc, ":")
		line, err := strconv.Atoi(lineText)
		if !ok || !ok2 || err != nil || line < 1 {
			return nil, fmt.Errorf("%s:%d: want file:line \"regexp\", got %q", wantFile, n, text)
		}
		exps, err := parseWant(patterns, filepath.Join(dir, filepath.FromSlash(file)), line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", wantFile, n, err)
		}
		out = append(out, exps...)
	}
	return out, sc.Err()
}

// parseWant parses `[+N] {[severity] "regexp"}` (regexps in Go string
// syntax, double-quoted or back-quoted) for a comment on line.
func parseWant(text, file string, line int) ([]*expectation, error) {
	text = strings.TrimSpace(text)
	if rest, ok := strings.CutPrefix(text, "+"); ok {
		n := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' })
		if n < 0 {
			n = len(rest)
		}
		offset, err := strconv.Atoi(rest[:n])
		if err != nil {
			return nil, fmt.Errorf("bad line offset in want comment: %q", text)
		}
		line += offset
		text = strings.TrimSpace(rest[n:])
	}
	var out []*expectation
	severity := ""
	for text != "" {
		if text[0] != '"' && text[0] != '`' {
			word, rest, _ := strings.Cut(text, " ")
			if _, err := lint.ParseSeverity(word); err != nil || severity != "" {
				return nil, fmt.Errorf("want comment: expected a quoted regexp or a severity, got %q", text)
			}
			severity, text = word, strings.TrimSpace(rest)
			continue
		}
		quoted, err := strconv.QuotedPrefix(text)
		if err != nil {
			return nil, fmt.Errorf("want comment: bad quoted regexp in %q", text)
		}
		pattern, err := strconv.Unquote(quoted)
		if err != nil {
			return nil, fmt.Errorf("want comment: %v", err)
		}
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, fmt.Errorf("want comment: %v", err)
		}
		out = append(out, &expectation{file: file, line: line, severity: severity, re: re})
		severity = ""
		text = strings.TrimSpace(text[len(quoted):])
	}
	if severity != "" {
		return nil, fmt.Errorf("want comment: severity %s without a regexp", severity)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("want comment without a regexp")
	}
	return out, nil
}
