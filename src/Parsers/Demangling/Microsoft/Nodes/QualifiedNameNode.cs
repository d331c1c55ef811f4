namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A <c>::</c>-separated name, outermost scope first.</summary>
internal sealed class QualifiedNameNode(NodeArray components) : Node
{
    public NodeArray Components { get; } = components;

    /// <summary>The innermost component (the declared name itself).</summary>
    public IdentifierNode Unqualified => (IdentifierNode)Components.Nodes[^1];

    public override void Output(MicrosoftOutput output, OutputFlags flags) => Components.Output(output, flags, "::");
}
