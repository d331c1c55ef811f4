#!/bin/sh
# Rebuilds the Microsoft inputs of the stdin filter tests: widgets.cpp compiled by clang for the
# MSVC ABI (x64 and x86) and linked by lld-link into DLLs, listed as a user would: the export table
# by `llvm-objdump -p` and by `llvm-readobj --coff-exports` (dumpbin /EXPORTS's information), and
# the objects' symbols by `llvm-nm` (vftables, RTTI, string literals, deleting destructors).
# Each listing's expected text (<listing>.undname.txt) has every name that starts with '?' replaced
# by llvm-undname's output for it (names llvm-undname cannot read stay as they are).
# The x64 DLL is kept (widgets-x64.dll) for the export-table tests.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for arch in x64:x86_64 x86:i686; do
    name=${arch%%:*}
    clang++ --target="${arch##*:}-pc-windows-msvc" -std=c++17 -O1 -c widgets.cpp -o "$tmp/widgets-$name.obj"
    # No C runtime: operator delete, type_info's vftable and _fltused stay unresolved (never called).
    lld-link /nologo /dll /noentry /nodefaultlib /brepro /force:unresolved /out:"$tmp/widgets-$name.dll" "$tmp/widgets-$name.obj" >/dev/null 2>&1
done
cp "$tmp/widgets-x64.dll" widgets-x64.dll
(cd "$tmp" && llvm-objdump -p widgets-x64.dll widgets-x86.dll) > objdump-p.txt
(cd "$tmp" && llvm-readobj --coff-exports widgets-x64.dll widgets-x86.dll) > readobj-coff-exports.txt
(cd "$tmp" && llvm-nm widgets-x64.obj widgets-x86.obj) > nm.txt
# Every '?' name once, with llvm-undname's text (it echoes each input, then the result unless it fails).
cat objdump-p.txt readobj-coff-exports.txt nm.txt | awk '{print $NF}' | grep '^?' | LC_ALL=C sort -u > "$tmp/names"
llvm-undname < "$tmp/names" 2>/dev/null | awk 'BEGIN { RS = ""; FS = "\n" } NF == 2 { print $1 "\t" $2 }' > "$tmp/map"
for listing in objdump-p readobj-coff-exports nm; do
    awk -F'\t' 'NR == FNR { map[$1] = $2; next }
        { n = split($0, words, " "); last = words[n]
          if (n > 0 && (last in map)) print substr($0, 1, length($0) - length(last)) map[last]; else print }' \
        "$tmp/map" "$listing.txt" > "$listing.undname.txt"
done
echo "$(wc -l < "$tmp/map") Microsoft names in $(cat objdump-p.txt readobj-coff-exports.txt nm.txt | wc -l) listing lines"
