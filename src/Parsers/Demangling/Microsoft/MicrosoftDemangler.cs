namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>Microsoft C++ demangler. (Scaffold: the demangler issue replaces this.)</summary>
internal static class MicrosoftDemangler
{
    public static bool TryDemangle(ReadOnlySpan<char> mangled, out string? demangled)
    {
        demangled = null;
        return false;
    }
}
