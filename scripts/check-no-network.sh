#!/usr/bin/env bash
# check-no-network.sh — run the vpclint binary under strace on a
# configuration full of remote module sources and external/http data
# sources (testdata/robust/remote-sources), in every output format, and
# fail if it makes any network system call or starts any program.
#
# A control run first traces a shell that starts a program and opens a TCP
# socket, and checks that the same checks catch both, so a pass is not
# vacuous. Exit 0: clean; 1: a check failed; 2: cannot run (no strace:
# apt-get install strace).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
fixture=testdata/robust/remote-sources

if ! command -v strace >/dev/null 2>&1; then
	echo "$0: strace is missing (apt-get install strace)" >&2
	exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/vpclint" ./cmd/vpclint

# violations TRACE: prints the traced calls that open a socket or start a
# program. The one execve allowed is strace starting the traced command;
# clone with CLONE_THREAD is a new thread of the same process.
violations() {
	grep -E '(^|[[:space:]])(socket|socketpair|connect|bind|sendto|sendmsg|io_uring_setup|fork|vfork)\(' "$1" || true
	grep -E '(^|[[:space:]])(clone|clone3)\(' "$1" | grep -v CLONE_THREAD || true
	grep -E '(^|[[:space:]])(execve|execveat)\(' "$1" | tail -n +2
}

# trace FILE CMD...: runs CMD under strace, writing the trace to FILE.
trace() {
	local out=$1
	shift
	strace -f -qq -o "$out" -e trace=network,process,io_uring_setup "$@"
}

rc=0
trace "$tmp/control" bash -c '/bin/true; exec 3<>/dev/tcp/127.0.0.1/9' >/dev/null 2>&1 || true
found=$(violations "$tmp/control")
if ! grep -q connect <<<"$found" || ! grep -q -E 'clone|fork|execve' <<<"$found"; then
	echo "$0: the control run's program start and connect were not caught; the checks are broken" >&2
	exit 2
fi

for format in text json sarif; do
	status=0
	trace "$tmp/trace.$format" "$tmp/vpclint" --format "$format" "$fixture" >"$tmp/out" 2>"$tmp/err" || status=$?
	if [ "$status" -gt 1 ]; then
		echo "FAIL --format $format: vpclint exited $status" >&2
		cat "$tmp/err" >&2
		rc=1
		continue
	fi
	found=$(violations "$tmp/trace.$format")
	if [ -n "$found" ]; then
		echo "FAIL --format $format: network or process system calls:" >&2
		echo "$found" >&2
		rc=1
		continue
	fi
	echo "ok   --format $format: no socket, no program started ($(wc -l <"$tmp/trace.$format") traced calls)"
done
exit "$rc"
