namespace AbiPortal.Parsers.Demangling.Itanium;

/// <summary>Small fluent helpers used while building nodes.</summary>
internal static class ItaniumNodeExtensions
{
    /// <summary>Marks a node as printing a right-hand part (declarations print their name there).</summary>
    public static ItaniumNode WithRhs(this ItaniumNode node)
    {
        node.RhsCache = ItaniumNode.Yes;
        return node;
    }
}
