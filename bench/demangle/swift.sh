#!/usr/bin/env bash
# Swift demangling speed: the accepted rows of ../shared/testdata/demangle/swift.tsv (swift-demangle's
# own vectors; there is no Swift toolchain here to take names from real binaries), cycled to N lines,
# through `abiportal demangle` (published ReadyToRun), median of RUNS runs. Prints wall and CPU time
# (user+sys) and names per CPU second, and checks every output line against the vector's text.
# Usage: bench/demangle/swift.sh [RUNS] [N]   (env ABIPORTAL=path/to/published/abiportal to skip publishing)
set -euo pipefail
RUNS=${1:-5}
N=${2:-100000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VECTORS="$ROOT/../shared/testdata/demangle/swift.tsv"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -f "$VECTORS" ] || { echo "missing $VECTORS" >&2; exit 1; }

# Accepted rows: the expectation (without swift-demangle's "{...} " classification tag) differs from the input.
awk -F'\t' '!/^#/ { e = $2; sub(/^\{[^}]*\} /, "", e); if (e != $1) print $1 "\t" e }' "$VECTORS" > "$WORK/rows.tsv"
ROWS=$(wc -l < "$WORK/rows.tsv")
awk -v n="$N" -F'\t' '{ m[NR] = $1; t[NR] = $2 } END { for (i = 0; i < n; i++) { print m[i % NR + 1] > "/dev/stderr"; print t[i % NR + 1] } }' \
  "$WORK/rows.tsv" 2> "$WORK/names.txt" > "$WORK/expected.txt"

if [ -z "${ABIPORTAL:-}" ]; then
  dotnet publish "$ROOT/src/Cli" -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$WORK/publish" > "$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
  ABIPORTAL="$WORK/publish/abiportal"
fi

measure() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$ABIPORTAL" demangle < "$WORK/names.txt" > "$WORK/out.txt" ; } 2>&1 )
  echo "$t" | awk '{printf "%s %.3f\n", $1, $2 + $3}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for i in $(seq "$RUNS"); do measure >> "$WORK/times"; done
WALL=$(cut -d' ' -f1 "$WORK/times" | median)
CPU=$(cut -d' ' -f2 "$WORK/times" | median)
DIFF=$(diff "$WORK/out.txt" "$WORK/expected.txt" | grep -c '^<' || true)
printf 'names: %d (%d distinct accepted rows of swift.tsv, cycled)\n' "$N" "$ROWS"
printf 'abiportal demangle: median wall %.3f s, median CPU %.3f s, %.0f names per CPU second\n' "$WALL" "$CPU" "$(echo "$N / $CPU" | bc -l)"
printf 'lines that differ from swift-demangle: %d\n' "$DIFF"
