#!/usr/bin/env bash
# Regenerates the plan JSON of the plan-based rule fixtures (the change-*
# rules) from the configuration in each case. Tests never run this: they
# read the committed plan.json files.
#
# A case folder holds main.tf, the configuration being planned, and
# optionally before/, the configuration as it is now. With before/, the
# script plans before/ (creating everything), fakes its apply with made-up
# ids (internal/fakestate) into a terraform.tfstate, and plans main.tf
# against that state, so the plan has a prior state and real
# resource_changes (update, delete, replace, create-before-destroy).
# Without before/, main.tf is planned with no state. A plan.args file holds
# extra arguments for that last plan, such as -replace=ADDRESS (a
# replacement that no argument change forces). A provider block with
# fake credentials is added to both (semantics doc §7.7); the committed
# main.tf has none, so it is exactly the configuration the findings point
# into.
#
# Findings about a resource the configuration no longer has point into
# plan.json, so after a regen the plan.json line numbers in the cases'
# want.txt files may need updating (the rule tests name the new lines).
#
# Needs Terraform (1.11.4 was used), jq, Go, and a filesystem mirror of the
# hashicorp/aws 5.100.0 provider; no network and no AWS credentials.
#
#   testdata/rules/regen-plans.sh                                  # every case
#   testdata/rules/regen-plans.sh change-nat-replace/fires_replace # some cases
#   TF_PLUGIN_MIRROR=/path/to/mirror testdata/rules/regen-plans.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
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
cat >"$work/providers.tf" <<'EOF'
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "AKIAFAKE"
  secret_key                  = "fake"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
EOF
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
(cd "$repo" && go build -o "$work/fakestate" ./internal/fakestate/cmd/fakestate)

if [ $# -eq 0 ]; then
	set -- $(cd "$here" && ls -d change-*/*/ | sed 's:/$::')
fi

# plan DIR [ARGS...]: init and plan the configuration in DIR into
# DIR/plan.json, with extra plan arguments.
plan() {
	local d=$1
	shift
	terraform -chdir="$d" init -input=false -no-color >/dev/null
	terraform -chdir="$d" plan -refresh=false -input=false -no-color -out=plan.out "$@" >"$d/plan.txt" ||
		{ cat "$d/plan.txt" >&2; exit 1; }
	terraform -chdir="$d" show -json plan.out >"$d/plan.json"
}

for c in "$@"; do
	echo "== $c"
	dir="$work/$c"
	mkdir -p "$dir/after"
	cp "$here/$c"/*.tf "$work/providers.tf" "$dir/after/"
	if [ -d "$here/$c/before" ]; then
		mkdir -p "$dir/before"
		cp "$here/$c/before"/*.tf "$work/providers.tf" "$dir/before/"
		plan "$dir/before"
		[ -f "$work/schema.json" ] || terraform -chdir="$dir/before" providers schema -json >"$work/schema.json"
		"$work/fakestate" "$dir/before/plan.json" "$work/schema.json" >"$dir/after/terraform.tfstate"
	fi
	args=()
	if [ -f "$here/$c/plan.args" ]; then
		read -r -a args <"$here/$c/plan.args" || true
	fi
	plan "$dir/after" ${args[@]+"${args[@]}"}
	jq --indent 2 . "$dir/after/plan.json" >"$here/$c/plan.json"
done
