#!/usr/bin/env bash
# Times the type-aware diff on ABI surfaces the size of a large C++ library's (libLLVM: ~45,000
# exported functions, ~250,000 types knotted by pointers) and of a C library with ~10 MB of
# .debug_info (~15,000 types, ~3,000 functions), each with a share of its classes grown, enums
# renumbered and parameters retyped. SurfaceGenerator writes the two snapshot JSON files and
# times SnapshotDiffer.Compare in process (the diff alone: what a diff of two binaries adds to
# reading their debug info); then the published ReadyToRun CLI times `abiportal diff OLD.json
# NEW.json` whole (reading ~190 MB of JSON per side dominates at libLLVM size).
#   bench/typediff/run.sh [runs] [changed-percent]    (defaults: 5 runs, 1%)
# Then a real one: libdb-5.3.so (Debian libdb5.3) with libdb5.3-dbg's debug file (10 MB of
# .debug_info), fetched with apt-get download into $CACHE as bench/dwarf/run.sh does; its new
# side is the same surface with a share of its structs grown, and `abiportal diff` of the library
# with itself times the whole CLI path (reading both sides' debug info included).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
pct=${2:-1}
out=artifacts/bench-typediff
mkdir -p "$out"
dotnet publish src/Cli -c Release -r linux-x64 -o "$out/cli" -v quiet -nologo >/dev/null
dotnet build bench/typediff/SurfaceGenerator -c Release -o "$out/generator" -v quiet -nologo >/dev/null
cli="$out/cli/abiportal"

for size in "c-library 15000 3000" "libllvm 120000 45000"; do
  read -r name classes functions <<<"$size"
  echo "== $name: $classes classes, $functions functions, $pct% changed"
  "$out/generator/SurfaceGenerator" "$out/$name" "$classes" "$functions" "$pct" --time
  cat "$out/$name/old.json" "$out/$name/new.json" >/dev/null
  walls=() cpus=() rss=0
  for i in $(seq "$runs"); do
    set +e
    /usr/bin/time -o "$out/time.txt" -f "%e %U %S %M" "$cli" diff "$out/$name/old.json" "$out/$name/new.json" >/dev/null
    set -e
    # time prints "Command exited with non-zero status 12" first when the diff finds a break.
    read -r wall user sys kb < <(tail -1 "$out/time.txt")
    walls+=("$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
    (( kb > rss )) && rss=$kb
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf 'abiportal diff OLD.json NEW.json: median %d ms wall, %d ms CPU, max RSS %d MiB over %d runs\n' \
    "$(median "${walls[@]}")" "$(median "${cpus[@]}")" $(( rss / 1024 )) "$runs"
done
CACHE=${CACHE:-$HOME/.cache/abiportal-bench}
libdb=/usr/lib/x86_64-linux-gnu/libdb-5.3.so
if [ -f "$libdb" ]; then
  mkdir -p "$CACHE"
  if [ ! -d "$CACHE/libdb5.3-dbg" ]; then
    (cd "$CACHE" && apt-get download libdb5.3-dbg >/dev/null 2>&1) || { echo "bench: apt-get download libdb5.3-dbg failed" >&2; exit 1; }
    mkdir -p "$CACHE/libdb5.3-dbg" && dpkg-deb -x "$CACHE"/libdb5.3-dbg_*.deb "$CACHE/libdb5.3-dbg"
  fi
  root="$CACHE/libdb5.3-dbg/usr/lib/debug"
  echo "== libdb (real, 10 MB of .debug_info): $pct% of structs grown"
  "$out/generator/SurfaceGenerator" "$out/libdb" 0 0 "$pct" --time "--real=$libdb" "--debug-root=$root"
  /usr/bin/time -o "$out/time.txt" -f "%e %U %S %M" "$cli" diff --debug-root "$root" "$libdb" "$libdb" >/dev/null || true
  read -r wall user sys kb < <(tail -1 "$out/time.txt")
  printf 'abiportal diff libdb-5.3.so libdb-5.3.so (both read with debug info): %s s wall, %s s CPU, max RSS %d MiB\n' "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" $(( kb / 1024 ))
else
  echo "(libdb-5.3.so is missing: apt-get install libdb5.3 for the real row)"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
