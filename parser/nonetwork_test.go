//go:build linux && (amd64 || arm64)

package parser_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/vpclint/vpclint/parser"
)

// The no-network tests re-run the test binary as a child with sandboxEnv
// set. The child installs a seccomp filter that kills the whole process on
// any attempt to create a socket or start a program (socket, socketpair,
// connect, io_uring_setup, execve, execveat, fork, vfork, and clone without
// CLONE_THREAD; clone3 is refused so that callers fall back to clone), then
// does its work. A child that tries either dies with SIGSYS, which the
// parent sees. PATH is left as it is on purpose: with an empty PATH a
// lookup of "git" or "terraform" would fail before any execve, and the
// attempt would go unseen.
const sandboxEnv = "VPCLINT_NONETWORK_CHILD"

// resultPrefix marks the child's result line on its stdout.
const resultPrefix = "nonetwork-result: "

// loadResult is what the child reports of parser.Load.
type loadResult struct {
	Errors         []string
	Skipped        []string
	SecurityGroups int
}

// TestLoadTouchesNoNetwork loads a configuration with registry, git, HTTP,
// S3, GCS and Mercurial module sources and external and http data sources,
// in a child that is killed if it opens a socket or starts a program, and
// checks that the load completes with the remote modules skipped.
func TestLoadTouchesNoNetwork(t *testing.T) {
	const fixture = "../testdata/robust/remote-sources"
	if os.Getenv(sandboxEnv) == "load" {
		enterSandbox(t)
		res := parser.Load([]string{fixture}, parser.Options{Env: os.Environ()})
		out := loadResult{Skipped: res.Skipped, SecurityGroups: len(res.Network.SecurityGroups)}
		for _, d := range res.Diagnostics.Errs() {
			out.Errors = append(out.Errors, d.Error())
		}
		data, err := json.Marshal(out)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println(resultPrefix + string(data))
		return
	}

	stdout, err := runChild(t, "TestLoadTouchesNoNetwork", "load")
	if err != nil {
		t.Fatalf("child: %v (SIGSYS means it opened a socket or started a program)\n%s", err, stdout)
	}
	var got loadResult
	line, ok := resultLine(stdout)
	if !ok {
		t.Fatalf("child printed no result:\n%s", stdout)
	}
	if err := json.Unmarshal([]byte(line), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Errors) > 0 {
		t.Errorf("load errors: %q", got.Errors)
	}
	for _, call := range []string{"registry", "private_registry", "git_https", "git_ssh", "github", "https_archive", "s3", "gcs", "mercurial"} {
		if !slices.ContainsFunc(got.Skipped, func(s string) bool { return strings.HasPrefix(s, "module."+call+" ") }) {
			t.Errorf("module.%s is not reported as skipped; skipped: %q", call, got.Skipped)
		}
	}
	if slices.ContainsFunc(got.Skipped, func(s string) bool { return strings.HasPrefix(s, "module.local_sg ") }) {
		t.Errorf("the local module is reported as skipped: %q", got.Skipped)
	}
	// aws_security_group.origin and module.local_sg's group.
	if got.SecurityGroups != 2 {
		t.Errorf("%d security groups loaded, want 2", got.SecurityGroups)
	}
}

// TestSandboxCatchesNetworkAndPrograms shows that the sandbox of
// TestLoadTouchesNoNetwork works: a child that dials or starts a program
// is killed.
func TestSandboxCatchesNetworkAndPrograms(t *testing.T) {
	switch os.Getenv(sandboxEnv) {
	case "":
	case "dial":
		enterSandbox(t)
		conn, err := net.Dial("tcp", "127.0.0.1:9")
		if err == nil {
			conn.Close()
		}
		fmt.Println(resultPrefix + "survived a dial")
		return
	case "exec":
		enterSandbox(t)
		_ = exec.Command(os.Args[0], "-test.run=^$").Run()
		fmt.Println(resultPrefix + "survived starting a program")
		return
	default:
		return
	}
	for _, mode := range []string{"dial", "exec"} {
		t.Run(mode, func(t *testing.T) {
			stdout, err := runChild(t, "TestSandboxCatchesNetworkAndPrograms", mode)
			var exit *exec.ExitError
			if !errors.As(err, &exit) {
				t.Fatalf("child was not stopped (err %v):\n%s", err, stdout)
			}
			ws, ok := exit.Sys().(syscall.WaitStatus)
			if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGSYS {
				t.Fatalf("child ended with %v, want killed by SIGSYS:\n%s", err, stdout)
			}
		})
	}
}

// runChild runs test in a child test binary in the given sandbox mode and
// returns its combined output.
func runChild(t *testing.T, test, mode string) (string, error) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), sandboxEnv+"="+mode)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// resultLine returns the text after resultPrefix in the child's output.
func resultLine(out string) (string, bool) {
	for line := range strings.Lines(out) {
		if rest, ok := strings.CutPrefix(line, resultPrefix); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// sandboxSyscalls are the numbers the filter needs, per architecture.
var sandboxSyscalls = map[string]struct {
	auditArch     uint32
	seccomp       uintptr
	clone, clone3 uint32
	// kill are the system calls that kill the process.
	kill []uint32
}{
	// socket, connect, socketpair, fork, vfork, execve, execveat, io_uring_setup
	"amd64": {0xc000003e, 317, 56, 435, []uint32{41, 42, 53, 57, 58, 59, 322, 425}},
	// socket, socketpair, connect, execve, execveat, io_uring_setup
	"arm64": {0xc00000b7, 277, 220, 435, []uint32{198, 199, 203, 221, 281, 425}},
}

// enterSandbox installs the seccomp filter on every thread of the process.
func enterSandbox(t *testing.T) {
	const (
		retKillProcess  = 0x80000000
		retErrno        = 0x00050000
		retAllow        = 0x7fff0000
		cloneThread     = 0x00010000
		x32Bit          = 0x40000000
		prSetNoNewPrivs = 38
		setModeFilter   = 1
		flagTSync       = 1
	)
	nums := sandboxSyscalls[runtime.GOARCH]
	ld := func(offset uint32) syscall.SockFilter {
		return syscall.SockFilter{Code: syscall.BPF_LD | syscall.BPF_W | syscall.BPF_ABS, K: offset}
	}
	jump := func(op uint16, k uint32, jt, jf uint8) syscall.SockFilter {
		return syscall.SockFilter{Code: syscall.BPF_JMP | op | syscall.BPF_K, K: k, Jt: jt, Jf: jf}
	}
	ret := func(k uint32) syscall.SockFilter {
		return syscall.SockFilter{Code: syscall.BPF_RET | syscall.BPF_K, K: k}
	}

	prog := []syscall.SockFilter{
		ld(4), // seccomp_data.arch
		jump(syscall.BPF_JEQ, nums.auditArch, 1, 0),
		ret(retKillProcess),
		ld(0), // seccomp_data.nr
		jump(syscall.BPF_JGE, x32Bit, 0, 1),
		ret(retKillProcess),
		jump(syscall.BPF_JEQ, nums.clone3, 0, 1),
		ret(retErrno | uint32(syscall.ENOSYS)),
		jump(syscall.BPF_JEQ, nums.clone, 0, 4),
		ld(16), // low half of seccomp_data.args[0], the clone flags
		jump(syscall.BPF_JSET, cloneThread, 0, 1),
		ret(retAllow),
		ret(retKillProcess),
	}
	for _, nr := range nums.kill {
		prog = append(prog, jump(syscall.BPF_JEQ, nr, 0, 1), ret(retKillProcess))
	}
	prog = append(prog, ret(retAllow))

	if _, _, errno := syscall.RawSyscall(syscall.SYS_PRCTL, prSetNoNewPrivs, 1, 0); errno != 0 {
		t.Fatalf("prctl(PR_SET_NO_NEW_PRIVS): %v", errno)
	}
	fprog := syscall.SockFprog{Len: uint16(len(prog)), Filter: &prog[0]}
	r, _, errno := syscall.RawSyscall(nums.seccomp, setModeFilter, flagTSync, uintptr(unsafe.Pointer(&fprog)))
	if errno != 0 || r != 0 {
		t.Fatalf("seccomp(SECCOMP_SET_MODE_FILTER, TSYNC): %v (thread %d)", errno, r)
	}
}
