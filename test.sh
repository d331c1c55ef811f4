#!/usr/bin/env bash
# Sets up a fresh Debian machine for AbiPortal's tests (idempotently), then runs every test
# project and prints one closing line "N passed, N failed".
#   ./test.sh                 all tests
#   ./test.sh --filter X      passes extra arguments to dotnet test
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use: real toolchains build fixtures and act as reference readers,
# Chromium drives the UI tests, PostgreSQL backs the multi-server tests.
packages=(clang lld llvm binutils mingw-w64 chromium postgresql abigail-tools dwarves)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK is required (dotnet on PATH)" >&2; exit 1; }

results="$PWD/test-output"
rm -rf "$results"
mkdir -p "$results"

set +e
dotnet test AbiPortal.sln \
  --logger "trx" --results-directory "$results" \
  --blame-hang-timeout 10m \
  "$@" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}
set -e

# Each test project ends with "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
# (or "Failed!  - ..."); add them up.
passed=0; failed=0; skipped=0
while IFS= read -r line; do
  p=$(echo "$line" | sed -n 's/.*Passed: *\([0-9]*\).*/\1/p'); passed=$((passed + ${p:-0}))
  f=$(echo "$line" | sed -n 's/.*Failed: *\([0-9]*\),.*/\1/p'); failed=$((failed + ${f:-0}))
  k=$(echo "$line" | sed -n 's/.*Skipped: *\([0-9]*\).*/\1/p'); skipped=$((skipped + ${k:-0}))
done < <(grep -E '^(Passed|Failed)! +- ' "$results/console.log" || true)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A build failure or a crashed test host runs no test and writes no failure count.
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
