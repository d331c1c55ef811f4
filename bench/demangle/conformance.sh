#!/usr/bin/env bash
# Demangling conformance on names from real binaries that are not in the repository: every mangled
# name this machine's libraries export, through the library (`abiportal demangle NAME...`, which calls
# Demangler.Demangle per argument) and through the standard-input filter (`abiportal demangle < FILE`),
# each compared line for line with the reference demangler of its scheme:
#   Itanium  Debian's libLLVM 14/15, libclang-cpp, libstdc++, libabigail, Boost.Regex and rustup's
#            libLLVM 22 (.dynsym), against LLVM 22's llvm::demangle (llvm-demangle.cpp, built against
#            that libLLVM) or, without rustup, llvm-cxxfilt 14 with "> >" read as ">>".
#   Rust     Debian's libstd-*.so (rustc 1.63: legacy mangling) and rustup's librustc_driver and
#            libstd (v0), against rustc-demangle 0.1.27 (the rustfilt filter of
#            tests/AbiPortal.Demangling.Tests/Data/filter/rust/rustfilt.rs, built against the rustup
#            sysroot's rustc_demangle), with hashes (`rustfilt -h`) and without (`--format=alt`).
#   Microsoft libstdc++'s templates compiled by clang for the MSVC ABI (stl-msvc.cpp, x64 and x86),
#            against LLVM 22's microsoftDemangle or, without rustup, llvm-undname 14.
#   D        Phobos and druntime (LDC's and GDC's shared libraries), against GNU c++filt -s dlang on
#            the names it reads (the others are counted apart).
# A set whose binaries or tools are missing is skipped. Usage: bench/demangle/conformance.sh
# (env ABIPORTAL=path/to/abiportal to skip publishing).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LIB=/usr/lib/x86_64-linux-gnu
RUSTUP=$(ls -d "$HOME"/.rustup/toolchains/stable-*/ 2>/dev/null | head -1 || true)
RUSTUP_LLVM=$(ls "$RUSTUP"lib/libLLVM.so.* 2>/dev/null | head -1 || true)

if [ -z "${ABIPORTAL:-}" ]; then
  dotnet publish "$ROOT/src/Cli" -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$WORK/publish" > "$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
  ABIPORTAL="$WORK/publish/abiportal"
fi

if [ -n "$RUSTUP_LLVM" ]; then
  g++ -O2 -std=c++17 "$ROOT/bench/demangle/llvm-demangle.cpp" -o "$WORK/llvm-demangle" "$RUSTUP_LLVM" -Wl,-rpath,"$(dirname "$RUSTUP_LLVM")"
  itanium_ref() { "$WORK/llvm-demangle" whole; }
  msvc_ref() { "$WORK/llvm-demangle" undname; }
  REFS="LLVM 22 ($(basename "$RUSTUP_LLVM"))"
else
  itanium_ref() { llvm-cxxfilt | sed ':a;s/> >/>>/g;ta'; }
  # llvm-undname echoes each name, then the result unless it fails, then a blank line.
  msvc_ref() { llvm-undname 2>/dev/null | awk 'BEGIN { RS = ""; FS = "\n" } { print (NF == 2 ? $2 : $1) }'; }
  REFS="llvm-cxxfilt / llvm-undname 14"
fi

# compare NAME FILE REFERENCE-OUTPUT [OPTIONS...]: library and filter against the reference, line for line.
compare() {
  local name=$1 names=$2 ref=$3; shift 3
  local total lib filter
  total=$(wc -l < "$names")
  [ "$total" -gt 0 ] || { printf '%-34s skipped (no names)\n' "$name"; return; }
  xargs -d '\n' -n 2000 "$ABIPORTAL" demangle "$@" < "$names" > "$WORK/lib.out"
  "$ABIPORTAL" demangle "$@" < "$names" > "$WORK/filter.out"
  lib=$(paste -d '\n' "$ref" "$WORK/lib.out" | awk 'NR % 2 == 1 { r = $0; next } $0 == r { n++ } END { print n + 0 }')
  filter=$(paste -d '\n' "$ref" "$WORK/filter.out" | awk 'NR % 2 == 1 { r = $0; next } $0 == r { n++ } END { print n + 0 }')
  printf '%-34s %8d  library %8d (%7.3f%%)  filter %8d (%7.3f%%)\n' "$name" "$total" "$lib" "$(echo "100 * $lib / $total" | bc -l)" "$filter" "$(echo "100 * $filter / $total" | bc -l)"
  paste "$names" "$ref" "$WORK/lib.out" | awk -F'\t' '$2 != $3' | head -n 3 | sed 's/^/    differs: /' >&2 || true
}

defined_names() { for f in "$@"; do [ -e "$f" ] && llvm-nm -D --defined-only "$f" 2>/dev/null | awk '{print $3}' | sed 's/@.*//'; done | LC_ALL=C sort -u; }

echo "references: $REFS; rustc-demangle via rustfilt.rs; c++filt -s dlang"

# Itanium C++.
defined_names $LIB/libLLVM-14.so.1 $LIB/libclang-cpp.so.14 $LIB/libLLVM-15.so.1 $LIB/libstdc++.so.6 $LIB/libabigail.so.1 $LIB/libboost_regex.so.1.74.0 $RUSTUP_LLVM | grep '^_Z' > "$WORK/itanium" || true
itanium_ref < "$WORK/itanium" > "$WORK/itanium.ref"
compare "Itanium (C++ libraries)" "$WORK/itanium" "$WORK/itanium.ref"

# Rust.
if [ -n "$RUSTUP" ] && [ -x "$RUSTUP/bin/rustc" ]; then
  RUSTC_BOOTSTRAP=1 "$RUSTUP/bin/rustc" -O "$ROOT/tests/AbiPortal.Demangling.Tests/Data/filter/rust/rustfilt.rs" -o "$WORK/rustfilt"
  defined_names $LIB/libstd-*.so "$RUSTUP"lib/librustc_driver-*.so "$RUSTUP"lib/rustlib/x86_64-unknown-linux-gnu/lib/libstd-*.so | grep -E '^_(ZN|R)' > "$WORK/rust" || true
  # The legacy names whose path holds '..' (trait impls, generic code): the names the old detection cut short.
  grep '^_ZN.*\.\.' "$WORK/rust" > "$WORK/rust-dots" || true
  "$WORK/rustfilt" -h < "$WORK/rust" > "$WORK/rust.ref"
  "$WORK/rustfilt" < "$WORK/rust" > "$WORK/rust-alt.ref"
  "$WORK/rustfilt" -h < "$WORK/rust-dots" > "$WORK/rust-dots.ref"
  compare "Rust (rustfilt -h)" "$WORK/rust" "$WORK/rust.ref"
  compare "Rust (rustfilt, --format=alt)" "$WORK/rust" "$WORK/rust-alt.ref" --format=alt
  compare "  of which legacy with '..'" "$WORK/rust-dots" "$WORK/rust-dots.ref"
else
  echo "Rust: skipped (no rustup toolchain for rustc-demangle)"
fi

# Microsoft C++.
for target in x86_64 i686; do
  clang++ --target=$target-pc-windows-msvc -std=c++17 -O1 -c "$ROOT/bench/demangle/stl-msvc.cpp" -o "$WORK/stl-$target.obj" \
    -nostdinc++ -nostdlibinc -isystem /usr/include/c++/12 -isystem /usr/include/x86_64-linux-gnu/c++/12 \
    -isystem "$(clang -print-resource-dir)/include" -isystem /usr/include/x86_64-linux-gnu -isystem /usr/include \
    -U_WIN32 -U_WIN64 -D__linux__ -D__GCC_ATOMIC_TEST_AND_SET_TRUEVAL=1 -Wno-everything 2>/dev/null || true
done
for obj in "$WORK"/stl-*.obj; do [ -e "$obj" ] && llvm-nm "$obj" | awk '{print $NF}'; done | grep '^?' | LC_ALL=C sort -u > "$WORK/msvc" || true
msvc_ref < "$WORK/msvc" > "$WORK/msvc.ref"
compare "Microsoft (clang-cl, libstdc++)" "$WORK/msvc" "$WORK/msvc.ref"

# D: only the names c++filt reads are a reference; the rest are counted.
defined_names $LIB/libphobos2-ldc-shared.so.100 $LIB/libdruntime-ldc-shared.so.100 $LIB/libgphobos.so.3 $LIB/libgdruntime.so.3 | grep '^_D' > "$WORK/dlang-all" || true
c++filt -s dlang < "$WORK/dlang-all" | paste "$WORK/dlang-all" - | awk -F'\t' '$1 != $2' > "$WORK/dlang.tsv"
cut -f1 "$WORK/dlang.tsv" > "$WORK/dlang"
cut -f2 "$WORK/dlang.tsv" > "$WORK/dlang.ref"
compare "D (names c++filt reads)" "$WORK/dlang" "$WORK/dlang.ref"
raw=$(c++filt -s dlang < "$WORK/dlang-all" | paste "$WORK/dlang-all" - | awk -F'\t' '$1 == $2 {print $1}')
if [ -n "$raw" ]; then
  ours=$(printf '%s\n' "$raw" | "$ABIPORTAL" demangle | paste <(printf '%s\n' "$raw") - | awk -F'\t' '$1 != $2' | wc -l)
  printf '%-34s %8d  c++filt leaves them raw; abiportal demangles %d\n' "D (names c++filt cannot read)" "$(printf '%s\n' "$raw" | wc -l)" "$ours"
fi
