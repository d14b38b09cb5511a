package eval

import (
	"strconv"
	"testing"
	"time"
)

// TestLoadAdversarial checks that hostile configurations end quickly with
// an error or unknown values, never a hang or a panic.
func TestLoadAdversarial(t *testing.T) {
	cases := map[string]struct {
		src     string
		wantErr string
	}{
		"nested dynamic blocks multiply": {src: `
resource "aws_security_group" "s" {
  dynamic "a" {
    for_each = range(1000)
    content {
      dynamic "b" {
        for_each = range(1000)
        content {
          dynamic "c" {
            for_each = range(1000)
            content {}
          }
        }
      }
    }
  }
}`, wantErr: "Configuration too large"},
		"huge count":       {src: `resource "aws_vpc" "v" { count = 1e300 }`, wantErr: "Too many instances"},
		"fractional count": {src: `resource "aws_vpc" "v" { count = 1.5 }`},
		"long local chain": {src: longChain(2000)},
		"self-referencing resource": {src: `
resource "aws_vpc" "v" {
  count      = length(aws_vpc.v)
  cidr_block = aws_vpc.v[0].cidr_block
}`, wantErr: "Cycle in references"},
		"module calling its own folder": {src: `
module "me" {
  source = "./"
}`, wantErr: "Module recursion"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, diags := load(t, writeFiles(t, map[string]string{"main.tf": tc.src}), Options{})
			if elapsed := time.Since(start); elapsed > 10*time.Second {
				t.Errorf("took %s", elapsed)
			}
			if tc.wantErr == "" {
				if diags.HasErrors() {
					t.Errorf("errors: %s", diags.Error())
				}
				return
			}
			_ = errorAt(t, diags, tc.wantErr)
		})
	}
}

// longChain is n locals, each referring to the next.
func longChain(n int) string {
	src := "locals {\n"
	for i := range n {
		src += "  l" + strconv.Itoa(i) + " = local.l" + strconv.Itoa(i+1) + "\n"
	}
	return src + "  l" + strconv.Itoa(n) + " = 1\n}\n"
}
