namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A user-defined literal operator (<c>?__K</c>).</summary>
internal sealed class LiteralOperatorIdentifierNode(string name) : IdentifierNode
{
    public string Name { get; } = name;

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append("operator \"\"").Append(Name);
        OutputTemplateParameters(output, flags);
    }
}
