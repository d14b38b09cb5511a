#!/usr/bin/env bash
# bench.sh — whole-process wall time and peak memory of vpclint on the
# generated benchmark trees (internal/gen), compared with the parse-only
# floor (BenchmarkParseOnly/parallel in parser), and one typical module.
#
#   scripts/bench.sh                  # trees of 125, 500 and 2000 roots, 3 runs each
#   ROOTS="500" REPEAT=5 scripts/bench.sh
#   FLOOR=0 scripts/bench.sh          # skip the parse-only floor (go test -bench)
#
# The best (lowest wall time) of REPEAT runs is reported, with its peak RSS
# (GNU time's maximum resident set size) and CPU time (user + system). Trees
# and binaries go to $BENCH_DIR (default /tmp/vpclint-bench). Needs GNU time
# (/usr/bin/time; apt-get install time). The figures are for comparison on
# one machine; wall times mean little while other processes load it, so the
# load average is printed before and after (CPU time is steadier). The
# environment reaches vpclint: GOGC=100 scripts/bench.sh measures Go's
# default collector setting instead of vpclint's heap budget
# (internal/membudget), which GOGC or GOMEMLIMIT turn off. This script asserts
# nothing except that every run completes (exit 0 or 1).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
roots_list=${ROOTS:-125 500 2000}
repeat=${REPEAT:-3}
floor=${FLOOR:-1}
dir=${BENCH_DIR:-/tmp/vpclint-bench}

if [ ! -x /usr/bin/time ]; then
	echo "$0: GNU time is missing (apt-get install time)" >&2
	exit 2
fi
mkdir -p "$dir/bin" "$dir/trees"
go build -o "$dir/bin/vpclint" ./cmd/vpclint
go build -o "$dir/bin/gentree" ./internal/gen/cmd/gentree

# measure DIR: runs vpclint on DIR REPEAT times and prints the best run as
# "wall_ms rss_kb cpu_s".
measure() {
	local best="" line start end rc
	for _ in $(seq "$repeat"); do
		start=$(date +%s%N)
		rc=0
		/usr/bin/time -f "%M %U %S" -o "$dir/time.out" \
			"$dir/bin/vpclint" --format json "$1" >"$dir/report.json" 2>"$dir/stderr.txt" || rc=$?
		end=$(date +%s%N)
		if [ "$rc" -gt 1 ]; then
			echo "$0: vpclint exited $rc on $1:" >&2
			cat "$dir/stderr.txt" >&2
			exit 1
		fi
		line=$(awk -v ms=$(((end - start) / 1000000)) 'END { printf "%d %d %.2f", ms, $1, $2 + $3 }' "$dir/time.out")
		if [ -z "$best" ] || [ "${line%% *}" -lt "${best%% *}" ]; then
			best=$line
		fi
	done
	echo "$best"
}

# floor_ms ROOTS: the parse-only floor of the tree, in ms per whole tree.
floor_ms() {
	VPCLINT_BENCH_ROOTS=$1 go test -run '^$' -bench 'ParseOnly/parallel' -benchtime 3x ./parser |
		awk '/^BenchmarkParseOnly\/parallel/ { printf "%d", $3 / 1e6 }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# One typical module: a root of 5 files calling two local modules (10 files).
rm -rf "$dir/trees/1"
"$dir/bin/gentree" -out "$dir/trees/1" -roots 1 >/dev/null
read -r ms rss cpu < <(measure "$dir/trees/1")
awk -v ms="$ms" -v rss="$rss" -v cpu="$cpu" 'BEGIN {
	printf "one module (10 files): wall %d ms, peak RSS %.1f MB, CPU %s s\n\n", ms, rss / 1024, cpu }'

printf '%6s %6s %6s %9s %9s %10s %9s %10s %8s %9s\n' \
	roots files MB wall_ms us/file rss_MB KB/file cpu_s floor_ms lint/floor
for n in $roots_list; do
	tree="$dir/trees/$n"
	rm -rf "$tree"
	"$dir/bin/gentree" -out "$tree" -roots "$n" >/dev/null
	files=$(find "$tree" -type f | wc -l)
	bytes=$(find "$tree" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
	read -r ms rss cpu < <(measure "$tree")
	fl=0
	if [ "$floor" = 1 ]; then
		fl=$(floor_ms "$n")
	fi
	awk -v n="$n" -v files="$files" -v bytes="$bytes" -v ms="$ms" -v rss="$rss" -v cpu="$cpu" -v fl="$fl" 'BEGIN {
		printf "%6d %6d %6.1f %9d %9.0f %10.1f %9.1f %10s", n, files, bytes / 1048576, ms, ms * 1000 / files, rss / 1024, rss / files, cpu
		if (fl > 0) printf " %8d %9.2f\n", fl, ms / fl; else printf " %8s %9s\n", "-", "-" }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
