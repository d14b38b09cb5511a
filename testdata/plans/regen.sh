#!/usr/bin/env bash
# Regenerates the plan JSON fixtures of parser/plan from the .tf files next
# to them. Tests never run this: they read the committed plan.json files.
#
# Needs Terraform (1.11.4 was used) and a filesystem mirror of the
# hashicorp/aws 5.100.0 provider (semantics doc §7.7); no network and no
# AWS credentials (every fixture plans with -refresh=false and fake keys).
# jq pretty-prints plan.json so that each resource sits on its own lines.
#
#   testdata/plans/regen.sh               # every case
#   testdata/plans/regen.sh nacl peering  # some cases
#   TF_PLUGIN_MIRROR=/path/to/mirror testdata/plans/regen.sh
#
# Each case is copied to a temporary folder first, so .terraform/, lock
# files and plan.out never land in the repository. A case with a
# terraform.tfstate plans against that state (prior_state, deletions,
# replacements), and also gets state.json: `terraform show -json` of the
# state, kept exactly as Terraform writes it (one line).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
mirror=${TF_PLUGIN_MIRROR:-/opt/tf-plugins}
[ -d "$mirror/registry.terraform.io/hashicorp/aws" ] || {
	echo "no AWS provider mirror under $mirror (set TF_PLUGIN_MIRROR)" >&2
	exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/cli.tfrc" <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/hashicorp/aws"]
  }
}
EOF
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1

if [ $# -eq 0 ]; then
	set -- $(cd "$here" && for d in */; do [ -n "$(ls "$d"*.tf 2>/dev/null)" ] && echo "${d%/}"; done)
fi

for c in "$@"; do
	echo "== $c"
	dir="$work/$c"
	mkdir -p "$dir"
	(cd "$here/$c" && tar --exclude=plan.json --exclude=state.json -cf - .) | (cd "$dir" && tar -xf -)
	terraform -chdir="$dir" init -input=false -no-color >/dev/null
	terraform -chdir="$dir" plan -refresh=false -input=false -no-color -out=plan.out >"$dir/plan.txt" ||
		{ cat "$dir/plan.txt" >&2; exit 1; }
	terraform -chdir="$dir" show -json plan.out | jq --indent 2 . >"$here/$c/plan.json"
	if [ -f "$dir/terraform.tfstate" ]; then
		terraform -chdir="$dir" show -json terraform.tfstate >"$here/$c/state.json"
	fi
done
