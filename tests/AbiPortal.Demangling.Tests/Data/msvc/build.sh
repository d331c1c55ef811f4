#!/bin/sh
# Rebuilds the real-binary Microsoft mangling set: compiles names.cpp for the MSVC ABI with
# clang (64-bit and 32-bit, which mangle differently: __ptr64, __thiscall, __stdcall), lists the
# symbols with llvm-nm and records llvm-undname's output for each one that starts with '?'.
# Output: names.tsv (mangled<TAB>llvm-undname output), sorted and de-duplicated. Names this
# llvm-undname cannot demangle (LLVM 14 predates auto non-type template parameters, `$M`) are
# left out: LLVM 21, the conformance reference, demangles them, so neither answer is checkable here.
set -eu
cd "$(dirname "$0")"
clang++ --target=x86_64-pc-windows-msvc -std=c++17 -O0 -c names.cpp -o names-x64.obj
clang++ --target=i686-pc-windows-msvc -std=c++17 -O0 -c names.cpp -o names-x86.obj
{
    echo "# Microsoft-mangled names from names.cpp (clang $(clang++ --version | head -1 | sed 's/.*version //'), x64 and x86 objects),"
    echo "# demangled by llvm-undname ($(llvm-undname --version | grep -o 'LLVM version [0-9.]*')). Rebuild with build.sh."
    for obj in names-x64.obj names-x86.obj; do
        llvm-nm --just-symbol-name "$obj"
    done | grep '^?' | sort -u | while IFS= read -r name; do
        demangled="$(printf '%s\n' "$name" | llvm-undname 2>/dev/null | sed -n 2p)"
        if [ -n "$demangled" ]; then
            printf '%s\t%s\n' "$name" "$demangled"
        fi
    done
} > names.tsv
echo "wrote $(grep -vc '^#' names.tsv) names to names.tsv"
