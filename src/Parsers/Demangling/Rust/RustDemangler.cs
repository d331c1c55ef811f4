namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>
/// Rust symbol demangler: the legacy form (<c>_ZN...17h&lt;hash&gt;E</c>) and v0 (<c>_R...</c>,
/// RFC 2603), each also with the Mach-O extra underscore (<c>__ZN</c>, <c>__R</c>) or without
/// the leading one (<c>ZN</c>, <c>R</c>, as dbghelp shows them). Output is rustc-demangle
/// 0.1.27's <c>{}</c> or, with <c>alternate</c>, its <c>{:#}</c>.
/// </summary>
internal static class RustDemangler
{
    /// <summary>Names longer than this are not demangled; no compiler emits them.</summary>
    public const int MaxInputLength = 1 << 16;

    /// <param name="mangled">A Rust symbol (legacy <c>_ZN...17h&lt;hash&gt;E</c> or v0 <c>_R...</c>).</param>
    /// <param name="alternate">The short form without hash and crate disambiguators (rustc-demangle's <c>{:#}</c>).</param>
    /// <param name="demangled">The demangled text.</param>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, bool alternate, out string? demangled) =>
        TryDemangle(mangled, alternate ? RustStyle.Alternate : RustStyle.Default, out demangled);

    /// <summary>Demangles in the given <paramref name="style"/>; <see cref="RustStyle.Llvm"/> reads v0 only, like LLVM.</summary>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, RustStyle style, out string? demangled)
    {
        demangled = null;
        if (mangled.IsEmpty || mangled.Length > MaxInputLength)
        {
            return false;
        }

        return style == RustStyle.Llvm ? TryDemangleLlvm(mangled.ToString(), out demangled) : TryDemangleRustc(mangled.ToString(), style, out demangled);
    }

    /// <summary>
    /// rustc-demangle's <c>demangle</c>: strip a ThinLTO <c>.llvm.&lt;hex&gt;</c> suffix, try
    /// legacy then v0, and keep any other suffix only if it starts with <c>.</c> and looks like
    /// symbol text (LLVM's <c>.cold</c>, <c>.0.0</c>...), printing it after the name.
    /// </summary>
    private static bool TryDemangleRustc(string symbol, RustStyle style, out string? demangled)
    {
        demangled = null;
        int llvm = symbol.IndexOf(".llvm.", StringComparison.Ordinal);
        if (llvm >= 0 && symbol.AsSpan(llvm + 6).IndexOfAnyExcept("0123456789ABCDEF@") < 0)
        {
            symbol = symbol[..llvm];
        }

        string text;
        string suffix;
        if (RustLegacyDemangler.TryParse(symbol, out int innerStart, out int elements, out int suffixStart))
        {
            var output = new RustOutput();
            RustLegacyDemangler.Print(symbol, innerStart, elements, style != RustStyle.Default, output);
            text = output.ToString();
            suffix = symbol[suffixStart..];
        }
        else
        {
            int prefix = V0PrefixLength(symbol);
            if (prefix < 0 || !RustV0Demangler.TryDemangle(symbol[prefix..], style, out string? v0, out suffix))
            {
                return false;
            }

            text = v0!;
        }

        if (suffix.Length > 0 && (suffix[0] != '.' || !IsSymbolLike(suffix)))
        {
            return false;
        }

        demangled = text + suffix;
        return true;
    }

    /// <summary>
    /// LLVM's RustDemangle: only <c>_R</c>; the name ends at the first <c>.</c>, must be used up
    /// whole, and the rest is shown in parentheses.
    /// </summary>
    private static bool TryDemangleLlvm(string symbol, out string? demangled)
    {
        demangled = null;
        if (!symbol.StartsWith("_R", StringComparison.Ordinal))
        {
            return false;
        }

        int dot = symbol.IndexOf('.', 2);
        string inner = dot < 0 ? symbol[2..] : symbol[2..dot];
        if (!RustV0Demangler.TryDemangle(inner, RustStyle.Llvm, out string? text, out string rest) || rest.Length > 0)
        {
            return false;
        }

        demangled = dot < 0 ? text : $"{text} ({symbol[dot..]})";
        return true;
    }

    /// <summary><c>_R</c>, <c>R</c> or <c>__R</c>, each followed by at least one character; -1 otherwise.</summary>
    private static int V0PrefixLength(string symbol)
    {
        if (symbol.Length > 2 && symbol.StartsWith("_R", StringComparison.Ordinal))
        {
            return 2;
        }

        if (symbol.Length > 1 && symbol[0] == 'R')
        {
            return 1;
        }

        return symbol.Length > 3 && symbol.StartsWith("__R", StringComparison.Ordinal) ? 3 : -1;
    }

    /// <summary>ASCII letters, digits and punctuation only.</summary>
    private static bool IsSymbolLike(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !(c < 0x7F && char.IsPunctuation(c)) && !(c < 0x7F && char.IsSymbol(c)))
            {
                return false;
            }
        }

        return true;
    }
}
