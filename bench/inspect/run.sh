#!/bin/sh
# Times `abiportal inspect` (raw and demangled table, --json) against `llvm-nm -D --defined-only`
# (without and with -C) on the largest ELF library of the machine, and `abiportal diff` of two
# snapshot JSON files (FILE's and OTHER's, written by `inspect --json` first), as whole runs of
# published binaries: the median wall time and the median CPU time (user + system) of N runs,
# and the largest max RSS. CPU time is the steadier figure on a shared, loaded machine. The CLI
# is published ReadyToRun first (Native AOT is not served here), so start-up is part of what is
# measured, as it is for a user.
#
#   bench/inspect/run.sh [FILE] [RUNS] [OTHER]
#   (defaults: libLLVM-14.so.1, 7 runs, libLLVM-15.so.1 or FILE itself when that is missing)
#   ABIPORTAL=/path/to/published/abiportal bench/inspect/run.sh   times that build instead
#   (e.g. one published from an older commit, for before/after numbers).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FILE=${1:-/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1}
RUNS=${2:-7}
OTHER=${3:-/usr/lib/x86_64-linux-gnu/libLLVM-15.so.1}
[ -f "$OTHER" ] || OTHER=$FILE
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
LABEL_WIDTH=44
. "$ROOT/bench/lib.sh"

[ -f "$FILE" ] || { echo "bench: $FILE not found (Debian package libllvm14)" >&2; exit 1; }
command -v llvm-nm >/dev/null || { echo "bench: llvm-nm not found (Debian package llvm)" >&2; exit 1; }

bench_cli

# Warm the page cache and the published binary once, then time the commands interleaved,
# so that load from other processes falls on all of them alike.
"$CLI" inspect "$FILE" >/dev/null; llvm-nm -D --defined-only "$FILE" >/dev/null
"$CLI" inspect --json "$FILE" >"$OUT/old.json"; "$CLI" inspect --json "$OTHER" >"$OUT/new.json"
: >"$OUT/text"; : >"$OUT/raw"; : >"$OUT/json"; : >"$OUT/nm"; : >"$OUT/nmc"; : >"$OUT/diff"
i=0
while [ $i -lt "$RUNS" ]; do
    run_once "$CLI" inspect "$FILE" >>"$OUT/text"
    run_once "$CLI" inspect --raw "$FILE" >>"$OUT/raw"
    run_once "$CLI" inspect --json "$FILE" >>"$OUT/json"
    run_once llvm-nm -D --defined-only "$FILE" >>"$OUT/nm"
    run_once llvm-nm -D --defined-only -C "$FILE" >>"$OUT/nmc"
    run_once "$CLI" diff "$OUT/old.json" "$OUT/new.json" >>"$OUT/diff"
    i=$((i + 1))
done

exports=$("$CLI" inspect --json "$FILE" | grep -o '"exports":\[' | wc -l)
nm_lines=$(llvm-nm -D --defined-only "$FILE" | wc -l)
echo "file: $FILE ($(stat -c %s "$FILE") bytes, llvm-nm lists $nm_lines defined symbols), $RUNS runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "diff: snapshot JSON of FILE ($(stat -c %s "$OUT/old.json") bytes) and of $OTHER ($(stat -c %s "$OUT/new.json") bytes)"
echo
printf '| %-44s | %9s | %8s | %11s |\n' "command" "median ms" "CPU ms" "max RSS MiB"
printf '|%s|%s|%s|%s|\n' "----------------------------------------------" "-----------" "----------" "-------------"
summary raw "abiportal inspect --raw FILE"
summary nm "llvm-nm -D --defined-only FILE"
summary text "abiportal inspect FILE (demangled)"
summary nmc "llvm-nm -D --defined-only -C FILE"
summary json "abiportal inspect --json FILE"
summary diff "abiportal diff OLD.json NEW.json"
[ "$exports" = 1 ] || echo "warning: unexpected JSON output" >&2
