#!/usr/bin/env bash
# Two Debian security updates of a real debug package, compared type by type: libc.so.6 of the
# two libc6 versions the mirror serves (bookworm and bookworm-security), each with its
# libc6-dbg build-id debug file, fetched with `apt-get download` into $CACHE/security-updates.
#   bench/typediff/security-updates.sh [runs]       (default 3)
# Prints, for the published ReadyToRun CLI:
#   - `abiportal diff OLD NEW --old-debug-file … --new-debug-file …`: both sides' debug info read
#     (2,063 units each) and compared, whole run;
#   - `abiportal diff OLD.json NEW.json`: the type-aware diff of the two surfaces alone (the
#     snapshots written once by `abiportal inspect --json`), whole run;
# and abidiff (libabigail) once on the same files as the reference, with its verdict bits.
# Only versions the mirror serves can be compared: apt-cache madison libc6-dbg lists them.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
CACHE=${CACHE:-$HOME/.cache/abiportal-bench}/security-updates
out=artifacts/bench-security-updates
mkdir -p "$CACHE" "$out"
mapfile -t versions < <(apt-cache madison libc6-dbg | awk -F'|' '{gsub(/ /, "", $2); print $2}' | sort -u -V)
if (( ${#versions[@]} < 2 )); then
  echo "bench: the mirror serves only ${versions[*]:-no version} of libc6-dbg; two are needed" >&2
  exit 1
fi
old=${versions[0]} new=${versions[-1]}
fetch() {
  local package=$1 version=$2 dir="$CACHE/$1_$2"
  if [ ! -d "$dir" ]; then
    (cd "$CACHE" && apt-get download "$package=$version" >/dev/null 2>&1) || { echo "bench: apt-get download $package=$version failed" >&2; exit 1; }
    mkdir -p "$dir" && dpkg-deb -x "$CACHE/${package}_${version//:/%3a}_amd64.deb" "$dir"
  fi
}
side() {
  local version=$1
  fetch libc6 "$version"
  fetch libc6-dbg "$version"
  lib="$CACHE/libc6_$version/lib/x86_64-linux-gnu/libc.so.6"
  id=$(readelf -n "$lib" | sed -n 's/.*Build ID: \(..\)\(.*\)/\1\/\2/p')
  debug="$CACHE/libc6-dbg_$version/usr/lib/debug/.build-id/$id.debug"
  [ -f "$debug" ] || { echo "bench: $debug missing" >&2; exit 1; }
  echo "$lib $debug"
}
read -r old_lib old_debug < <(side "$old")
read -r new_lib new_debug < <(side "$new")
dotnet publish src/Cli -c Release -r linux-x64 -o "$out/cli" -v quiet -nologo >/dev/null
cli="$out/cli/abiportal"
"$cli" inspect --json --debug-file "$old_debug" "$old_lib" >"$out/old.json"
"$cli" inspect --json --debug-file "$new_debug" "$new_lib" >"$out/new.json"

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() {
  local label=$1; shift
  local walls=() cpus=() rss=0 status=0
  for _ in $(seq "$runs"); do
    set +e
    /usr/bin/time -o "$out/time.txt" -f "%e %U %S %M" "$@" >"$out/stdout.txt" 2>&1
    status=$?
    set -e
    read -r wall user sys kb < <(tail -1 "$out/time.txt")
    walls+=("$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
    (( kb > rss )) && rss=$kb
  done
  printf '%s: median %d ms wall, %d ms CPU, max RSS %d MiB over %d runs (exit %d)\n' \
    "$label" "$(median "${walls[@]}")" "$(median "${cpus[@]}")" $(( rss / 1024 )) "$runs" "$status"
}
echo "== libc6 $old -> $new (libc6-dbg debug files by build id)"
timed "abiportal diff (both sides' debug info read)" "$cli" diff "$old_lib" "$new_lib" --old-debug-file "$old_debug" --new-debug-file "$new_debug"
sed -n '1,40p' "$out/stdout.txt"
timed "abiportal diff OLD.json NEW.json (the type-aware diff of the two surfaces)" "$cli" diff "$out/old.json" "$out/new.json"
if command -v abidiff >/dev/null; then
  runs_saved=$runs; runs=1
  timed "abidiff --d1 --d2 (reference)" abidiff --d1 "$CACHE/libc6-dbg_$old/usr/lib/debug" --d2 "$CACHE/libc6-dbg_$new/usr/lib/debug" "$old_lib" "$new_lib"
  runs=$runs_saved
  sed -n '1,30p' "$out/stdout.txt"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
