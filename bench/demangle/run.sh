#!/usr/bin/env bash
# Demangling speed: ~100,000 real C++ symbols from this machine's libraries through
# `abiportal demangle` (published ReadyToRun) and through `llvm-cxxfilt`, same input file, median of
# RUNS runs each. Prints wall time and CPU time (user+sys): on a shared, loaded machine wall time
# mostly measures the queue, CPU time measures the tool. Also checks that both print the same text
# (llvm-cxxfilt 14 writes "> >" where LLVM 21, our reference, writes ">>"; that is normalised).
# Usage: bench/demangle/run.sh [RUNS]      (env ABIPORTAL=path/to/published/abiportal to skip publishing)
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

if [ -z "${ABIPORTAL:-}" ]; then
  dotnet publish "$ROOT/src/Cli" -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$WORK/publish" > "$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
  ABIPORTAL="$WORK/publish/abiportal"
fi

# One timed run: prints "wall cpu" in seconds.
measure() {
  local out=$1; shift
  local start end t0 t1
  t0=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  start=$(date +%s.%N)
  "$@" < "$WORK/symbols.txt" > "$out"
  end=$(date +%s.%N)
  t1=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
  # /proc/PID/stat fields 16-17 are the CPU ticks of waited-for children.
  echo "$(echo "$end - $start" | bc -l) $(echo "($t1 - $t0) / $(getconf CLK_TCK)" | bc -l)"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for i in $(seq "$RUNS"); do
  measure "$WORK/ours.txt" "$ABIPORTAL" demangle >> "$WORK/ours.times"
  measure "$WORK/llvm.txt" "$CXXFILT" >> "$WORK/llvm.times"
done

sed ':a;s/> >/>>/g;ta' "$WORK/llvm.txt" > "$WORK/llvm.normalised.txt"
DIFF=$(diff "$WORK/ours.txt" "$WORK/llvm.normalised.txt" | grep -c '^<' || true)

printf 'symbols: %d (libLLVM-14, libclang-cpp-14, libLLVM-15, libstdc++, libabigail, boost_regex)\n' "$COUNT"
printf '%-22s %10s %10s\n' tool "wall s" "cpu s"
printf '%-22s %10.3f %10.3f\n' "abiportal demangle" "$(cut -d' ' -f1 "$WORK/ours.times" | median)" "$(cut -d' ' -f2 "$WORK/ours.times" | median)"
printf '%-22s %10.3f %10.3f\n' "$CXXFILT" "$(cut -d' ' -f1 "$WORK/llvm.times" | median)" "$(cut -d' ' -f2 "$WORK/llvm.times" | median)"
printf 'lines that differ from %s (after > > normalisation): %d\n' "$CXXFILT" "$DIFF"
