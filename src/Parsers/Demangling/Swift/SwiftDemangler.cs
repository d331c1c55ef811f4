namespace AbiPortal.Parsers.Demangling.Swift;

/// <summary>
/// Swift symbol demangler: Swift 5+ (<c>$s</c>, <c>_$s</c>), Embedded Swift (<c>$e</c>), Swift 4.2
/// (<c>$S</c>, <c>_$S</c>), Swift 4 (<c>_T0</c>), macro expansion file names (<c>@__swiftmacro_</c>) and the
/// older <c>_T</c> mangling; a name starting with two underscores (Mach-O's extra one before
/// <c>_T0</c>/<c>_T</c>/<c>_$s</c>) loses one first, as swift-demangle does. The text is swift-demangle's
/// default output (Swift 6.2). Names that are not ASCII, longer than <see cref="MaxInputLength"/> or
/// malformed are rejected, never thrown on.
/// </summary>
internal static class SwiftDemangler
{
    /// <summary>Names longer than this are not demangled; no compiler emits them.</summary>
    public const int MaxInputLength = 1 << 16;

    /// <summary>Whether <paramref name="name"/> starts like a Swift symbol (what <see cref="TryDemangle(ReadOnlySpan{char}, CharBuffer)"/> tries).</summary>
    public static bool IsSwiftSymbol(ReadOnlySpan<char> name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            name = name.Slice(1);
        }

        // Every prefix starts "_T", "_$", "$" or "@": other names (all of Itanium's "_Z...", which a
        // Linux filter sees 100,000 times) are settled on two chars, without the prefix list.
        if (name.Length < 2 || (name[0] == '_' ? name[1] is not ('T' or '$') : name[0] is not ('$' or '@')))
        {
            return false;
        }

        return name.StartsWith("_T", StringComparison.Ordinal) || SwiftParser.PrefixLength(name) > 0;
    }

    /// <summary>Appends the demangled text of <paramref name="mangled"/> to <paramref name="output"/>; false, with nothing appended, when it is not a Swift symbol.</summary>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, CharBuffer output)
    {
        if (mangled.StartsWith("__", StringComparison.Ordinal))
        {
            mangled = mangled.Slice(1);
        }

        return TryDemangle(mangled, output, nesting: 0, sugar: true);
    }

    /// <summary>The demangled text of <paramref name="mangled"/>; false when it is not a Swift symbol.</summary>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, out string? demangled)
    {
        var output = new CharBuffer(Math.Min(mangled.Length * 4, 4096));
        demangled = TryDemangle(mangled, output) ? new string(output.Written) : null;
        return demangled is not null;
    }

    /// <summary>
    /// Demangles at nesting level <paramref name="nesting"/> (0 for a name of its own, more for a symbol
    /// name printed inside another) with or without swift-demangle's type sugar.
    /// </summary>
    internal static bool TryDemangle(ReadOnlySpan<char> name, CharBuffer output, int nesting, bool sugar)
    {
        if (name.IsEmpty || name.Length > MaxInputLength || nesting > SwiftContext.MaxNesting)
        {
            return false;
        }

        // Manglings are ASCII: Unicode identifiers are Punycode. Lengths in a mangling count UTF-8
        // bytes, which a string with other characters would not match.
        foreach (char c in name)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        if (nesting > 0)
        {
            var top = SwiftContext.Peek(0);
            top.NestedChars += name.Length;
            if (top.NestedChars > SwiftContext.MaxNestedChars)
            {
                top.Exhaust();
                return false;
            }
        }

        var context = SwiftContext.Rent(nesting);
        char[] chars = context.Load(name);
        SwiftNode? root;
        if (SwiftParser.PrefixLength(name) > 0)
        {
            root = new SwiftParser(context, chars, name.Length).ParseSymbol();
        }
        else if (name.StartsWith("_T", StringComparison.Ordinal))
        {
            root = new SwiftLegacyParser(context, chars, name.Length).ParseSymbol();
        }
        else
        {
            return false;
        }

        if (root is null)
        {
            return false;
        }

        int start = output.Length;
        if (new SwiftPrinter(output, nesting, sugar).Run(root))
        {
            return true;
        }

        output.Length = start;
        return false;
    }
}
