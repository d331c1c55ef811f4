namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>Rust legacy and v0 demangler. (Scaffold: the demangler issue replaces this.)</summary>
internal static class RustDemangler
{
    /// <param name="mangled">A Rust symbol (legacy <c>_ZN...17h&lt;hash&gt;E</c> or v0 <c>_R...</c>).</param>
    /// <param name="alternate">The short form without hash and crate disambiguators (rustc-demangle's <c>{:#}</c>).</param>
    /// <param name="demangled">The demangled text.</param>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, bool alternate, out string? demangled)
    {
        demangled = null;
        return false;
    }
}
