namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A type written as a name (<c>?</c> followed by an identifier), e.g. a template parameter's type.</summary>
internal sealed class CustomTypeNode(IdentifierNode identifier) : TypeNode
{
    public IdentifierNode Identifier { get; } = identifier;

    public override void OutputPre(MicrosoftOutput output, OutputFlags flags) => Identifier.Output(output, flags);

    public override void OutputPost(MicrosoftOutput output, OutputFlags flags)
    {
    }
}
