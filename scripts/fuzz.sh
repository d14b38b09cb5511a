#!/usr/bin/env bash
# fuzz.sh — run each fuzz target for a bounded time, one after the other,
# and fail on the first failure. Arguments: the seconds per target (default
# 5), then optionally the targets to run (names as below, FuzzLoad being
# both; default all).
#
#   scripts/fuzz.sh               # every target for 5 s (what CI runs)
#   scripts/fuzz.sh 600           # every target for 10 minutes
#   scripts/fuzz.sh 3600 FuzzParserLoad
#
# A failing input is written to testdata/fuzz/<target>/ in the target's
# package; `go test ./<package> -run '<target>/<file>'` replays it, and
# committing it keeps it as a regression test. Inputs that found new
# coverage stay in the Go build cache ($(go env GOCACHE)/fuzz), so a later
# run continues from them.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:-5}
shift || true
case $seconds in
'' | *[!0-9]*)
	echo "$0: the seconds per target must be a number, not '$seconds'" >&2
	exit 2
	;;
esac

# target package: every fuzz target of the module.
targets=(
	"FuzzParserLoad ./parser"
	"FuzzLoad ./parser/eval"
	"FuzzWalk ./parser/eval"
	"FuzzLoad ./parser/plan"
	"FuzzCIDRFuncs ./parser/funcs"
	"FuzzTrafficAlgebra ./model"
	"FuzzNestingBound ./parser/bounded"
	"FuzzConfig ./cmd/vpclint"
	"FuzzBaseline ./cmd/vpclint"
)

# Every target of the module must be listed above.
listed=$(printf '%s\n' "${targets[@]}" | sort)
found=$(grep -roE --include='*_test.go' '^func Fuzz[A-Za-z0-9_]+' . |
	sed -E 's#^(.*)/[^/]*:func (.*)$#\2 \1#' | sort)
if [ "$listed" != "$found" ]; then
	echo "$0: the targets listed here differ from the fuzz targets in the code:" >&2
	diff <(echo "$listed") <(echo "$found") >&2 || true
	exit 2
fi

# fuzz runs one target and returns its status, except that it ignores the
# spurious "context deadline exceeded" failure of Go before 1.27
# (go.dev/issue/75804: the -fuzztime deadline races a running worker) when
# no failing input was written.
fuzz() {
	local name=$1 pkg=$2 corpus="$2/testdata/fuzz/$1" before after log status=0
	before=$(ls "$corpus" 2>/dev/null || true)
	log=$(mktemp)
	go test -run '^$' -fuzz "^${name}\$" -fuzztime "${seconds}s" -fuzzminimizetime 5s "$pkg" 2>&1 | tee "$log" || status=$?
	after=$(ls "$corpus" 2>/dev/null || true)
	if [ "$status" -ne 0 ] && [ "$before" = "$after" ] &&
		grep -q '^    context deadline exceeded$' "$log" && ! grep -q 'Failing input written' "$log"; then
		echo "$0: $name: ignoring Go's spurious 'context deadline exceeded' at the end of -fuzztime (go.dev/issue/75804)"
		status=0
	fi
	rm -f "$log"
	return "$status"
}

ran=0
for entry in "${targets[@]}"; do
	read -r name pkg <<<"$entry"
	if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
		continue
	fi
	echo "--- $name ($pkg), ${seconds}s"
	fuzz "$name" "$pkg"
	ran=$((ran + 1))
done
if [ "$ran" -eq 0 ]; then
	echo "$0: no target named $*" >&2
	exit 2
fi
