#!/usr/bin/env bash
# Times `abiportal diff` on the largest pair of real libraries on a Debian machine: libLLVM 14 vs
# 15 (packages libllvm14, libllvm15; ~110 MB and ~45,000 exports each, every symbol moved from
# version node LLVM_14 to LLVM_15). Uses the published ReadyToRun CLI, as users run it.
#   bench/diff/run.sh [runs]      (default 5 runs; prints each run and the median)
# Goal: the whole run, start-up and reading both files included, well under a second.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
old=${OLD:-/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1}
new=${NEW:-/usr/lib/x86_64-linux-gnu/libLLVM-15.so.1}
for f in "$old" "$new"; do
  [ -f "$f" ] || { echo "bench/diff: $f is missing (apt-get install libllvm14 libllvm15)" >&2; exit 1; }
done

# artifacts/ is git-ignored.
out=artifacts/bench-diff
dotnet publish src/Cli -c Release -r linux-x64 -o "$out" -v quiet -nologo >/dev/null
cli="$out/abiportal"

# Warm the page cache so that the runs measure the tool, not the disk.
cat "$old" "$new" >/dev/null
"$cli" diff "$old" "$new" >/dev/null || true

times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  set +e
  "$cli" diff "$old" "$new" >/dev/null
  status=$?
  set -e
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  printf 'run %d: %d ms (exit %d)\n' "$i" "$ms" "$status"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf 'median: %d ms over %d runs\n' "$median" "$runs"
"$cli" diff --json "$old" "$new" | grep -m1 -A6 '"summary"' || true
