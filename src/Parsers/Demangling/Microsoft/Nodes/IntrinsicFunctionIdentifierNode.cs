namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>An operator or compiler-generated function (<c>operator+</c>, <c>`scalar deleting dtor'</c>...).</summary>
internal sealed class IntrinsicFunctionIdentifierNode(string text) : IdentifierNode
{
    public string Text { get; } = text;

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append(Text);
        OutputTemplateParameters(output, flags);
    }
}
