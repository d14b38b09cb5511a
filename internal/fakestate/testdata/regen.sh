#!/usr/bin/env bash
# Regenerates plan.json and schema.json (the schema of the resource types
# main.tf uses, cut from `terraform providers schema -json`) from main.tf.
# Needs what testdata/rules/regen-plans.sh needs; tests never run it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mirror=${TF_PLUGIN_MIRROR:-/opt/tf-plugins}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/cli.tfrc" <<CFG
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["registry.terraform.io/hashicorp/aws"]
  }
}
CFG
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
cp "$here/main.tf" "$work/"
cat >"$work/providers.tf" <<'CFG'
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
CFG
terraform -chdir="$work" init -input=false -no-color >/dev/null
terraform -chdir="$work" plan -refresh=false -input=false -no-color -out=plan.out >/dev/null
terraform -chdir="$work" show -json plan.out | jq --indent 1 . >"$here/plan.json"
types=$(jq -c '[.resource_changes[].type] | unique' "$here/plan.json")
terraform -chdir="$work" providers schema -json |
	jq --indent 1 --argjson types "$types" '{provider_schemas: {"registry.terraform.io/hashicorp/aws": {resource_schemas:
		(.provider_schemas["registry.terraform.io/hashicorp/aws"].resource_schemas | with_entries(select(.key as $k | $types | index($k))))}}}' >"$here/schema.json"
