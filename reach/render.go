package reach

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/vpclint/vpclint/model"
)

// Headline is the verdict's first line: "blocked: tcp 10.20.0.5 →
// module.dw.aws_redshift_cluster.main port 5439".
func (v *Verdict) Headline() string {
	return fmt.Sprintf("%s: %s", v.Outcome, v.Connection())
}

// Connection describes the connection asked about: "tcp 10.20.0.5 →
// aws_instance.db port 5439", "icmp echo aws_instance.a → 10.0.0.1".
func (v *Verdict) Connection() string {
	if v.Query.Protocol == model.ProtocolICMP {
		return fmt.Sprintf("icmp echo %s → %s", v.From, v.To)
	}
	return fmt.Sprintf("%s %s → %s port %d", v.Query.Protocol, v.From, v.To, v.Query.Port)
}

// Position is "file:line" of a location, the file relative to baseDir
// when it is below it.
func Position(at model.Location, baseDir string) string {
	return fmt.Sprintf("%s:%d", File(at, baseDir), at.Range.Start.Line)
}

// File is the location's file, relative to baseDir when it is below it,
// with forward slashes.
func File(at model.Location, baseDir string) string {
	name := at.Range.Filename
	if baseDir != "" && filepath.IsAbs(name) {
		if rel, err := filepath.Rel(baseDir, name); err == nil && !strings.HasPrefix(rel, "..") {
			name = rel
		}
	}
	return filepath.ToSlash(name)
}

// Text renders the verdict as `vpclint reach` prints it: the headline,
// the hops (numbered; ✗ marks the blocking one, ? one that cannot be
// decided), and the fix or the unknown value.
func Text(v *Verdict, baseDir string) string {
	var b strings.Builder
	b.WriteString(v.Headline() + "\n")
	if v.Placement != "" {
		fmt.Fprintf(&b, "  (when %s)\n", v.Placement)
	}
	where := make([]string, len(v.Hops))
	width := 0
	for i, h := range v.Hops {
		where[i] = fmt.Sprintf("%s (%s)", h.Resource.Address, Position(h.Resource, baseDir))
		width = max(width, len([]rune(where[i])))
	}
	for i, h := range v.Hops {
		mark := fmt.Sprintf("%d.", i+1)
		switch h.Status {
		case Block:
			mark = "✗"
		case Undecided:
			mark = "?"
		}
		rule := h.Rule
		if h.Return {
			rule += " (return path)"
		}
		pad := strings.Repeat(" ", width-len([]rune(where[i])))
		fmt.Fprintf(&b, "  %-3s %s%s  %s\n", mark, where[i], pad, rule)
	}
	switch v.Outcome {
	case Blocked:
		if v.Fix != "" {
			fmt.Fprintf(&b, "fix: %s\n", v.Fix)
		}
	case Unknown:
		fmt.Fprintf(&b, "cannot tell: %s\n", v.Unknown)
	}
	return b.String()
}
