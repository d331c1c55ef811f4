namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>What a pointer-like type or template argument reference is: <c>*</c>, <c>&amp;</c> or <c>&amp;&amp;</c>.</summary>
internal enum PointerAffinity
{
    None,
    Pointer,
    Reference,
    RValueReference,
}
