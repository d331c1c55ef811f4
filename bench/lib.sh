# Shared by the timed bench scripts (dwarf, inspect, lint). Source it once ROOT (the repository)
# and OUT (a temporary folder the script removes) are set. LABEL_WIDTH sets the width of the first
# column of summary tables (default 40).

# The CLI to time: $ABIPORTAL when set (for example the Native AOT build), else abiportal
# published ReadyToRun into $OUT/cli. Sets CLI.
bench_cli() {
    if [ -n "${ABIPORTAL:-}" ]; then
        CLI=$ABIPORTAL
    else
        echo "publishing abiportal (Release, linux-x64, ReadyToRun)..." >&2
        dotnet publish "$ROOT/src/Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/cli" >/dev/null
        CLI="$OUT/cli/abiportal"
    fi
}

# One run of a command: prints "<wall ms> <max RSS KiB> <CPU ms>". Its output goes to a file, as
# a user would redirect it; the exit status is not checked (diff and lint exit non-zero when they
# find something). GNU time puts "Command exited with non-zero status" before the figures: the
# last line holds them.
run_once() {
    start=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$OUT/rss" "$@" >"$OUT/stdout" 2>/dev/null || true
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 )) $(tail -1 "$OUT/rss" | awk '{printf "%d %d", $1, ($2 + $3) * 1000}')"
}

# summary FILE LABEL: one table row from the run_once lines in $OUT/FILE: median wall ms, median
# CPU ms, largest max RSS in MiB.
summary() {
    median=$(cut -d' ' -f1 "$OUT/$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    rss=$(cut -d' ' -f2 "$OUT/$1" | sort -n | tail -1)
    cpu=$(cut -d' ' -f3 "$OUT/$1" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    printf "| %-${LABEL_WIDTH:-40}s | %9s | %8s | %11s |\n" "$2" "$median" "$cpu" "$((rss / 1024))"
}
