#!/bin/sh
# Rebuilds the Rust inputs of the stdin filter tests: shapes.rs as a cdylib (Debian's rustc 1.63,
# whose standard library uses legacy mangling) and as a Rust dylib (rustup's rustc, whose standard
# library uses v0), listed with GNU nm as a user would (`nm` of the cdylib: its dynamic table holds
# only the C API; `nm -D` of the dylib, which exports its Rust symbols), and each listing passed
# through rustfilt's filter over rustc-demangle (rustfilt.rs, built against the rustc_demangle crate
# in the rustup toolchain's own sysroot: rustfilt itself is not packaged here).
# Outputs: <set>.txt (the listing), <set>.rustfilt.txt (`| rustfilt`: short form, as
# `abiportal demangle --format=alt`) and <set>.rustfilt-h.txt (`| rustfilt -h`: with hashes, as
# `abiportal demangle`). The tests also check each Rust name alone through the library against the
# same lines.
set -eu
cd "$(dirname "$0")"
DEBIAN_RUSTC=${DEBIAN_RUSTC:-/usr/bin/rustc}
RUSTUP_RUSTC=${RUSTUP_RUSTC:-$HOME/.cargo/bin/rustc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
RUSTC_BOOTSTRAP=1 "$RUSTUP_RUSTC" -O rustfilt.rs -o "$tmp/rustfilt"
"$DEBIAN_RUSTC" --edition 2021 --crate-type=cdylib -C opt-level=s -C strip=debuginfo -C panic=abort shapes.rs -o "$tmp/libshapes.so"
"$RUSTUP_RUSTC" --edition 2021 --crate-type=dylib -C opt-level=s -C strip=debuginfo -C panic=abort shapes.rs -o "$tmp/libshapes_dylib.so"
nm "$tmp/libshapes.so" > cdylib-nm.txt
nm -D "$tmp/libshapes_dylib.so" > dylib-nm-D.txt
for set in cdylib-nm dylib-nm-D; do
    "$tmp/rustfilt" < "$set.txt" > "$set.rustfilt.txt"
    "$tmp/rustfilt" -h < "$set.txt" > "$set.rustfilt-h.txt"
done
echo "$(cat cdylib-nm.txt dylib-nm-D.txt | awk '{print $NF}' | grep -cE '^_(ZN|R)') Rust names in $(cat cdylib-nm.txt dylib-nm-D.txt | wc -l) listing lines"
