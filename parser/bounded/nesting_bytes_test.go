package bounded

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// lexerExceeds reports whether deepest, over the HCL lexer's tokens of
// src, finds nesting beyond limit.
func lexerExceeds(src []byte, limit int) bool {
	tokens, _ := hclsyntax.LexConfig(src, "f.tf", hcl.InitialPos)
	_, deep := deepest(tokens, limit)
	return deep
}

// checkBound fails when the byte lexer clears src at a limit that the HCL
// lexer finds exceeded, for the limits up to maxLimit.
func checkBound(t *testing.T, name string, src []byte, maxLimit int) {
	t.Helper()
	for limit := 0; limit <= maxLimit; limit++ {
		if lexerExceeds(src, limit) && !mayNestDeeper(src, limit) {
			t.Errorf("%s: the HCL lexer finds nesting beyond %d, mayNestDeeper does not:\n%s", name, limit, src)
			return
		}
	}
}

func TestMayNestDeeper(t *testing.T) {
	tests := []struct {
		name, src string
		limit     int
		deeper    bool
	}{
		{"a flat block", "resource \"a\" \"b\" {\n  x = 1\n}\n", 1, false},
		{"a nested block", "a {\n  b {\n    c = 1\n  }\n}\n", 1, true},
		{"brackets in a string", "x = \"((((([[[[{{{\"\n", 1, false},
		{"closing brackets in a string do not close", "x = [[[\"]]]]]]\"\n", 2, true},
		{"brackets in comments", "# ((((\n// [[[[\n/* {{{{\n */ x = 1\n", 0, false},
		{"closing brackets in comments do not close", "x = [[[ # ]]]]\n", 2, true},
		{"an escaped quote", "x = \"a\\\"((((\"\n", 1, false},
		{"an interpolation", "x = \"${(((1)))}\"\n", 3, true},
		{"an escaped interpolation", "x = \"$${((((\"\n", 1, false},
		{"brackets in a heredoc", "x = <<EOT\n  ((((\n  }}}}\nEOT\ny = 1\n", 1, false},
		{"a heredoc ends at its marker only", "x = <<-EOT\n  EOTX\n  EOT\ny = [[[1]]]\n", 2, true},
		{"operators in an interpolation in a heredoc", "x = <<EOT\n${1+1+1+1}\nEOT\n", 3, true},
		{"template directives", "x = \"%{ if a }%{ if b }%{ if c }x%{ endif }%{ endif }%{ endif }\"\n", 4, true},
		{"an operator chain", "x = 1 + 2 + 3 + 4\n", 2, true},
		{"operators reset at a new attribute", "x = 1 + 2\ny = 3 + 4\n", 1, false},
		{"operators reset at a comma", "x = [1 + 2, 3 + 4]\n", 2, false},
		{"indexes", "x = a[1][2][3]\n", 3, true},
		{"a list is not an index", "x = [[1]]\n", 2, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mayNestDeeper([]byte(tc.src), tc.limit); got != tc.deeper {
				t.Errorf("mayNestDeeper(limit %d) = %v, want %v", tc.limit, got, tc.deeper)
			}
			checkBound(t, tc.name, []byte(tc.src), 8)
		})
	}
}

func TestMayNestDeeperLevelBytes(t *testing.T) {
	flat := []byte("x = [" + strings.Repeat("(1), ", maxLevelBytes) + "]\n")
	if !mayNestDeeper(flat, MaxNesting) {
		t.Errorf("a file with more than %d level bytes is cleared", maxLevelBytes)
	}
	if mayNestDeeper(flat[:len(flat)/2], MaxNesting) {
		t.Error("a flat file with few level bytes is not cleared")
	}
}

// TestMayNestDeeperClearsFixtures checks the byte lexer against the HCL
// lexer on every .tf file of the repository's testdata, and that it clears
// the hand-written ones, which is what makes it worth having.
func TestMayNestDeeperClearsFixtures(t *testing.T) {
	n := 0
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".tf") || !strings.Contains(path, "testdata") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		checkBound(t, path, src, 12)
		if mayNestDeeper(src, MaxNesting) && !lexerExceeds(src, MaxNesting) {
			t.Errorf("%s: not cleared by the byte lexer", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 100 {
		t.Fatalf("only %d fixture files found", n)
	}
}

// FuzzNestingBound checks that on every file that parses, the byte
// lexer's measure is never below the HCL lexer's.
func FuzzNestingBound(f *testing.F) {
	for _, s := range []string{
		"a {\n  b = [1, (2 + 3)]\n}\n",
		"x = \"${a[0]}-%{ if b }c%{ endif }\"\n",
		"x = <<-EOT\n  ${1 + 2}\n  EOT\n",
		"# c\nx = 1 /* d */ + 2 // e\n",
		"x = a.b[*].c ? -1 : !d\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1024 || !utf8.Valid(src) {
			return
		}
		if _, diags := hclsyntax.ParseConfig(src, "f.tf", hcl.InitialPos); diags.HasErrors() {
			return
		}
		checkBound(t, "input", src, 12)
	})
}
