package parser

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

func TestDirectives(t *testing.T) {
	src := `# vpclint:ignore-file nat-untagged tagged by the platform team
resource "aws_security_group" "a" { # vpclint:ignore sg-empty-egress,nat-untagged egress via proxy
  # vpclint:ignore nacl-rule-shadowed the inner block
  ingress {
    from_port = 1
  }
}

// vpclint:ignore sg-empty-egress
resource "aws_security_group" "b" {
}

# vpclint:ignore sg-empty-egress nothing follows

# vpclint:ignored sg-empty-egress typo
resource "x" "y" {}
# vpclint:ignore-file nat-untagged late
`
	file, diags := hclsyntax.ParseConfig([]byte(src), "main.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	got := Directives(file, "main.tf")
	type want struct {
		line       int
		rules      []string
		reason     string
		scopeStart int
		scopeEnd   int
		file       bool
		malformed  bool
	}
	wants := []want{
		{line: 1, rules: []string{"nat-untagged"}, reason: "tagged by the platform team", scopeStart: 1, scopeEnd: 18, file: true},
		{line: 2, rules: []string{"sg-empty-egress", "nat-untagged"}, reason: "egress via proxy", scopeStart: 2, scopeEnd: 7},
		{line: 3, rules: []string{"nacl-rule-shadowed"}, reason: "the inner block", scopeStart: 4, scopeEnd: 6},
		{line: 9, rules: []string{"sg-empty-egress"}, malformed: true, scopeStart: 10, scopeEnd: 11},
		{line: 13, rules: []string{"sg-empty-egress"}, reason: "nothing follows", malformed: true},
		{line: 15, malformed: true},
		{line: 17, rules: []string{"nat-untagged"}, reason: "late", file: true, malformed: true},
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d directives, want %d: %+v", len(got), len(wants), got)
	}
	for i, w := range wants {
		d := got[i]
		if d.Comment.Start.Line != w.line {
			t.Errorf("directive %d on line %d, want %d", i, d.Comment.Start.Line, w.line)
		}
		if (d.Malformed != "") != w.malformed {
			t.Errorf("line %d: malformed = %q, want malformed %v", w.line, d.Malformed, w.malformed)
		}
		if w.malformed && w.rules == nil {
			continue
		}
		if len(d.Rules) != len(w.rules) || (len(w.rules) > 0 && d.Rules[0] != w.rules[0]) {
			t.Errorf("line %d: rules %v, want %v", w.line, d.Rules, w.rules)
		}
		if d.Reason != w.reason || d.File != w.file {
			t.Errorf("line %d: reason %q file %v, want %q %v", w.line, d.Reason, d.File, w.reason, w.file)
		}
		if w.scopeStart != 0 && (d.Scope.Start.Line != w.scopeStart || d.Scope.End.Line != w.scopeEnd) {
			t.Errorf("line %d: scope %d-%d, want %d-%d", w.line, d.Scope.Start.Line, d.Scope.End.Line, w.scopeStart, w.scopeEnd)
		}
	}
}
