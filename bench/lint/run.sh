#!/bin/sh
# Times `abiportal lint` on libLLVM-14 (110 MB, 44,000 exports, 34,000 exported functions decoded
# along their control flow) and on the Debian libraries docs/lint.md lists, as whole runs of the
# published CLI (ReadyToRun, so start-up is part of what is measured, as it is for a user): the
# median wall time and the median CPU time (user + system) of N runs, and the largest max RSS.
# CPU time is the steadier figure on a shared, loaded machine; the goal is libLLVM-14 under 2 s.
# The findings of each library are printed at the end (docs/lint.md explains each).
#
#   bench/lint/run.sh [RUNS]          (default 7 runs)
#   ABIPORTAL=/path/to/published/abiportal bench/lint/run.sh   times that build instead
#
# Libraries that are not installed are fetched with `apt-get download` and unpacked with
# `dpkg-deb -x` into a temporary folder (Debian packages: libllvm14 zlib1g libssl3 libcurl4
# libpython3.11 libstdc++6).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-7}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
LABEL_WIDTH=34
. "$ROOT/bench/lib.sh"
LIB=/usr/lib/x86_64-linux-gnu

bench_cli

# library <file> <Debian package>: the installed file, else the package's copy unpacked here.
library() {
    if [ -f "$LIB/$1" ]; then
        echo "$LIB/$1"
        return
    fi
    mkdir -p "$OUT/deb"
    (cd "$OUT/deb" && apt-get download "$2" >/dev/null 2>&1 && dpkg-deb -x "$2"_*.deb root) || { echo "bench: cannot get $2" >&2; return 1; }
    echo "$OUT/deb/root/$LIB/$1"
}

LLVM=$(library libLLVM-14.so.1 libllvm14)
"$CLI" lint "$LLVM" >/dev/null || true
: >"$OUT/llvm"
i=0
while [ $i -lt "$RUNS" ]; do
    run_once "$CLI" lint "$LLVM" >>"$OUT/llvm"
    i=$((i + 1))
done

echo "file: $LLVM ($(stat -c %s "$LLVM") bytes), $RUNS runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-34s | %9s | %8s | %11s |\n' "command" "median ms" "CPU ms" "max RSS MiB"
printf '|%s|%s|%s|%s|\n' "------------------------------------" "-----------" "----------" "-------------"
summary llvm "abiportal lint libLLVM-14.so.1"
"$CLI" lint "$LLVM" | sed -n 2p

echo
echo "findings on Debian's well-kept libraries:"
for pair in libz.so.1:zlib1g libcrypto.so.3:libssl3 libcurl.so.4:libcurl4 libpython3.11.so.1.0:libpython3.11 libstdc++.so.6:libstdc++6 libLLVM-14.so.1:libllvm14; do
    file=$(library "${pair%%:*}" "${pair#*:}") || continue
    printf '%-24s ' "${pair%%:*}"
    "$CLI" lint "$file" | head -1 | sed 's/^[^:]*: //'
    "$CLI" lint "$file" | grep -E '^(error|warning|note) ' | sed 's/^/    /' || true
done
