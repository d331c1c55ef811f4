#!/usr/bin/env bash
# Times `abiportal matrix` on one real C++ library built for two platforms by Debian: GCC 12's
# libstdc++ for Linux (package libstdc++6) and for 64-bit Windows by mingw-w64 (package
# g++-mingw-w64-x86-64-posix), 4,000 exports each, every C++ name demangled and keyed by its
# signature, the LP64/LLP64 twins paired. Uses the published ReadyToRun CLI, as users run it.
#   bench/matrix/run.sh [runs]      (default 5 runs; prints each run's wall and CPU time, and the medians)
# Goal: the whole run, start-up and reading both files included, well under a second of CPU.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
linux=${LINUX:-/usr/lib/x86_64-linux-gnu/libstdc++.so.6}
windows=${WINDOWS:-/usr/lib/gcc/x86_64-w64-mingw32/12-posix/libstdc++-6.dll}
for f in "$linux" "$windows"; do
  [ -f "$f" ] || { echo "bench/matrix: $f is missing (apt-get install libstdc++6 g++-mingw-w64-x86-64-posix)" >&2; exit 1; }
done

# artifacts/ is git-ignored.
out=artifacts/bench-matrix
dotnet publish src/Cli -c Release -r linux-x64 -o "$out" -v quiet -nologo >/dev/null
cli="$out/abiportal"
args=(matrix --platform "linux-x86_64=$linux" --platform "windows-x86_64=$windows")

# Warm the page cache so that the runs measure the tool, not the disk.
cat "$linux" "$windows" >/dev/null
"$cli" "${args[@]}" >/dev/null || true

walls=(); cpus=()
for i in $(seq "$runs"); do
  set +e
  report=$( { /usr/bin/time -f '%e %U %S %M' "$cli" "${args[@]}" >/dev/null; } 2>&1 | tail -1)
  set -e
  read -r wall user sys rss <<<"$report"
  wall_ms=$(awk -v w="$wall" 'BEGIN {printf "%d", w * 1000}')
  cpu_ms=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
  walls+=("$wall_ms"); cpus+=("$cpu_ms")
  printf 'run %d: %d ms wall, %d ms CPU, %d KiB max RSS\n' "$i" "$wall_ms" "$cpu_ms" "$rss"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'median: %d ms wall, %d ms CPU over %d runs\n' "$(median "${walls[@]}")" "$(median "${cpus[@]}")" "$runs"
"$cli" "${args[@]}" | sed -n '1,4p' || true
