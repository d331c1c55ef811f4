namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A plain name (also used for synthesized names such as <c>`vftable'</c> or <c>`anonymous namespace'</c>).</summary>
internal sealed class NamedIdentifierNode(string name) : IdentifierNode
{
    public string Name { get; } = name;

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append(Name);
        OutputTemplateParameters(output, flags);
    }
}
