package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

func TestLoadErrors(t *testing.T) {
	cases := []struct {
		name string
		// dir is a fixture folder, or files a module written for the test.
		dir   string
		files map[string]string
		opts  Options
		// summary selects the error; detail lists substrings of its
		// detail; file and line are where it points (0: no subject).
		summary string
		detail  []string
		file    string
		line    int
	}{
		{
			name: "local cycle", dir: "cycle", summary: "Cycle in references",
			detail: []string{"local.a (", "main.tf:2)", "local.b (", "main.tf:3)", "local.c (", "main.tf:4)"},
			file:   "main.tf", line: 2,
		},
		{
			name: "self-referencing local", dir: "cycle", summary: "Cycle in references",
			detail: []string{"local.self (", "main.tf:9) -> local.self"},
			file:   "main.tf", line: 9,
		},
		{
			name: "count too large", dir: "toolarge", summary: "Too many instances",
			detail: []string{"aws_subnet.many (", "main.tf:1)", "20001", "10000"},
			file:   "main.tf", line: 1,
		},
		{
			name: "count above MaxInstances", dir: "toolarge", opts: Options{MaxInstances: 1},
			summary: "Too many instances", detail: []string{"aws_subnet.fine", "main.tf:7"},
			file: "main.tf", line: 7,
		},
		{
			name: "malformed HCL", dir: "malformed", summary: "",
			file: "main.tf", line: 7,
		},
		{
			name: "module recursion", dir: "recursion", summary: "Module recursion",
			detail: []string{"module.loop.module.again"},
			file:   filepath.Join("loop", "main.tf"), line: 1,
		},
		{
			name: "resource cycle",
			files: map[string]string{"main.tf": `
resource "aws_security_group" "a" {
  name = aws_security_group.b.name
}
resource "aws_security_group" "b" {
  name = "${aws_security_group.a.id}-b"
}`},
			summary: "Cycle in references",
			detail:  []string{"aws_security_group.a (", "aws_security_group.b ("},
			file:    "main.tf", line: 2,
		},
		{
			name: "module output cycle",
			files: map[string]string{
				"main.tf": `
module "m" {
  source = "./m"
  in     = module.m.out
}`,
				"m/main.tf": `
variable "in" {}
output "out" {
  value = var.in
}`,
			},
			summary: "Cycle in references",
			detail:  []string{"module.m.output.out (", "module.m.var.in ("},
			file:    filepath.Join("m", "main.tf"), line: 2,
		},
		{
			name: "count and for_each",
			files: map[string]string{"main.tf": `
resource "aws_vpc" "v" {
  count    = 1
  for_each = {}
}`},
			summary: "Invalid combination of count and for_each", file: "main.tf", line: 4,
		},
		{
			name: "missing local module",
			files: map[string]string{"main.tf": `
module "gone" {
  source = "./nowhere"
}`},
			summary: "Unreadable module folder", detail: []string{"nowhere"}, file: "main.tf", line: 2,
		},
		{
			name:    "duplicate resource",
			files:   map[string]string{"a.tf": `resource "aws_vpc" "v" {}`, "b.tf": `resource "aws_vpc" "v" {}`},
			summary: "Duplicate", detail: []string{"a.tf:1"}, file: "b.tf", line: 1,
		},
		{
			name:    "bad -var",
			files:   map[string]string{"main.tf": `variable "x" {}`},
			opts:    Options{Vars: []string{"x"}},
			summary: "Invalid -var option",
		},
		{
			name:    "missing -var-file",
			files:   map[string]string{"main.tf": `variable "x" {}`},
			opts:    Options{VarFiles: []string{"/nonexistent/x.tfvars"}},
			summary: "Failed to read variables file",
		},
		{
			name: "tfvars value of the wrong type",
			files: map[string]string{
				"main.tf":          "variable \"n\" {\n  type = number\n}",
				"terraform.tfvars": "\nn = \"abc\"",
			},
			summary: "Invalid value for input variable", detail: []string{"var.n"},
			file: "terraform.tfvars", line: 2,
		},
		{
			name: "range beyond Terraform's bound",
			files: map[string]string{"main.tf": `
resource "aws_vpc" "v" {
  for_each = toset([for i in range(5000) : tostring(i)])
}`},
			summary: "Function limit exceeded", detail: []string{`"range"`, "more than 1024 values"},
			file: "main.tf", line: 3,
		},
		{
			name: "setproduct beyond vpclint's bound",
			files: map[string]string{"main.tf": `
locals {
  n = length(setproduct(range(1000), range(1000), range(1000)))
}
resource "aws_vpc" "v" {
  count = local.n
}`},
			summary: "Function limit exceeded", detail: []string{`"setproduct"`, "more than 100000 elements"},
			file: "main.tf", line: 3,
		},
		{
			name: "dynamic block without content",
			files: map[string]string{"main.tf": `
resource "aws_security_group" "s" {
  dynamic "ingress" {
    for_each = [1]
  }
}`},
			summary: "Invalid dynamic block", file: "main.tf", line: 3,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(fixtures, tc.dir)
			if tc.files != nil {
				dir = writeFiles(t, tc.files)
			}
			_, diags := load(t, dir, tc.opts)
			d := errorAt(t, diags, tc.summary, tc.detail...)
			if tc.line == 0 {
				return
			}
			if d.Subject == nil || !strings.HasSuffix(d.Subject.Filename, tc.file) || d.Subject.Start.Line != tc.line {
				t.Errorf("error at %v, want %s:%d", d.Subject, tc.file, tc.line)
			}
		})
	}
}

// TestLoadErrorsKeepGoing checks that the rest of a configuration is still
// evaluated when part of it is in error.
func TestLoadErrorsKeepGoing(t *testing.T) {
	res, diags := load(t, filepath.Join(fixtures, "cycle"), Options{})
	if !diags.HasErrors() {
		t.Fatal("no error")
	}
	vpc := instances(t, res)["aws_vpc.v"]
	if got := render(attrValue(t, vpc, "cidr_block")); got != `"fine"` {
		t.Errorf("cidr_block %s", got)
	}
	if got := render(attrValue(t, vpc, "tags.loop")); got != "?" {
		t.Errorf("value in a cycle %s, want unknown", got)
	}

	res, _ = load(t, filepath.Join(fixtures, "toolarge"), Options{})
	n := 0
	for _, inst := range res.Instances {
		if strings.HasPrefix(inst.Address, "aws_subnet.fine[") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d instances of aws_subnet.fine, want 2", n)
	}
}

// TestLoadNotErrors lists what Terraform would only learn at plan or apply
// time, which must stay unknown without an error.
func TestLoadNotErrors(t *testing.T) {
	cases := map[string]string{
		"unknown function":      `resource "aws_vpc" "v" { cidr_block = nope() }`,
		"undeclared variable":   `resource "aws_vpc" "v" { cidr_block = var.nope }`,
		"missing attribute":     `resource "aws_vpc" "v" { cidr_block = local.x.y }` + "\nlocals {\n  x = {}\n}",
		"required variable":     "variable \"x\" {}\nresource \"aws_vpc\" \"v\" {\n  count = var.x ? 1 : 0\n}",
		"for_each over a list":  `resource "aws_vpc" "v" { for_each = ["a"] }`,
		"negative count":        `resource "aws_vpc" "v" { count = -1 }`,
		"dynamic over a string": "resource \"aws_security_group\" \"s\" {\n  dynamic \"ingress\" {\n    for_each = \"x\"\n    content {}\n  }\n}",
		"quoted legacy type":    "variable \"x\" {\n  type = \"string\"\n}",
		"range caught by try":   `resource "aws_vpc" "v" { cidr_block = try(range(5000), "10.0.0.0/16") }`,
		"range of an unknown":   "variable \"n\" {}\nresource \"aws_vpc\" \"v\" {\n  count = length(range(var.n))\n}",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			_, diags := load(t, writeFiles(t, map[string]string{"main.tf": src}), Options{})
			if diags.HasErrors() {
				t.Errorf("errors: %s", diags.Error())
			}
		})
	}
}

// TestLoadMissingRoot reports an unreadable root folder.
func TestLoadMissingRoot(t *testing.T) {
	res, diags := load(t, filepath.Join(t.TempDir(), "missing"), Options{})
	if res == nil || !diags.HasErrors() || diags[0].Severity != hcl.DiagError {
		t.Errorf("result %v diags %v", res, diags)
	}
}
