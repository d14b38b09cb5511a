package bounded

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// nested returns left n times, then inner, then right n times.
func nested(left, inner, right string, n int) string {
	return strings.Repeat(left, n) + inner + strings.Repeat(right, n)
}

// chain returns first followed by n times "op operand".
func chain(first, op string, n int) string {
	return first + strings.Repeat(op, n)
}

func TestReadNesting(t *testing.T) {
	const limit = MaxNesting
	tests := []struct {
		name, file, src string
		deep            bool
	}{
		{"parentheses at the limit", "a.tfvars", "x = " + nested("(", "1", ")", limit), false},
		{"parentheses beyond the limit", "a.tfvars", "x = " + nested("(", "1", ")", limit+1), true},
		{"unclosed parentheses beyond the limit", "a.tfvars", "x = " + strings.Repeat("(", limit+1), true},
		{"lists", "a.tfvars", "x = " + nested("[", "", "]", limit+1), true},
		{"objects", "a.tfvars", "x = " + nested("{a = ", "1", "}", limit+1), true},
		{"nested blocks", "main.tf", nested("a {\n", "", "}\n", limit+1), true},
		{"binary operators at the limit", "a.tfvars", "x = " + chain("1", "+1", limit), false},
		{"binary operators beyond the limit", "a.tfvars", "x = " + chain("1", "+1", limit+1), true},
		{"operators across lines in parentheses", "a.tfvars", "x = (" + chain("1", "\n+ 1", limit) + ")", true},
		{"unary operators", "a.tfvars", "x = " + strings.Repeat("-", limit+1) + "1", true},
		{"conditionals", "a.tfvars", "x = " + chain("1", " ? 1 : 1", limit+1), true},
		{"indexes", "a.tfvars", "x = y" + strings.Repeat("[y]", limit+1), true},
		{"parentheses after a malformed UTF-8 sequence and a hash", "a.tfvars", "x = 1\n\xdb#=" + nested("(", "1", ")", limit+1), true},
		{"template interpolations", "a.tfvars", "x = " + nested(`"${`, "1", `}"`, limit/2+1), true},
		{"template directives", "a.tfvars", `x = "` + nested("%{ if true }", "x", "%{ endif }", limit) + `"`, true},
		{"operators in a heredoc", "a.tfvars", "x = <<EOT\n${" + chain("1", "+1", limit+1) + "}\nEOT\n", true},
		{"a long flat list of negative numbers", "a.tfvars", "x = [" + chain("-1", ", -1", 20*limit) + "]", false},
		{"many attributes with operators", "main.tf", "locals {\n" + strings.Repeat("  a = -1 + 2 * 3\n", 20*limit) + "}\n", false},
		{"many sibling blocks", "main.tf", strings.Repeat("a {\n  b {\n  }\n}\n", 20*limit), false},
		{"JSON at the limit", "main.tf.json", nested(`{"a": `, "1", "}", limit), false},
		{"JSON beyond the limit", "main.tf.json", nested(`{"a": `, "1", "}", limit+1), true},
		{"JSON truncated beyond the limit", "main.tf.json", strings.Repeat("[", limit+1), true},
		{"closed brackets in a JSON string", "main.tf.json", `{"a": "` + strings.Repeat("[]", 2*limit) + `"}`, false},
		{"a JSON template beyond the limit", "main.tf.json", `{"a": "${` + nested("(", "1", ")", limit+1) + `}"}`, true},
		{"a JSON expression string beyond the limit", "main.tf.json", `{"a": "` + nested("list(", "string", ")", limit+1) + `"}`, true},
		{"a long base64 JSON string", "main.tf.json", `{"a": "` + strings.Repeat("ab+/", 10*limit) + `"}`, false},
		{"escaped quotes in a JSON string", "main.tf.json", `{"a": "` + strings.Repeat(`\"[`, limit) + `", "b": [1]}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := writeTemp(t, tc.file, tc.src)
			f, diags := Read(path)
			if f == nil || f.Body == nil {
				t.Fatal("nil file")
			}
			d := find(diags, "Expression too deeply nested")
			if tc.deep != (d != nil) {
				t.Fatalf("too deep = %v, want %v; diagnostics: %v", d != nil, tc.deep, diags)
			}
			if d != nil {
				if d.Subject == nil || d.Subject.Filename != path || !strings.Contains(d.Detail, path) {
					t.Errorf("diagnostic %v is not located in %s", d, path)
				}
				if f.Bytes != nil {
					t.Error("a file that was not parsed keeps its bytes")
				}
			}
		})
	}
}

func TestReadBadFiles(t *testing.T) {
	dir := t.TempDir()
	large := filepath.Join(dir, "large.tf")
	if err := os.WriteFile(large, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(large, MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.tf")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop.tf")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, "folder.tf")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path     string
		summary, inMsg string
		line           int
	}{
		{"missing", filepath.Join(dir, "missing.tf"), "Cannot read file", "no such file", 1},
		{"too large", large, "File too large", "16777217 bytes", 1},
		{"a named pipe", fifo, "Cannot read file", "is a named pipe (FIFO), not a regular file", 1},
		{"a symbolic link loop", loop, "Cannot read file", "too many levels of symbolic links", 1},
		{"a folder", folder, "Cannot read file", "is a folder, not a regular file", 1},
		{"binary", writeTemp(t, "bin.tf", "a = 1\nb = \"\x00\"\n"), "Binary file", "NUL byte", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, diags := Read(tc.path)
			if f == nil || f.Body == nil || f.Bytes != nil {
				t.Errorf("file %+v, want an empty placeholder", f)
			}
			if len(diags) != 1 {
				t.Fatalf("diagnostics %v, want one", diags)
			}
			d := diags[0]
			if d.Summary != tc.summary || !strings.Contains(d.Detail, tc.inMsg) {
				t.Errorf("diagnostic %q: %q, want %q containing %q", d.Summary, d.Detail, tc.summary, tc.inMsg)
			}
			if d.Subject == nil || d.Subject.Filename != tc.path || d.Subject.Start.Line != tc.line {
				t.Errorf("diagnostic at %v, want %s line %d", d.Subject, tc.path, tc.line)
			}
		})
	}
}

func TestReadCapsErrors(t *testing.T) {
	src := strings.Repeat("a = `\n", 50)
	_, all := hclsyntax.ParseConfig([]byte(src), "main.tf", hcl.InitialPos)
	_, diags := Read(writeTemp(t, "main.tf", src))
	if len(diags) != maxErrors+1 {
		t.Fatalf("%d diagnostics, want %d", len(diags), maxErrors+1)
	}
	for i, d := range diags[:maxErrors] {
		if d.Summary != all[i].Summary || d.Subject.Start != all[i].Subject.Start {
			t.Errorf("diagnostic %d is %v, want %v", i, d, all[i])
		}
	}
	last := diags[maxErrors]
	if want := fmt.Sprintf("%d more errors", len(all)-maxErrors); last.Summary != "Too many errors" ||
		!strings.Contains(last.Detail, want) || last.Subject == nil || last.Subject.Start != all[maxErrors].Subject.Start {
		t.Errorf("last diagnostic %v, want %q at %v", last, want, all[maxErrors].Subject)
	}
}

func TestReadGoodFiles(t *testing.T) {
	for name, src := range map[string]string{
		"main.tf":          "resource \"aws_vpc\" \"a\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n",
		"main.tf.json":     `{"resource": {"aws_vpc": {"a": {"cidr_block": "10.0.0.0/16"}}}}`,
		"terraform.tfvars": "x = 1\n",
		"empty.tf":         "",
	} {
		t.Run(name, func(t *testing.T) {
			f, diags := Read(writeTemp(t, name, src))
			if diags.HasErrors() {
				t.Fatal(diags.Error())
			}
			if string(f.Bytes) != src {
				t.Errorf("Bytes = %q, want the source", f.Bytes)
			}
		})
	}
}

// writeTemp writes src to a new file named name and returns its path.
func writeTemp(t *testing.T, name, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// find returns the first diagnostic with the summary, or nil.
func find(diags hcl.Diagnostics, summary string) *hcl.Diagnostic {
	for _, d := range diags {
		if d.Summary == summary {
			return d
		}
	}
	return nil
}

// TestReadAtMost reads files whose size changed since it was checked, and
// files at and beyond the bound.
func TestReadAtMost(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		size, max int64
		want      string
	}{
		{"empty", "", 0, 10, ""},
		{"as checked", "abc", 3, 10, "abc"},
		{"grew", "abcdefghij", 3, 100, "abcdefghij"},
		{"shrank", "ab", 30, 100, "ab"},
		{"at the bound", "abcd", 4, 4, "abcd"},
		{"beyond the bound", "abcdefgh", 2, 5, "abcde"},
	}
	for _, tc := range tests {
		got, err := readAtMost(strings.NewReader(tc.data), tc.size, tc.max)
		if err != nil || string(got) != tc.want {
			t.Errorf("%s: got %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
}
