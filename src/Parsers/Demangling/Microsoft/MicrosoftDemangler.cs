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
        TryDemangle(mangled, OutputFlags.Default, out demangled, out _);

    /// <summary>Demangles the name at the start of <paramref name="mangled"/>; <paramref name="length"/> is how many chars it took.</summary>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, out string? demangled, out int length) =>
        TryDemangle(mangled, OutputFlags.Default, out demangled, out length);

    /// <summary>Demangles with some parts left out, as <c>llvm-undname</c>'s <c>--no-*</c> options do.</summary>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, OutputFlags flags, out string? demangled) =>
        TryDemangle(mangled, flags, out demangled, out _);

    private static bool TryDemangle(ReadOnlySpan<char> mangled, OutputFlags flags, out string? demangled, out int length)
    {
        demangled = null;
        length = 0;
        if (mangled.IsEmpty || mangled.Length > MaxInputLength || (mangled[0] != '?' && mangled[0] != '.'))
        {
            return false;
        }

        var parser = new MicrosoftParser(mangled.ToString());
        SymbolNode? symbol = parser.ParseSymbol();
        if (symbol is null)
        {
            return false;
        }

        length = parser.Position;

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
