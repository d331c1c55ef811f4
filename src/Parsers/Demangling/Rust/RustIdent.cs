namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>
/// A v0 identifier as slices of the symbol (no copies): its ASCII part and, for <c>u</c>-prefixed
/// ones, its Punycode part.
/// </summary>
internal readonly record struct RustIdent(ReadOnlyMemory<char> Ascii, ReadOnlyMemory<char> Punycode)
{
    public bool IsEmpty => Ascii.IsEmpty && Punycode.IsEmpty;
}
