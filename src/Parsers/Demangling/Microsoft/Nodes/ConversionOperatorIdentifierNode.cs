namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A conversion operator (<c>?B</c>); its target is the function's return type.</summary>
internal sealed class ConversionOperatorIdentifierNode : IdentifierNode
{
    public TypeNode? TargetType { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append("operator");
        OutputTemplateParameters(output, flags);
        output.Append(' ');
        TargetType?.Output(output, flags);
    }
}
