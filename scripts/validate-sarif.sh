#!/usr/bin/env bash
# validate-sarif.sh FILE.sarif... — validate SARIF logs with Microsoft's SARIF
# Multitool, with its SARIF and GitHub code-scanning rule sets ("Sarif;Gh").
# Exits 1 if any file has an error or a warning (notes are allowed), 2 if the
# validator cannot be installed or run.
#
# The Multitool comes from the npm registry (@microsoft/sarif-multitool) and is
# installed once into a cache folder: $VPCLINT_CACHE, else
# $XDG_CACHE_HOME/vpclint, else ~/.cache/vpclint. Its rule SARIF2006 (URIs
# should be reachable) is disabled so validation never touches the network.
#
# Beware: the Multitool reports nothing at all for a log it cannot
# deserialize (a result with "level": "info", say), so a pass here does not
# prove a log matches the schema; .ci/run checks that separately
# (TestSARIFSchema with -sarif-dir).
set -euo pipefail

version=5.7.0
if [ "$#" -eq 0 ]; then
	echo "usage: $0 FILE.sarif..." >&2
	exit 2
fi
for f in "$@"; do
	if [ ! -f "$f" ]; then
		echo "$0: $f: no such file" >&2
		exit 2
	fi
done

cache="${VPCLINT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/vpclint}/sarif-multitool-$version"
if [ ! -d "$cache/node_modules/@microsoft/sarif-multitool" ]; then
	echo "installing @microsoft/sarif-multitool@$version into $cache" >&2
	mkdir -p "$cache"
	npm install --prefix "$cache" --no-audit --no-fund --loglevel=error \
		"@microsoft/sarif-multitool@$version" >&2 || { echo "$0: npm install failed" >&2; exit 2; }
fi
tool="$(cd "$cache" && node -p "require('@microsoft/sarif-multitool')")" || { echo "$0: Multitool not found in $cache" >&2; exit 2; }
chmod u+x "$tool" # npm may skip the package's own postinstall chmod

config="$cache/vpclint-validate.xml"
cat >"$config" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
XML

# The Multitool exits 0 even when it reports errors, so read its report.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
out="$("$tool" validate --rule-kind "Gh;Sarif" --level "Error;Warning" --config "$config" "$@" 2>&1)" || {
	echo "$out" >&2
	echo "$0: the SARIF Multitool failed" >&2
	exit 2
}
problems="$(grep -E ': (error|warning) [A-Z]' <<<"$out" | grep -v 'WRN999.RuleExplicitlyDisabled' || true)"
if ! grep -q "Done. $# files scanned." <<<"$out"; then
	echo "$out" >&2
	echo "$0: the SARIF Multitool did not scan all $# files" >&2
	exit 2
fi
if [ -n "$problems" ]; then
	echo "$problems" >&2
	echo "$0: $(wc -l <<<"$problems") problem(s) in $# SARIF file(s)" >&2
	exit 1
fi
echo "$# SARIF files valid (SARIF Multitool $version, rules Sarif;Gh)"
