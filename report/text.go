package report

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/fatih/color"
)

// palette holds the text format's colours, each enabled or disabled
// explicitly so fatih/color's global NoColor never decides.
type palette struct {
	severity map[string]*color.Color // by Severity.String()
	bold     *color.Color
	faint    *color.Color
}

func newPalette(on bool) palette {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return palette{
		severity: map[string]*color.Color{
			"error":   mk(color.FgRed, color.Bold),
			"warning": mk(color.FgYellow, color.Bold),
			"note":    mk(color.FgCyan, color.Bold),
		},
		bold:  mk(color.Bold),
		faint: mk(color.Faint),
	}
}

// text writes each finding as tflint does: a headline, where it is, the
// source line with the range underlined, the one-line fix when the finding
// has one, and the rule's doc link; then a summary line.
func (r *renderer) text() error {
	p := newPalette(r.opts.Color)
	for _, f := range r.findings {
		level := f.Severity.String()
		sev := p.severity[level]
		label := strings.ToUpper(level[:1]) + level[1:]
		fmt.Fprintf(&r.out, "%s %s %s\n\n", sev.Sprint(label+":"), p.bold.Sprint(f.Message), p.faint.Sprintf("(%s)", ruleID(f)))

		sp := r.src.span(f.Range)
		in := ""
		if f.Resource != "" {
			in = ", in " + f.Resource
		}
		fmt.Fprintf(&r.out, "  on %s line %d%s:\n", sp.File, sp.Line, in)
		if line, from, to, ok := r.src.snippet(f.Range); ok {
			fmt.Fprintf(&r.out, "%4d: %s\n", sp.Line, line)
			fmt.Fprintf(&r.out, "      %s%s\n", indentFor(line[:from]), sev.Sprint(strings.Repeat("^", max(width(line[from:to]), 1))))
		}
		for _, rel := range f.Related {
			rs := r.src.span(rel.Range)
			fmt.Fprintf(&r.out, "  see %s line %d: %s\n", rs.File, rs.Line, rel.Message)
		}
		if f.Fix != "" || f.Rule != nil {
			r.out.WriteString("\n")
		}
		if f.Fix != "" {
			fmt.Fprintf(&r.out, "%s %s\n", p.bold.Sprint("Fix:"), f.Fix)
		}
		if f.Rule != nil {
			fmt.Fprintf(&r.out, "Reference: %s\n", DocURL(f.Rule.ID, r.opts.Version))
		}
		r.out.WriteString("\n")
	}
	s := summary(count(r.findings), r.opts.Modules)
	if n := len(r.opts.Errors); n > 0 {
		s += fmt.Sprintf("; incomplete: %s stopped part of the analysis", plural(n, "error"))
	}
	r.out.WriteString(p.bold.Sprint(s) + "\n")
	return nil
}

// summary returns "3 problems (1 error, 2 warnings) in 2 modules", or
// "No problems in 2 modules".
func summary(t tally, modules int) string {
	total := t.errors + t.warnings + t.notes
	s := "No problems"
	if total > 0 {
		var parts []string
		for _, c := range []struct {
			n    int
			word string
		}{{t.errors, "error"}, {t.warnings, "warning"}, {t.notes, "note"}} {
			if c.n > 0 {
				parts = append(parts, plural(c.n, c.word))
			}
		}
		s = fmt.Sprintf("%s (%s)", plural(total, "problem"), strings.Join(parts, ", "))
	}
	if modules > 0 {
		s += " in " + plural(modules, "module")
	}
	return s
}

// compact writes one line per finding: file:line:col: severity rule-id: message.
func (r *renderer) compact() error {
	for _, f := range r.findings {
		sp := r.src.span(f.Range)
		fmt.Fprintf(&r.out, "%s:%d:%d: %s %s: %s\n", sp.File, sp.Line, sp.Col, f.Severity, ruleID(f), f.Message)
	}
	return nil
}

// indentFor returns blanks as wide on a terminal as prefix, keeping its
// tabs, so that what follows lines up under the text after prefix.
func indentFor(prefix string) string {
	var b strings.Builder
	for _, c := range prefix {
		if c == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteString(strings.Repeat(" ", runeWidth(c)))
		}
	}
	return b.String()
}

// width returns how many terminal cells s takes.
func width(s string) int {
	n := 0
	for _, c := range s {
		n += runeWidth(c)
	}
	return n
}

// runeWidth approximates the cells c takes on a terminal: 0 for combining
// marks and format characters, 2 for East Asian wide characters and emoji,
// 1 otherwise.
func runeWidth(c rune) int {
	switch {
	case unicode.In(c, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case c >= 0x1100 && (c <= 0x115f ||
		c >= 0x2e80 && c <= 0xa4cf && c != 0x303f ||
		c >= 0xac00 && c <= 0xd7a3 ||
		c >= 0xf900 && c <= 0xfaff ||
		c >= 0xfe30 && c <= 0xfe6f ||
		c >= 0xff00 && c <= 0xff60 ||
		c >= 0xffe0 && c <= 0xffe6 ||
		c >= 0x1f300 && c <= 0x1f64f ||
		c >= 0x1f680 && c <= 0x1f6ff ||
		c >= 0x1f900 && c <= 0x1f9ff ||
		c >= 0x20000 && c <= 0x3fffd):
		return 2
	}
	return 1
}
