namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A local static guard variable; it prints as its (synthesized) name.</summary>
internal sealed class LocalStaticGuardVariableNode : SymbolNode
{
    public bool IsVisible { get; set; }
}
