namespace AbiPortal.Parsers.Demangling.Dlang;

/// <summary>
/// D demangler: symbols mangled by dmd, ldc and gdc (<c>_D</c> QualifiedName Type, the D ABI's
/// "Name Mangling" section, with back references <c>Q</c>), printed as GNU libiberty's
/// <c>d-demangle.c</c> prints them (<c>c++filt -s dlang</c>): the qualified name, a function's
/// parameters and <c>this</c> modifiers, template arguments as <c>!(...)</c>; return and variable
/// types are not printed. LLVM's <c>dlangDemangle</c> prints the same text for the names it reads
/// (a subset: it decodes only <c>int</c> and back-referenced types).
/// </summary>
internal static class DlangDemangler
{
    /// <summary>Names longer than this are not demangled; the work stays bounded.</summary>
    public const int MaxInputLength = 1 << 15;

    /// <param name="mangled">A D symbol starting with <c>_D</c>.</param>
    /// <param name="demangled">The demangled text.</param>
    public static bool TryDemangle(ReadOnlySpan<char> mangled, out string? demangled)
    {
        demangled = null;
        if (mangled.Length < 3 || mangled.Length > MaxInputLength || !mangled.StartsWith("_D", StringComparison.Ordinal))
        {
            return false;
        }

        // D identifiers are ASCII in mangled names (others are escaped by the compiler).
        foreach (char c in mangled)
        {
            if (c <= ' ' || c > '~')
            {
                return false;
            }
        }

        demangled = new DlangParser(mangled.ToString()).Demangle();
        return demangled is not null;
    }
}
