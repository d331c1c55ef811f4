namespace AbiPortal.Parsers.Demangling.Rust;

/// <summary>A v0 identifier: its ASCII part and, for <c>u</c>-prefixed ones, its Punycode part.</summary>
internal readonly record struct RustIdent(string Ascii, string Punycode)
{
    public bool IsEmpty => Ascii.Length == 0 && Punycode.Length == 0;
}
