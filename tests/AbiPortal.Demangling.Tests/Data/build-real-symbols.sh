#!/bin/sh
# Rebuilds real-symbols.tsv: mangled C++ symbols exported by this machine's C++ libraries, with the
# text llvm-cxxfilt prints for them. A sample of every Nth distinct name per library keeps the file
# small while covering each library's style (LLVM, Clang, libstdc++, Boost, gRPC, libabigail).
# llvm-cxxfilt 14 prints "> >" between template closers where LLVM 21 (our reference) prints ">>",
# so closers are normalised. Rows where LLVM 14 and 21 genuinely differ are listed in
# real-symbols-llvm21.tsv with the LLVM 21 text and override the rows here (see the test).
set -eu
cd "$(dirname "$0")"
LIB=/usr/lib/x86_64-linux-gnu
out=real-symbols.tsv
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
  echo "# Real C++ symbols (llvm-nm -D --defined-only) and llvm-cxxfilt $(llvm-cxxfilt --version | sed -n 's/.*version \([0-9.]*\).*/\1/p') output, '> >' normalised to '>>'."
  echo "# Rebuild with build-real-symbols.sh. Columns: mangled<TAB>demangled."
} > "$out"
for spec in libLLVM-15.so.1:40 libclang-cpp.so.14:60 libstdc++.so.6:6 libboost_regex.so.1.74.0:3 libgrpc++.so.1.51:4 libabigail.so.1:12; do
  lib=${spec%%:*}
  step=${spec##*:}
  llvm-nm -D --defined-only "$LIB/$lib" | awk '{print $3}' | sed 's/@.*//' | grep '^_Z' | LC_ALL=C sort -u | awk -v s="$step" 'NR % s == 0'
done | LC_ALL=C sort -u > "$tmp"
llvm-cxxfilt < "$tmp" | sed ':a;s/> >/>>/g;ta' | paste "$tmp" - >> "$out"
echo "$(grep -vc '^#' "$out") symbols in $out"
