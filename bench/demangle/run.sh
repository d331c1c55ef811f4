#!/usr/bin/env bash
# Demangling speed: ~100,000 real C++ symbols from this machine's libraries through
# `abiportal demangle` (published ReadyToRun, and Native AOT) and through `llvm-cxxfilt`, same input file, median of
# RUNS runs each. Prints wall time and CPU time (user+sys): on a shared, loaded machine wall time
# mostly measures the queue, CPU time measures the tool. Also checks that both print the same text
# (llvm-cxxfilt 14 writes "> >" where LLVM 21, our reference, writes ">>"; that is normalised).
# Usage: bench/demangle/run.sh [RUNS]      (env ABIPORTAL=path/to/published/abiportal to time that
# build alone instead of publishing both)
set -euo pipefail
RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LIBDIR=/usr/lib/x86_64-linux-gnu
CXXFILT=${CXXFILT:-llvm-cxxfilt}

for lib in libLLVM-14.so.1 libclang-cpp.so.14 libLLVM-15.so.1 libstdc++.so.6 libabigail.so.1 libboost_regex.so.1.74.0; do
  [ -e "$LIBDIR/$lib" ] && llvm-nm -D --defined-only "$LIBDIR/$lib" | awk '{print $3}' | sed 's/@.*//' | grep '^_Z' || true
done | head -n 100000 > "$WORK/symbols.txt"
COUNT=$(wc -l < "$WORK/symbols.txt")

BUILDS=()
if [ -n "${ABIPORTAL:-}" ]; then
  BUILDS=("given:$ABIPORTAL")
else
  dotnet publish "$ROOT/src/Cli" -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$WORK/r2r" > "$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
  dotnet publish "$ROOT/src/Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$WORK/aot" > "$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
  BUILDS=("ReadyToRun:$WORK/r2r/abiportal" "Native AOT:$WORK/aot/abiportal")
fi

# One timed run: prints "wall cpu" in seconds (bash's time keyword: the command's own user+sys).
measure() {
  local out=$1; shift
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" < "$WORK/symbols.txt" > "$out" ; } 2>&1 )
  echo "$t" | awk '{printf "%s %.3f\n", $1, $2 + $3}'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Interleaved, so that a burst of load on a shared machine hits every tool alike.
for i in $(seq "$RUNS"); do
  for b in "${!BUILDS[@]}"; do
    measure "$WORK/ours$b.txt" "${BUILDS[$b]#*:}" demangle >> "$WORK/ours$b.times"
  done
  measure "$WORK/llvm.txt" "$CXXFILT" >> "$WORK/llvm.times"
done

sed ':a;s/> >/>>/g;ta' "$WORK/llvm.txt" > "$WORK/llvm.normalised.txt"
DIFF=$(diff "$WORK/ours0.txt" "$WORK/llvm.normalised.txt" | grep -c '^<' || true)
for b in "${!BUILDS[@]}"; do
  cmp -s "$WORK/ours0.txt" "$WORK/ours$b.txt" || { echo "the ${BUILDS[$b]%%:*} build printed other text than the first" >&2; exit 1; }
done

printf 'symbols: %d (libLLVM-14, libclang-cpp-14, libLLVM-15, libstdc++, libabigail, boost_regex)\n' "$COUNT"
LLVM_WALL=$(cut -d' ' -f1 "$WORK/llvm.times" | median)
printf '%-30s %10s %10s %14s\n' tool "wall s" "cpu s" "wall / llvm"
for b in "${!BUILDS[@]}"; do
  wall=$(cut -d' ' -f1 "$WORK/ours$b.times" | median)
  printf '%-30s %10.3f %10.3f %14.2f\n' "abiportal (${BUILDS[$b]%%:*})" "$wall" "$(cut -d' ' -f2 "$WORK/ours$b.times" | median)" "$(awk -v a="$wall" -v b="$LLVM_WALL" 'BEGIN {print a / b}')"
done
printf '%-30s %10.3f %10.3f\n' "$CXXFILT" "$LLVM_WALL" "$(cut -d' ' -f2 "$WORK/llvm.times" | median)"
printf 'lines that differ from %s (after > > normalisation): %d\n' "$CXXFILT" "$DIFF"
