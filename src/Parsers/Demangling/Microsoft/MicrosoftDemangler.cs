namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// Microsoft C++ demangler: names decorated by MSVC and clang-cl (<c>?name@scope@@YAXH@Z</c>),
/// printed exactly as <c>llvm-undname</c> prints them by default. Trailing text after a complete
/// name is ignored, as LLVM does.
/// </summary>
internal static class MicrosoftDemangler
{
    /// <summary>Names longer than this are not demangled (no compiler emits them; the work stays bounded).</summary>
    public const int MaxInputLength = 1 << 14;

    public static bool TryDemangle(ReadOnlySpan<char> mangled, out string? demangled) =>
        TryDemangle(mangled, OutputFlags.Default, out demangled);

    /// <summary>Demangles with some parts left out, as <c>llvm-undname</c>'s <c>--no-*</c> options do.</summary>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, OutputFlags flags, out string? demangled)
    {
        demangled = null;
        if (mangled.IsEmpty || mangled.Length > MaxInputLength || (mangled[0] != '?' && mangled[0] != '.'))
        {
            return false;
        }

        SymbolNode? symbol = new MicrosoftParser(mangled.ToString()).ParseSymbol();
        if (symbol is null)
        {
            return false;
        }

        var output = new MicrosoftOutput();
        symbol.Output(output, flags);
        if (output.Overflowed)
        {
            return false;
        }

        demangled = output.ToString();
        return true;
    }
}
