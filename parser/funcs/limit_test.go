package funcs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"
)

// TestCallLimit checks which failed calls are bounds exceeded
// (*LimitError, found by CallLimit) and which are not.
func TestCallLimit(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("x", maxFileSize+1)
	for name, content := range map[string]string{"big.txt": big, "big.tpl": big, "range.tpl": "${length(range(5000))}"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		src, fn, msg string // fn "": a failure that is no bound
	}{
		{`range(100000000)`, "range", "more than 1024 values"},
		{`range(0, 1025)`, "range", "more than 1024 values"},
		{`[for i in range(5000) : i]`, "range", "more than 1024 values"},
		{`length(setproduct(range(1000), range(1000), range(1000)))`, "setproduct", "more than 100000 elements"},
		{`file("big.txt")`, "", ""}, // Terraform reads it: unknown, no error
		{`filebase64("big.txt")`, "", ""},
		{`templatefile("big.tpl", {})`, "", ""},
		{`templatefile("range.tpl", {})`, "templatefile", "range.tpl:1,10-16: range would produce more than 1024 values"},
		{`file("missing.txt")`, "", ""},
		{`file("/dev/zero")`, "", ""},
		{`one(["a", "b"])`, "", ""},
		{`cidrsubnet("10.0.0.0/30", 8, 0)`, "", ""},
		{`range(0, 10, -1)`, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			_, diags := eval(t, dir, tc.src)
			if !diags.HasErrors() {
				t.Fatalf("%s: want an error", tc.src)
			}
			d, le := CallLimit(diags)
			switch {
			case tc.fn == "" && le != nil:
				t.Errorf("%s: %v is not a bound exceeded", tc.src, le)
			case tc.fn == "":
			case le == nil || d == nil:
				t.Errorf("%s: no LimitError in %s", tc.src, diags)
			case le.Func != tc.fn || !strings.Contains(le.Msg, tc.msg):
				t.Errorf("%s: LimitError %q of %s, want %q of %s", tc.src, le.Msg, le.Func, tc.msg, tc.fn)
			}
		})
	}
}

// TestLimitCaught checks that try and can catch a bound exceeded, as
// Terraform's catch the same errors.
func TestLimitCaught(t *testing.T) {
	for src, want := range map[string]cty.Value{
		`try(range(5000), [])`:                       cty.EmptyTupleVal,
		`can(range(5000))`:                           cty.False,
		`try(length(range(5)), 0)`:                   cty.NumberIntVal(5),
		`length(range(1024))`:                        cty.NumberIntVal(1024),
		`length(range(-1024, 0, 1))`:                 cty.NumberIntVal(1024),
		`length(range(0, 2048, 2))`:                  cty.NumberIntVal(1024),
		`length(setproduct(range(300), range(300)))`: cty.NumberIntVal(90000),
	} {
		t.Run(src, func(t *testing.T) {
			got, diags := eval(t, t.TempDir(), src)
			if diags.HasErrors() {
				t.Fatalf("%s: %s", src, diags)
			}
			if !got.RawEquals(want) {
				t.Errorf("%s = %#v, want %#v", src, got, want)
			}
		})
	}
}
