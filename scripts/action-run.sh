#!/usr/bin/env bash
# action-run.sh — the "Run vpclint" step of action.yml, in a file of its own
# so that .ci/run can run it as GitHub would. It reads the action's inputs
# from INPUT_* variables (INPUT_PATHS: paths separated by blanks or new
# lines; INPUT_FORMAT, INPUT_OUTPUT, INPUT_CONFIG, INPUT_FAIL_LEVEL,
# INPUT_BASELINE), runs the vpclint on PATH, records its exit status as the
# step output exit-code, and exits with it: 0 clean, 1 findings (the report
# is written), 2 the run failed.
set -uo pipefail

args=(--format "${INPUT_FORMAT:-sarif}" --output "${INPUT_OUTPUT:-vpclint.sarif}")
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
if [ -n "${INPUT_FAIL_LEVEL:-}" ]; then args+=(--fail-level "$INPUT_FAIL_LEVEL"); fi
if [ -n "${INPUT_BASELINE:-}" ]; then args+=(--baseline "$INPUT_BASELINE"); fi
read -r -d '' -a paths <<<"${INPUT_PATHS:-}" || true # split on blanks and new lines

status=0
vpclint "${args[@]}" -- "${paths[@]}" || status=$?
echo "exit-code=$status" >>"${GITHUB_OUTPUT:-/dev/null}"
exit "$status"
