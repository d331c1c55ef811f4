namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>A run of nodes stored in <see cref="ItaniumContext.Arrays"/> (no array per list).</summary>
internal readonly record struct NodeList(int Start, int Count)
{
    public bool IsEmpty => Count == 0;
}
