namespace AbiPortal.Parsers.Demangling;

/// <summary>
/// Demangles a symbol name in whichever scheme it is written (Itanium C++, Microsoft C++, Rust),
/// or returns null when it is not a valid mangled name. (Scaffold: the demangler issue fills this.)
/// </summary>
public static class Demangler
{
    public static string? Demangle(string name) => null;
}
