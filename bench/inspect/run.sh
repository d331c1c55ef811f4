#!/bin/sh
# Times `abiportal inspect` (text and --json) against `llvm-nm -D --defined-only` on the largest
# ELF library of the machine, as whole runs of published binaries: the median wall time of N
# runs and the largest max RSS. The CLI is published ReadyToRun first (Native AOT is not served
# here), so start-up is part of what is measured, as it is for a user.
#
#   bench/inspect/run.sh [FILE] [RUNS]      (defaults: libLLVM-14.so.1, 7 runs)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FILE=${1:-/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1}
RUNS=${2:-7}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

[ -f "$FILE" ] || { echo "bench: $FILE not found (Debian package libllvm14)" >&2; exit 1; }
command -v llvm-nm >/dev/null || { echo "bench: llvm-nm not found (Debian package llvm)" >&2; exit 1; }

echo "publishing abiportal (Release, linux-x64, ReadyToRun)..." >&2
dotnet publish "$ROOT/src/Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/cli" >/dev/null
CLI="$OUT/cli/abiportal"

# One run: prints "<milliseconds> <max RSS KiB>"; output goes to a file, as a user would redirect it.
run_once() {
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$OUT/rss" "$@" >"$OUT/stdout" 2>/dev/null
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 )) $(cat "$OUT/rss")"
}

# Warm the page cache and the published binary once, then time the three commands interleaved,
# so that load from other processes falls on all of them alike.
"$CLI" inspect "$FILE" >/dev/null; llvm-nm -D --defined-only "$FILE" >/dev/null
: >"$OUT/text"; : >"$OUT/json"; : >"$OUT/nm"
i=0
while [ $i -lt "$RUNS" ]; do
    run_once "$CLI" inspect "$FILE" >>"$OUT/text"
    run_once "$CLI" inspect --json "$FILE" >>"$OUT/json"
    run_once llvm-nm -D --defined-only "$FILE" >>"$OUT/nm"
    i=$((i + 1))
done

summary() {
    median=$(cut -d' ' -f1 "$OUT/$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    rss=$(cut -d' ' -f2 "$OUT/$1" | sort -n | tail -1)
    printf '| %-44s | %8s | %10s |\n' "$2" "$median" "$((rss / 1024))"
}

exports=$("$CLI" inspect --json "$FILE" | grep -o '"exports":\[' | wc -l)
nm_lines=$(llvm-nm -D --defined-only "$FILE" | wc -l)
echo "file: $FILE ($(stat -c %s "$FILE") bytes, llvm-nm lists $nm_lines defined symbols), $RUNS runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-44s | %8s | %10s |\n' "command" "median ms" "max RSS MiB"
printf '|%s|%s|%s|\n' "----------------------------------------------" "----------" "------------"
summary text "abiportal inspect FILE"
summary json "abiportal inspect --json FILE"
summary nm "llvm-nm -D --defined-only FILE"
[ "$exports" = 1 ] || echo "warning: unexpected JSON output" >&2
