#!/bin/sh
# Rebuilds the real-binary Rust mangling set: compiles names.rs with rustc twice (stable rustc's default legacy and v0
# symbol mangling), lists the Rust symbols with llvm-nm and records the reference demanglers:
#   legacy: GNU c++filt (a port of rustc-demangle; verbose = rustc-demangle's {}, --no-verbose = {:#})
#   v0:     GNU c++filt --no-verbose ({:#}) and llvm-cxxfilt (LLVM's RustDemangle).
# v0's default form is not recorded: GNU prints const generics as "7: usize" where
# rustc-demangle 0.1.27 prints "7usize" (the conformance vectors in rust.tsv cover that form).
# Legacy names with non-ASCII `$u..$` escapes are left out: GNU leaves them undecoded where
# rustc-demangle decodes them (rust-alt.tsv's utf8_idents row covers that).
# Output: names.tsv (mangled<TAB>style<TAB>expected), style one of default, alt, llvm.
set -eu
cd "$(dirname "$0")"
rustc --edition 2021 --crate-type=lib --emit=obj -C opt-level=1 names.rs -o names-legacy.o
rustc --edition 2021 --crate-type=lib --emit=obj -C opt-level=1 -C symbol-mangling-version=v0 names.rs -o names-v0.o
{
    echo "# Rust symbols from names.rs ($(rustc --version)), legacy and v0 objects; references:"
    echo "# $(c++filt --version | head -1), llvm-cxxfilt $(llvm-cxxfilt --version | grep -o 'LLVM version [0-9.]*'). Rebuild with build.sh."
    llvm-nm --just-symbol-name names-legacy.o | grep '^_ZN' | grep -Ev '\$u([89a-f][0-9a-f]|[0-9a-f]{3,})\$' | sort -u | while IFS= read -r name; do
        printf '%s\tdefault\t%s\n' "$name" "$(printf '%s\n' "$name" | c++filt)"
        printf '%s\talt\t%s\n' "$name" "$(printf '%s\n' "$name" | c++filt --no-verbose)"
    done
    llvm-nm --just-symbol-name names-v0.o | grep '^_R' | sort -u | while IFS= read -r name; do
        printf '%s\talt\t%s\n' "$name" "$(printf '%s\n' "$name" | c++filt --no-verbose)"
        printf '%s\tllvm\t%s\n' "$name" "$(printf '%s\n' "$name" | llvm-cxxfilt)"
    done
} > names.tsv
echo "wrote $(grep -vc '^#' names.tsv) rows to names.tsv"
