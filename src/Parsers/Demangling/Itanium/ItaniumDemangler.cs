namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Itanium C++ ABI demangler. (Scaffold: the demangler issue replaces this.)</summary>
internal static class ItaniumDemangler
{
    public static bool TryDemangle(ReadOnlySpan<char> mangled, out string? demangled)
    {
        demangled = null;
        return false;
    }
}
