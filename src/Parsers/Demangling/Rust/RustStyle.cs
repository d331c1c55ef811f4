namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>Which reference demangler's output to reproduce.</summary>
internal enum RustStyle
{
    /// <summary>rustc-demangle's <c>{}</c>: legacy hashes and v0 crate disambiguators shown, const suffixes (<c>123usize</c>).</summary>
    Default,

    /// <summary>rustc-demangle's <c>{:#}</c>: no hash, no disambiguators, no const suffixes.</summary>
    Alternate,

    /// <summary>
    /// LLVM's RustDemangle (v0 only): the alternate form, but strict about hex constants and
    /// identifier characters, failing where rustc-demangle prints a fallback, non-ASCII chars
    /// escaped as <c>\u{..}</c>, and a <c>.suffix</c> shown as <c> (.suffix)</c>.
    /// </summary>
    Llvm,
}
