#!/bin/sh
# Rebuilds the real-binary D mangling set: compiles names.d with LDC (dmd front end 2.100) and GDC
# (gcc 12), lists the D symbols (_D...) of both objects with llvm-nm and records GNU c++filt's
# D demangler (libiberty's d-demangle.c, `c++filt -s dlang`) for each: LLVM's dlangDemangle prints
# the same text but reads only a few types, so libiberty is the reference for real names.
# Output: names.tsv (mangled<TAB>c++filt output; equal to mangled where c++filt cannot read it).
# Rows where we deliberately print something else are in names-reviewed.tsv.
set -eu
cd "$(dirname "$0")"
ldc2 -c -O0 -d names.d -of=names-ldc.o
gdc -c -O0 -Wno-deprecated names.d -o names-gdc.o
{
    echo "# D symbols from names.d ($(ldc2 --version | head -1 | sed 's/:$//'); $(gdc --version | head -1)),"
    echo "# demangled by $(c++filt --version | head -1) with -s dlang. Rebuild with build.sh."
    for obj in names-ldc.o names-gdc.o; do
        llvm-nm --just-symbol-name "$obj"
    done | grep '^_D' | LC_ALL=C sort -u | while IFS= read -r name; do
        printf '%s\t%s\n' "$name" "$(printf '%s\n' "$name" | c++filt -s dlang)"
    done
} > names.tsv
echo "wrote $(grep -vc '^#' names.tsv) names to names.tsv"
