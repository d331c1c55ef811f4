#!/bin/sh
# Times the ABI surface (DWARF → functions, variables, types) on real Debian debug builds
# against abidw (libabigail) and `llvm-dwarfdump --statistics`, as whole runs of published
# binaries: median wall time and median CPU time (user + system) of N runs, and the largest max
# RSS (/usr/bin/time). CPU time is the steadier figure on a shared, loaded machine.
#
#   bench/dwarf/run.sh [RUNS]        (default 3; abidw runs once per library, it is slow)
#
# Libraries (fetched with `apt-get download` into $CACHE, default ~/.cache/abiportal-bench):
#   C:   libc.so.6 with libc6-dbg's build-id debug file (installed libc6 and libc6-dbg must be
#        the same version; apt-get download fetches the candidate, which is what libc6 is after
#        an upgrade), and libdb-5.3.so (libdb5.3) with libdb5.3-dbg's (10 MB of .debug_info).
#   C++: libstdc++6-12-dbg's debug build of libstdc++.so.6.0.30 (4 MB of .debug_info, embedded).
# The surface is read by bench/dwarf/SurfaceDriver (published ReadyToRun), which prints one
# summary line per file; ABIDW_TIMEOUT (default 600 s) bounds each abidw run. With
# ABIPORTAL=path/to/published/abiportal (ReadyToRun or Native AOT), `abiportal inspect --json` of
# the same file is timed too: the user's whole path, surface and snapshot JSON written.
# LIBS="libc libstdc++" picks libraries (default all three; libdb's abidw runs into the timeout).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-3}
CACHE=${CACHE:-$HOME/.cache/abiportal-bench}
ABIDW_TIMEOUT=${ABIDW_TIMEOUT:-600}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
LABEL_WIDTH=40
. "$ROOT/bench/lib.sh"
mkdir -p "$CACHE"

for tool in abidw llvm-dwarfdump; do
    command -v $tool >/dev/null || { echo "bench: $tool not found (Debian packages abigail-tools, llvm)" >&2; exit 1; }
done

fetch() {
    if [ ! -d "$CACHE/$1" ]; then
        (cd "$CACHE" && apt-get download "$1" >/dev/null 2>&1) || { echo "bench: apt-get download $1 failed" >&2; exit 1; }
        mkdir -p "$CACHE/$1" && dpkg-deb -x "$CACHE"/"$1"_*.deb "$CACHE/$1"
    fi
}
fetch libc6-dbg
fetch libdb5.3-dbg
fetch libstdc++6-12-dbg
[ -f /usr/lib/x86_64-linux-gnu/libdb-5.3.so ] || { echo "bench: libdb-5.3.so missing (Debian package libdb5.3)" >&2; exit 1; }

echo "publishing SurfaceDriver (Release, linux-x64, ReadyToRun)..." >&2
dotnet publish "$ROOT/bench/dwarf/SurfaceDriver" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/driver" >/dev/null
DRIVER="$OUT/driver/SurfaceDriver"

bench() {
    name=$1 file=$2 roots=$3
    case " ${LIBS:-libc libdb libstdc++} " in *" $name "*) ;; *) return 0 ;; esac
    : >"$OUT/$name.ours"; : >"$OUT/$name.abidw"; : >"$OUT/$name.stats"; : >"$OUT/$name.cli"
    if [ -n "$roots" ]; then
        set -- --debug-root="$roots"; abidw_dir="--debug-info-dir $roots"
        debug="$roots/.build-id/$(readelf -n "$file" | sed -n 's/.*Build ID: \(..\)\(.*\)/\1\/\2/p').debug"
        [ -f "$debug" ] || { echo "bench: $debug missing: the installed library and the -dbg package differ in version" >&2; exit 1; }
    else
        set --; abidw_dir=""; debug=$file
    fi
    "$DRIVER" "$@" "$file"
    i=0
    while [ $i -lt "$RUNS" ]; do
        run_once "$DRIVER" "$@" "$file" >>"$OUT/$name.ours"
        run_once llvm-dwarfdump --statistics "$debug" >>"$OUT/$name.stats"
        if [ -n "${ABIPORTAL:-}" ]; then run_once "$ABIPORTAL" inspect --json "$@" "$file" >>"$OUT/$name.cli"; fi
        i=$((i + 1))
    done
    # shellcheck disable=SC2086
    run_once timeout "$ABIDW_TIMEOUT" abidw $abidw_dir "$file" >>"$OUT/$name.abidw"
    echo
    echo "$name: $file (debug info: $debug, $(stat -c %s "$debug") bytes), $RUNS runs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    printf '| %-40s | %9s | %8s | %11s |\n' "command" "median ms" "CPU ms" "max RSS MiB"
    printf '|%s|%s|%s|%s|\n' "------------------------------------------" "-----------" "----------" "-------------"
    summary "$name.ours" "ABI surface (SurfaceDriver)"
    if [ -n "${ABIPORTAL:-}" ]; then summary "$name.cli" "abiportal inspect --json"; fi
    summary "$name.abidw" "abidw (once; timeout ${ABIDW_TIMEOUT}s)"
    summary "$name.stats" "llvm-dwarfdump --statistics"
}

bench libc /lib/x86_64-linux-gnu/libc.so.6 "$CACHE/libc6-dbg/usr/lib/debug"
bench libdb /usr/lib/x86_64-linux-gnu/libdb-5.3.so "$CACHE/libdb5.3-dbg/usr/lib/debug"
bench libstdc++ "$CACHE/libstdc++6-12-dbg/usr/lib/x86_64-linux-gnu/debug/libstdc++.so.6.0.30" ""
