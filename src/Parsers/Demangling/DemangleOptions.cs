namespace AbiPortal.Parsers.Demangling;

/// <summary>How <see cref="Demangler"/> reads and prints a name.</summary>
public sealed record DemangleOptions
{
    /// <summary>The defaults: full Rust form, no underscore stripping.</summary>
    public static DemangleOptions Default { get; } = new();

    /// <summary>Rust's short form without hash and crate disambiguators (rustc-demangle's <c>{:#}</c>).</summary>
    public bool RustAlternate { get; init; }

    /// <summary>
    /// Drop one leading underscore before demangling, as <c>llvm-cxxfilt -_</c> does for targets whose
    /// C symbols carry an extra underscore (Mach-O, 32-bit Windows).
    /// </summary>
    public bool StripUnderscore { get; init; }
}
