using AbiPortal.Parsers.Demangling.Dlang;
using AbiPortal.Parsers.Demangling.Itanium;
using AbiPortal.Parsers.Demangling.Microsoft;
using AbiPortal.Parsers.Demangling.Rust;
using AbiPortal.Parsers.Demangling.Swift;

namespace AbiPortal.Parsers.Demangling;

/// <summary>
/// Demangles a symbol name in whichever scheme it is written, detected from its first characters the
/// way llvm::demangle and llvm-cxxfilt do: Itanium C++ (<c>_Z</c> with one to four leading underscores,
/// so Mach-O's extra underscore and Apple blocks <c>___Z..._block_invoke</c> work), Rust legacy
/// (<c>_ZN...17h&lt;16 hex&gt;E</c>, tried before Itanium) and v0 (<c>_R</c>), D (<c>_D</c>), Microsoft C++ (<c>?</c>),
/// Swift (<c>$s</c>, <c>_$s</c>, <c>$S</c>, <c>_T0</c>, <c>_T</c>, ..., with Mach-O's extra underscore),
/// a leading "." kept as is, and <c>__imp_</c> import thunks ("import thunk for ..."). Returns null
/// when the name is not a valid mangling.
/// </summary>
public static class Demangler
{
    private const string ImportPrefix = "__imp_";

    /// <summary>The demangled text of <paramref name="name"/>, or null when it is not a mangled name.</summary>
    public static string? Demangle(string name) => Demangle(name.AsSpan(), DemangleOptions.Default);

    /// <summary>The demangled text of <paramref name="name"/> with <paramref name="options"/>, or null.</summary>
    public static string? Demangle(string name, DemangleOptions options) => Demangle(name.AsSpan(), options);

    /// <summary>The demangled text of <paramref name="name"/> with <paramref name="options"/>, or null.</summary>
    public static string? Demangle(ReadOnlySpan<char> name, DemangleOptions options)
    {
        var output = ItaniumContext.Current.TakeScratch();
        return TryDemangle(name, options, output) ? new string(output.Written) : null;
    }

    /// <summary>
    /// Appends the demangled text of <paramref name="name"/> to <paramref name="output"/> and returns
    /// true, or returns false and appends nothing when it is not a mangled name. Itanium names (nearly
    /// every name a Linux filter sees) are printed straight into <paramref name="output"/>, without a
    /// string per name.
    /// </summary>
    public static bool TryDemangle(ReadOnlySpan<char> name, DemangleOptions options, CharBuffer output)
    {
        bool canHaveLeadingDot = true;
        if (options.StripUnderscore && name.Length > 0 && name[0] == '_')
        {
            name = name.Slice(1);
            canHaveLeadingDot = false;
        }

        if (name.IsEmpty)
        {
            return false;
        }

        // A leading '.' (local labels, PowerPC function descriptors) is not part of the symbol.
        if (canHaveLeadingDot && name[0] == '.')
        {
            // ".?AV...": a Microsoft RTTI type name, which that demangler reads dot included (llvm::demangle).
            return DemangleScheme(name.Slice(1), options, ".", output)
                || (name.Length > 1 && name[1] == '?' && MicrosoftDemangler.TryDemangle(name, out string? typeName) && Append(default, typeName, output));
        }

        // llvm-cxxfilt: "__imp_" + an Itanium name is a PE import thunk; we accept any scheme after it.
        return DemangleScheme(name, options, default, output)
            || (name.StartsWith(ImportPrefix, StringComparison.Ordinal) && DemangleScheme(name.Slice(ImportPrefix.Length), options, "import thunk for ", output));
    }

    /// <summary>Demangles one scheme's name; on success appends <paramref name="prefix"/> and the text.</summary>
    private static bool DemangleScheme(ReadOnlySpan<char> name, DemangleOptions options, ReadOnlySpan<char> prefix, CharBuffer output)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        if (name[0] == '?')
        {
            return MicrosoftDemangler.TryDemangle(name, out string? microsoft) && Append(prefix, microsoft, output);
        }

        if (SwiftDemangler.IsSwiftSymbol(name))
        {
            int start = output.Length;
            output.Append(prefix);
            if (SwiftDemangler.TryDemangle(name, output))
            {
                return true;
            }

            output.Length = start;
            return false;
        }

        if (name[0] != '_')
        {
            return false;
        }

        if (ItaniumDemangler.IsEncoding(name))
        {
            // Rust legacy symbols are valid Itanium too, but only Rust knows their escapes ($LT$, ..).
            var rust = name.StartsWith("__ZN", StringComparison.Ordinal) ? name.Slice(1) : name;
            if (IsRustLegacy(rust) && RustDemangler.TryDemangle(rust, options.RustAlternate, out string? legacy))
            {
                return Append(prefix, legacy, output);
            }

            return ItaniumDemangler.TryDemangle(name, prefix, output);
        }

        if (name.StartsWith("_R", StringComparison.Ordinal) || name.StartsWith("__R", StringComparison.Ordinal))
        {
            var v0 = name[1] == '_' ? name.Slice(1) : name;
            return RustDemangler.TryDemangle(v0, options.RustAlternate, out string? rust) && Append(prefix, rust, output);
        }

        if (name.StartsWith("_D", StringComparison.Ordinal) || name.StartsWith("__D", StringComparison.Ordinal))
        {
            // D; llvm::demangle also reads it after one more underscore (Mach-O).
            var d = name[1] == '_' ? name.Slice(1) : name;
            return DlangDemangler.TryDemangle(d, out string? dlang) && Append(prefix, dlang, output);
        }

        return false;
    }

    private static bool Append(ReadOnlySpan<char> prefix, string? text, CharBuffer output)
    {
        if (text is null)
        {
            return false;
        }

        output.Append(prefix);
        output.Append(text);
        return true;
    }

    /// <summary>
    /// <c>_ZN</c> (length identifier)+ <c>E</c> whose last identifier is the hash rustc appends to every
    /// legacy symbol (<c>h</c> and 16 hex digits), followed by nothing or a <c>.</c> suffix
    /// (<c>.llvm.1234</c>). The elements are walked by their lengths because Rust identifiers carry
    /// <c>.</c> and <c>$</c> themselves (<c>_$LT$a..b$GT$</c>); Itanium names fail at their first
    /// substitution, qualifier or template argument.
    /// </summary>
    internal static bool IsRustLegacy(ReadOnlySpan<char> name)
    {
        const int HashLength = 17; // "h" + 16 hex digits
        return name.StartsWith("_ZN", StringComparison.Ordinal)
            && RustLegacyDemangler.TryParse(name, out _, out int elements, out int suffixStart, out int last, out int lastLength)
            && elements > 0 && lastLength == HashLength && RustLegacyDemangler.IsRustHash(name.Slice(last, HashLength))
            && (suffixStart == name.Length || name[suffixStart] == '.');
    }
}
