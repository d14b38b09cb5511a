package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// badInputTimeout bounds one bad-input run: a run that takes longer hangs.
const badInputTimeout = 20 * time.Second

// planFixture is a plan JSON (terraform show -json) with a NAT gateway.
const planFixture = "../../testdata/plans/nat_tags/plan.json"

// formatVersion matches the format_version of a plan.
var formatVersion = regexp.MustCompile(`"format_version":\s*"[^"]*"`)

// badInput is one case of TestBadInput.
type badInput struct {
	name  string
	files map[string]string
	// setup makes what files cannot hold (pipes, links, big or binary
	// files) in the working folder dir.
	setup          func(t *testing.T, dir string)
	args           []string
	code           int
	stdout, stderr string // regular expressions; empty: must be empty
	// notAsRoot: the case needs permissions, which root bypasses.
	notAsRoot bool
}

// TestBadInput feeds vpclint hostile and broken input: each run must end,
// within badInputTimeout and without a panic, in findings (exit 1) or in a
// clear error naming the file and line (exit 2) with nothing on stdout that
// could pass for a clean result.
func TestBadInput(t *testing.T) {
	var cases []badInput
	for _, group := range [][]badInput{emptyAndBinaryCases(), sizeCases(), cycleCases(), fileSystemCases(), planCases(), badAmongGoodCases()} {
		cases = append(cases, group...)
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.notAsRoot && os.Geteuid() == 0 {
				asNobody(t)
				return
			}
			dir := inDir(t, tc.files)
			if tc.setup != nil {
				tc.setup(t, dir)
			}
			r := runBounded(t, append([]string{"--no-color"}, tc.args...)...)
			r.check(t, tc.code, tc.stdout, tc.stderr)
			if r.code == exitError && r.stdout != "" && (!strings.Contains(r.stdout, "incomplete") || strings.Contains(r.stdout, "No problems")) {
				t.Errorf("exit status 2 with a report that could pass for a complete one:\n%s", r.stdout)
			}
		})
	}
}

// nobody is the user that asNobody runs tests as.
const nobody = 65534

// asNobody runs the current test again in a copy of the test binary as
// user nobody, for a case that needs permissions root bypasses, and fails
// t unless it passes there.
func asNobody(t *testing.T) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// go test's build folder is root's alone: copy the binary out of it.
	bin, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	dir, err := os.MkdirTemp("", "vpclint-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	copied := filepath.Join(dir, "vpclint.test")
	if err := os.WriteFile(copied, bin, 0o755); err != nil { //nolint:gosec // nobody must run it
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o755); err != nil { //nolint:gosec // nobody must reach it
		t.Fatal(err)
	}
	parts := strings.Split(t.Name(), "/")
	for i, p := range parts {
		parts[i] = "^" + regexp.QuoteMeta(p) + "$"
	}
	cmd := exec.Command(copied, "-test.run="+strings.Join(parts, "/"), "-test.count=1", "-test.v")
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "HOME="+os.TempDir())
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: "+t.Name()) {
		t.Fatalf("as user nobody: %v\n%s", err, out)
	}
}

// runBounded is runCLI that fails the test when the run takes longer than
// badInputTimeout (the run is left behind: a hung run cannot be stopped).
func runBounded(t *testing.T, args ...string) result {
	t.Helper()
	done := make(chan result, 1)
	go func() { done <- runCLI(args...) }()
	select {
	case r := <-done:
		return r
	case <-time.After(badInputTimeout):
		t.Fatalf("vpclint %s did not finish within %s", strings.Join(args, " "), badInputTimeout)
		return result{}
	}
}

// finding is the stdout of a run that reports untaggedNAT's finding in file.
func finding(file string) string {
	return `(?s)^Warning: NAT gateway aws_nat_gateway.a lacks.*on ` + file + ` line 1.*1 problem \(1 warning\) in 1 module\n$`
}

// incompleteGood is the stdout of a run with load errors that reports
// untaggedNAT's finding in good/main.tf.
const incompleteGood = `(?s)^Warning: NAT gateway aws_nat_gateway.a lacks.*on good/main.tf line 1.*incomplete: \d+ errors? stopped part of the analysis\n$`

func emptyAndBinaryCases() []badInput {
	return []badInput{
		{name: "an empty .tf file", files: map[string]string{"empty.tf": "", "nat.tf": untaggedNAT},
			code: exitFindings, stdout: finding("nat.tf")},
		{name: "an empty .tfvars file", files: map[string]string{"terraform.tfvars": "", "nat.tf": untaggedNAT},
			code: exitFindings, stdout: finding("nat.tf")},
		{name: "an empty .tf.json file", files: map[string]string{"main.tf.json": ""},
			code: exitError, stderr: `(?s)^Error: Missing value\n\n  on main.tf.json line 1:.*The JSON data ends prematurely`},
		{name: "a binary .tf file", setup: writeBinary("main.tf"),
			code: exitError, stderr: `(?s)^Error: Binary file\n\n  on main.tf line 3:.*main.tf holds a NUL byte, so it is not a text file`},
		{name: "a binary .tf.json file", setup: writeBinary("main.tf.json"),
			code: exitError, stderr: `(?s)^Error: Binary file\n\n  on main.tf.json line 3:`},
		{name: "a binary .tfvars file", files: map[string]string{"main.tf": untaggedNAT}, setup: writeBinary("terraform.tfvars"),
			code: exitError, stderr: `(?s)^Error: Binary file\n\n  on terraform.tfvars line 3:`},
		{name: "a Latin-1 string", files: map[string]string{"main.tf": "resource \"aws_vpc\" \"a\" {\n  cidr_block = \"caf\xe9\"\n}\n"},
			code: exitError, stderr: `(?s)^Error: Invalid character encoding\n\n  on main.tf line 2, in resource "aws_vpc" "a":.*must be UTF-8`},
		{name: "a Latin-1 comment, which Terraform accepts", files: map[string]string{"main.tf": "# caf\xe9\n" + strings.Replace(untaggedNAT, "resource", "\nresource", 1)},
			code: exitFindings, stdout: `(?s)^Warning: NAT gateway aws_nat_gateway.a lacks.*on main.tf line 3`},
		{name: "256 KB of non-UTF-8 text: the first errors", setup: writeLatin1("main.tf", 256<<10),
			code: exitError, stderr: `(?s)^Error: Invalid character encoding\n\n  on main.tf line 1, .*Error: Too many errors\n\n  on main.tf line \d+:.*main.tf has \d+ more errors, from here on, that are not shown`},
	}
}

func sizeCases() []badInput {
	deep := func(n int) string {
		return "locals {\n  x = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "\n}\n"
	}
	return []badInput{
		{name: "a 50 MB .tf file", setup: writeLarge("main.tf", 50<<20),
			code: exitError, stderr: `(?s)^Error: File too large\n\n  on main.tf line 1:.*main.tf is 5\d{7} bytes; vpclint reads files of up to 16777216 bytes`},
		{name: "an expression nested 10,000 deep", files: map[string]string{"main.tf": deep(10000)},
			code: exitError, stderr: `(?s)^Error: Expression too deeply nested\n\n  on main.tf line 2:.*main.tf nests an expression more than 1000 levels deep`},
		{name: "an expression nested 1,000,000 deep", files: map[string]string{"main.tf": deep(1000000)},
			code: exitError, stderr: `(?s)^Error: Expression too deeply nested\n\n  on main.tf line 2:`},
		{name: "JSON nested 10,000 deep", files: map[string]string{"main.tf.json": `{"locals": {"x": ` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "}}"},
			code: exitError, stderr: `(?s)^Error: Expression too deeply nested\n\n  on main.tf.json line 1:`},
		{name: "an operator chain of 100,000", files: map[string]string{"main.tf": "locals {\n  x = 1" + strings.Repeat(" + 1", 100000) + "\n}\n"},
			code: exitError, stderr: `(?s)^Error: Expression too deeply nested\n\n  on main.tf line 2:`},
		{name: "count = 100000000", files: map[string]string{"main.tf": "resource \"aws_vpc\" \"a\" {\n  count      = 100000000\n  cidr_block = \"10.0.0.0/16\"\n}\n"},
			code: exitError, stderr: `(?s)^Error: Too many instances\n\n  on main.tf line 1, in resource "aws_vpc" "a":.*aws_vpc.a \(main.tf:1\) expands to 100000000 instances;\s+vpclint\s+evaluates\s+at\s+most\s+10000\s+per\s+block`},
		{name: "for_each over a product of ranges", files: map[string]string{"main.tf": "resource \"aws_vpc\" \"a\" {\n  for_each   = { for p in setproduct(range(300), range(300)) : \"${p[0]}-${p[1]}\" => p }\n  cidr_block = \"10.0.0.0/16\"\n}\n"},
			code: exitError, stderr: `(?s)^Error: Too many instances\n\n  on main.tf line 1, in resource "aws_vpc" "a":.*aws_vpc.a \(main.tf:1\) expands to 90000 instances`},
		{name: "for_each over range(100000000)", files: map[string]string{"main.tf": "resource \"aws_vpc\" \"a\" {\n  for_each   = toset([for i in range(100000000) : tostring(i)])\n  cidr_block = \"10.0.0.0/16\"\n}\n"},
			code: exitError, stderr: `(?s)^Error: .*on main.tf line 2, in resource "aws_vpc" "a":.*range`},
		{name: "for_each over toset() of 40,000 values", files: map[string]string{"main.tf": "resource \"aws_vpc\" \"a\" {\n  for_each   = toset([for p in setproduct(range(200), range(200)) : \"${p[0]}-${p[1]}\"])\n  cidr_block = \"10.0.0.0/16\"\n}\n"},
			code: exitError, stderr: `(?s)^Error: Too many instances.*expands to 40000 instances`},
		{name: "setproduct of three ranges", files: map[string]string{"main.tf": "locals {\n  n = length(setproduct(range(1000), range(1000), range(1000)))\n}\nresource \"aws_vpc\" \"a\" {\n  count = local.n\n}\n"},
			code: exitError, stderr: `(?s)^Error: .*on main.tf line 2`},
		{name: "20,000 duplicate resources", setup: writeDuplicates(20000),
			code: exitError, stderr: `(?s)^Error: Duplicate aws_vpc.v0\n\n  on b.tf line 1`},
	}
}

func cycleCases() []badInput {
	return []badInput{
		{name: "a local referring to itself", files: map[string]string{"main.tf": "locals {\n  a = local.a\n}\n"},
			code: exitError, stderr: `(?s)^Error: Cycle in references\n\n  on main.tf line 2, in locals:.*local.a\s+\(main.tf:2\) -> local.a\.`},
		{name: "locals in a cycle", files: map[string]string{"main.tf": "locals {\n  a = local.b\n  b = local.c\n  c = local.a\n}\n"},
			code: exitError, stderr: `(?s)^Error: Cycle in references\n\n  on main.tf line 2, in locals:.*local.a\s+\(main.tf:2\) -> local.b \(main.tf:3\) -> local.c \(main.tf:4\) ->\s+local.a\.`},
		{name: "a module calling itself", files: map[string]string{"main.tf": "module \"me\" {\n  source = \"./\"\n}\n"},
			code: exitError, stderr: `(?s)^Error: Module recursion\n\n  on main.tf line 1, in module "me":.*module.me calls \., which is already being loaded`},
		{name: "modules in a cycle", files: map[string]string{
			"a/main.tf": "module \"b\" {\n  source = \"../b\"\n}\n",
			"b/main.tf": "module \"a\" {\n  source = \"../a\"\n}\n",
		}, code: exitError, stderr: `(?s)^Error: Module recursion\n\n  on b/main.tf line 1, in module "a":.*module.b.module.a calls a, which is already\s+being loaded`},
		{name: "a duplicate resource address", files: map[string]string{
			"a.tf": "resource \"aws_vpc\" \"a\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n",
			"b.tf": "\nresource \"aws_vpc\" \"a\" {\n  cidr_block = \"10.1.0.0/16\"\n}\n",
		}, code: exitError, stderr: `(?s)^Error: Duplicate aws_vpc.a\n\n  on b.tf line 2, in resource "aws_vpc" "a":.*aws_vpc.a was already defined at a.tf:1\.`},
	}
}

func fileSystemCases() []badInput {
	return []badInput{
		{name: "a folder linking to itself and its parent", files: map[string]string{"net/main.tf": untaggedNAT},
			setup: func(t *testing.T, dir string) {
				symlink(t, ".", filepath.Join(dir, "net", "self"))
				symlink(t, "..", filepath.Join(dir, "net", "parent"))
			}, code: exitFindings, stdout: finding("net/main.tf")},
		{name: "files linking to each other", files: map[string]string{"nat.tf": untaggedNAT},
			setup: func(t *testing.T, dir string) {
				symlink(t, "b.tf", filepath.Join(dir, "a.tf"))
				symlink(t, "a.tf", filepath.Join(dir, "b.tf"))
			}, code: exitError, stderr: `(?s)^Error: Cannot read file\n\n  on a.tf line 1:.*stat a.tf: too many levels of symbolic links.*on b.tf line 1:`},
		{name: "a dangling link", files: map[string]string{"nat.tf": untaggedNAT},
			setup: func(t *testing.T, dir string) { symlink(t, "gone.tf", filepath.Join(dir, "main.tf")) },
			code:  exitError, stderr: `(?s)^Error: Cannot read file\n\n  on main.tf line 1:.*stat main.tf: no such file or directory`},
		{name: "a named pipe", files: map[string]string{"nat.tf": untaggedNAT}, setup: mkfifo("main.tf"),
			code: exitError, stderr: `(?s)^Error: Cannot read file\n\n  on main.tf line 1:.*main.tf is a named pipe \(FIFO\), not a regular file`},
		{name: "a named pipe as a plan", setup: mkfifo("plan.json"), args: []string{"plan.json"},
			code: exitError, stderr: `(?s)^Error: Cannot read file\n\n  on plan.json line 1:.*plan.json is a named pipe \(FIFO\), not a regular file`},
		{name: "a named pipe as a .tfvars file", files: map[string]string{"main.tf": untaggedNAT}, setup: mkfifo("x.auto.tfvars"),
			code: exitError, stderr: `(?s)^Error: Cannot read file\n\n  on x.auto.tfvars line 1:.*x.auto.tfvars is a named pipe \(FIFO\), not a regular file`},
		{name: "a named pipe as the baseline", files: map[string]string{"nat.tf": untaggedNAT}, setup: mkfifo("base.json"), args: []string{"--baseline", "base.json"},
			code: exitError, stderr: `^Error: Cannot read the baseline\n\nbase.json is a named pipe \(FIFO\), not a regular file`},
		{name: "a folder named like a file", files: map[string]string{"nat.tf": untaggedNAT, "x.tf/README": "not a module"},
			code: exitFindings, stdout: finding("nat.tf")},
		{name: "an unreadable file", files: map[string]string{"nat.tf": untaggedNAT, "main.tf": taggedNAT}, notAsRoot: true,
			setup: chmod("main.tf", 0),
			code:  exitError, stderr: `(?s)^Error: Cannot read file\n\n  on main.tf line 1:.*open main.tf: permission denied`},
		{name: "an unreadable folder", files: map[string]string{"good/main.tf": untaggedNAT, "bad/main.tf": taggedNAT}, notAsRoot: true,
			setup: chmod("bad", 0),
			code:  exitError, stdout: incompleteGood, stderr: `(?s)^Error: Cannot read folder\n\n.*open bad: permission denied`},
		{name: "a missing path", args: []string{"nowhere/main.tf"},
			code: exitError, stderr: `(?s)^Error: Cannot read input\n\n.*stat nowhere/main.tf: no such file or directory`},
	}
}

func planCases() []badInput {
	return []badInput{
		{name: "a truncated plan", setup: copyPlan(func(b []byte) []byte { return b[:len(b)/2] }), args: []string{"plan.json"},
			code: exitError, stderr: `(?s)^Error: Invalid JSON\n\n  on plan.json line \d+:.*plan.json is not valid JSON: unexpected end of JSON input`},
		{name: "an unknown plan format_version", args: []string{"plan.json"},
			setup: copyPlan(func(b []byte) []byte {
				return formatVersion.ReplaceAll(b, []byte(`"format_version": "9.0"`))
			}),
			code: exitError, stderr: `(?s)^Error: Unsupported plan format version\n\n  on plan.json line 2:.*plan.json has format_version "9.0"`},
		{name: "an empty plan", files: map[string]string{"plan.json": ""}, args: []string{"plan.json"},
			code: exitError, stderr: `(?s)^Error: Empty plan file\n\n  on plan.json line 1:`},
		{name: "a binary plan", setup: writeBinary("plan.json"), args: []string{"plan.json"},
			code: exitError, stderr: `(?s)^Error: Invalid JSON\n\n  on plan.json line 1:.*plan.json is not valid JSON`},
		{name: "a plan nested 100,000 deep", files: map[string]string{"plan.json": strings.Repeat("[", 100000) + strings.Repeat("]", 100000)}, args: []string{"plan.json"},
			code: exitError, stderr: `(?s)^Error: Invalid JSON\n\n  on plan.json line 1:.*exceeded max depth`},
	}
}

// badAmongGoodCases check that one bad file does not stop the analysis of
// the other modules, and is reported.
func badAmongGoodCases() []badInput {
	return []badInput{
		{name: "a binary file among good modules: their findings", files: map[string]string{"good/main.tf": untaggedNAT, "tagged/main.tf": taggedNAT},
			setup: writeBinary("bad/main.tf"),
			code:  exitError, stdout: incompleteGood, stderr: `(?s)^Error: Binary file\n\n  on bad/main.tf line 3:`},
		{name: "a binary file among good modules without findings", files: map[string]string{"tagged/main.tf": taggedNAT},
			setup: writeBinary("bad/main.tf"),
			code:  exitError, stderr: `(?s)^Error: Binary file\n\n  on bad/main.tf line 3:`},
		{name: "a too large file among good modules", files: map[string]string{"good/main.tf": untaggedNAT},
			setup: writeLarge("bad/main.tf", 17<<20),
			code:  exitError, stdout: incompleteGood, stderr: `(?s)^Error: File too large\n\n  on bad/main.tf line 1:`},
		{name: "a named pipe beside good files: the module is not analysed", files: map[string]string{"good/main.tf": untaggedNAT, "bad/nat.tf": untaggedNAT},
			setup: mkfifo("bad/main.tf"),
			code:  exitError, stdout: incompleteGood, stderr: `(?s)^Error: Cannot read file\n\n  on bad/main.tf line 1:`},
	}
}

// writeBinary returns a setup writing a binary file (its first NUL byte on
// line 3) to name.
func writeBinary(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		data := []byte("\x7fELF\x02\x01\n\xff\xfe\n\x89PNG\x00\x00\x1a")
		for i := range 4096 {
			data = append(data, byte(i*7919>>3))
		}
		writeFile(t, dir, name, string(data))
	}
}

// writeLatin1 returns a setup writing n bytes of Latin-1 text (no NUL
// byte, every line an encoding error) to name.
func writeLatin1(name string, n int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		line := "caf\xe9 = \"na\xefve\"\n"
		writeFile(t, dir, name, strings.Repeat(line, n/len(line)))
	}
}

// writeLarge returns a setup writing at least size bytes of valid
// resources to name.
func writeLarge(name string, size int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			fmt.Fprintf(&b, "resource \"aws_nat_gateway\" \"n%d\" {\n  subnet_id     = \"subnet-%d\"\n  allocation_id = \"eipalloc-%d\"\n}\n", i, i, i)
		}
		writeFile(t, dir, name, b.String())
	}
}

// writeDuplicates returns a setup writing n resources twice, in a.tf and
// b.tf.
func writeDuplicates(n int) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "resource \"aws_vpc\" \"v%d\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n", i)
		}
		writeFile(t, dir, "a.tf", b.String())
		writeFile(t, dir, "b.tf", b.String())
	}
}

// copyPlan returns a setup writing the plan fixture, changed by edit, to
// plan.json.
func copyPlan(edit func([]byte) []byte) func(*testing.T, string) {
	src, err := filepath.Abs(planFixture)
	return func(t *testing.T, dir string) {
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, "plan.json", string(edit(data)))
	}
}

// mkfifo returns a setup making a named pipe name.
func mkfifo(name string) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Mkfifo(path, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// chmod returns a setup changing the mode of name, and back at the end of
// the test so that its folder can be removed.
func chmod(name string, mode os.FileMode) func(*testing.T, string) {
	return func(t *testing.T, dir string) {
		path := filepath.Join(dir, name)
		st, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Chmod(path, st.Mode().Perm()) })
	}
}

// symlink makes a symbolic link at link pointing to target.
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}
