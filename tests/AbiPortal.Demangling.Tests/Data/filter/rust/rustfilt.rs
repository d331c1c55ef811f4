// rustfilt's line filter (github.com/luser/rustfilt: every match of `_(ZN|R)[$._[:alnum:]]*` replaced
// by rustc_demangle::demangle's text, `{:#}` by default, `{}` with -h) over the rustc_demangle crate that
// ships inside the Rust toolchain's own sysroot (std's backtraces use it). Build:
//   RUSTC_BOOTSTRAP=1 rustc -O rustfilt.rs   (the crate is unstable only as a sysroot crate)
#![feature(rustc_private)]
extern crate rustc_demangle;
use std::io::{self, BufRead, Write};

fn is_symbol_char(c: u8) -> bool { c == b'$' || c == b'.' || c == b'_' || c.is_ascii_alphanumeric() }

fn main() {
    let hash = std::env::args().any(|a| a == "-h");
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        let bytes = line.as_bytes();
        let mut result = String::new();
        let mut i = 0;
        while i < bytes.len() {
            let starts = bytes[i] == b'_' && (bytes[i + 1..].starts_with(b"ZN") || bytes[i + 1..].starts_with(b"R"));
            if !starts { result.push(line[i..].chars().next().unwrap()); i += line[i..].chars().next().unwrap().len_utf8(); continue; }
            let mut end = i + 1;
            while end < bytes.len() && is_symbol_char(bytes[end]) { end += 1; }
            let demangled = rustc_demangle::demangle(&line[i..end]);
            if hash { result += &format!("{}", demangled); } else { result += &format!("{:#}", demangled); }
            i = end;
        }
        writeln!(out, "{}", result).unwrap();
    }
}
