#!/usr/bin/env bash
# ABI check for any shell-based CI (GitLab, Jenkins, Buildkite...): prints the verdict and the
# Markdown report, keeps the JSON, and fails the job on an incompatible change; a risk (a newer
# glibc needed, a lost hardening flag) passes with a warning. Add --fail-on risk to fail on it too.
#   ABIPORTAL_URL=https://abi.example.com ABIPORTAL_TOKEN=... ./check.sh build/libwidget.so.1 libwidget
set -uo pipefail
file=${1:?usage: check.sh FILE LIBRARY [BASELINE_VERSION]}
library=${2:?usage: check.sh FILE LIBRARY [BASELINE_VERSION]}
against=${3:-}

args=(check "$file" --server "${ABIPORTAL_URL:?set ABIPORTAL_URL}" --library "$library" --json abi-check.json)
[ -n "$against" ] && args+=(--against "$against")
# Proprietary binaries: add --snapshot-only so only the export list leaves this machine.

abiportal "${args[@]}"
status=$?
case $status in
  0)  echo "ABI: no change" ;;
  4)  echo "ABI: changes that do not fail the check (compatible, or a risk: see the warning above)"; status=0 ;;
  12) echo "ABI: incompatible change: see the report above" ;;
  *)  echo "ABI check could not run (exit $status)" ;;
esac
exit $status
