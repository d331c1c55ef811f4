#!/bin/sh
# Rebuilds the real-binary D mangling set: compiles names.d with LDC (dmd front end 2.100) and GDC
# (gcc 12), lists the D symbols (_D...) of both objects with llvm-nm and records GNU c++filt's
# D demangler (libiberty's d-demangle.c, `c++filt -s dlang`) for each: LLVM's dlangDemangle prints
# the same text but reads only a few types, so libiberty is the reference for real names.
# Output: names.tsv (mangled<TAB>c++filt output; equal to mangled where c++filt cannot read it).
# Rows where we deliberately print something else are in names-reviewed.tsv.
# For the stdin filter: nm.txt (`llvm-nm` of both objects) and nm.cxxfilt.txt (that listing through
# `c++filt -s dlang`, then `c++filt` for the one extern(C++) name, with the reviewed rows applied).
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
llvm-nm names-ldc.o names-gdc.o > nm.txt
c++filt -s dlang < nm.txt | c++filt | awk -F'\t' 'NR == FNR { if ($0 !~ /^#/) map[$1] = $2; next }
    { n = split($0, words, " "); last = words[n]
      if (n > 0 && (last in map)) print substr($0, 1, length($0) - length(last)) map[last]; else print }' names-reviewed.tsv - > nm.cxxfilt.txt
echo "wrote $(grep -vc '^#' names.tsv) names to names.tsv, $(wc -l < nm.txt) lines to nm.txt"
