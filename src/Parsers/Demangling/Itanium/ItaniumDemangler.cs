namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>
/// Itanium C++ ABI demangler (the scheme of GCC and Clang on ELF and Mach-O). Accepts what
/// __cxa_demangle accepts: <c>_Z</c> encodings (also <c>__Z</c>, clone suffixes such as <c>.isra.0</c>),
/// block invocations <c>___Z..._block_invoke</c>, and bare types (<c>i</c>, <c>3FooIiE</c>). The text
/// is what LLVM's llvm-cxxfilt prints.
/// </summary>
internal static class ItaniumDemangler
{
    /// <summary>Longest mangled name accepted; anything longer is not a real symbol.</summary>
    public const int MaxMangledLength = 1 << 18;

    /// <summary>
    /// Demangles <paramref name="mangled"/> and appends <paramref name="prefix"/> and the text to
    /// <paramref name="output"/>; false, with nothing appended, when it is not a valid encoding.
    /// </summary>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, ReadOnlySpan<char> prefix, CharBuffer output)
    {
        if (mangled.IsEmpty || mangled.Length > MaxMangledLength)
        {
            return false;
        }

        var context = ItaniumContext.Current;
        context.Reset();
        var parser = new ItaniumParser(mangled, context);
        var root = parser.ParseSymbol();
        if (root is null)
        {
            return false;
        }

        // Printed straight into the caller's buffer after the prefix; taken back if printing fails.
        int start = output.Length;
        output.Append(prefix);
        var printer = new ItaniumPrinter(mangled, context, output);
        if (printer.Run(root))
        {
            return true;
        }

        output.Length = start;
        return false;
    }

    /// <summary>The demangled text of <paramref name="mangled"/> as a string; false when it is not a valid encoding.</summary>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, out string? demangled)
    {
        var output = ItaniumContext.Current.TakeScratch();
        demangled = TryDemangle(mangled, default, output) ? new string(output.Written) : null;
        return demangled is not null;
    }

    /// <summary>Whether <paramref name="name"/> looks like an Itanium encoding (1 to 4 underscores before Z), as llvm::demangle checks.</summary>
    public static bool IsEncoding(ReadOnlySpan<char> name)
    {
        int underscores = 0;
        while (underscores < name.Length && name[underscores] == '_')
        {
            underscores++;
        }

        return underscores is >= 1 and <= 4 && underscores < name.Length && name[underscores] == 'Z';
    }
}
