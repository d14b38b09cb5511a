package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fuzzKinds are the files FuzzParserLoad writes the fuzzed bytes to, by
// the kind argument.
var fuzzKinds = []string{"main.tf", "main.tf.json", "terraform.tfvars"}

// fuzzVariables is the main.tf beside a fuzzed terraform.tfvars: variables
// of several types, used by a resource.
const fuzzVariables = `variable "cidr" {
  type = string
}
variable "ports" {
  type    = list(number)
  default = []
}
variable "tags" {
  type    = map(string)
  default = {}
}
variable "anything" {}
resource "aws_security_group" "sg" {
  tags = var.tags
  ingress {
    from_port   = length(var.ports) > 0 ? var.ports[0] : 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [var.cidr]
  }
}
`

// fuzzTimeout bounds one Load: a slower one is reported as a hang.
const fuzzTimeout = 10 * time.Second

// FuzzParserLoad loads arbitrary bytes as a module's main.tf, main.tf.json
// or terraform.tfvars: Load must never panic (eval reports a recovered
// panic as an internal error) or hang, and every diagnostic with a
// location must be located in the module's folder.
func FuzzParserLoad(f *testing.F) {
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		for kind, suffix := range []string{".tf", ".tf.json", ".tfvars"} {
			if strings.HasSuffix(path, suffix) {
				if data, err := os.ReadFile(path); err == nil {
					f.Add(data, uint8(kind))
				}
			}
		}
		return nil
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte("cidr = \"10.0.0.0/16\"\nports = [22, 443]\ntags = { Owner = \"x\" }\n"), uint8(2))
	f.Fuzz(func(t *testing.T, src []byte, kind uint8) {
		dir := t.TempDir()
		name := fuzzKinds[int(kind)%len(fuzzKinds)]
		if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
			t.Fatal(err)
		}
		if name == "terraform.tfvars" {
			if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(fuzzVariables), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		done := make(chan *Result, 1)
		go func() { done <- Load([]string{dir}, Options{}) }()
		var res *Result
		select {
		case res = <-done:
		case <-time.After(fuzzTimeout):
			t.Fatalf("Load did not finish within %s", fuzzTimeout)
		}
		if res.Network == nil {
			t.Fatal("nil Network")
		}
		for _, d := range res.Diagnostics {
			if d.Summary == "Internal error" {
				t.Fatalf("%s: %s", d.Summary, d.Detail)
			}
			if d.Subject != nil && !strings.HasPrefix(d.Subject.Filename, dir) {
				t.Errorf("%s: %s located in %q, outside the module", d.Summary, d.Detail, d.Subject.Filename)
			}
		}
	})
}
