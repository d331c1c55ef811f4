namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A vftable, vbtable or RTTI complete object locator, with the base it is for.</summary>
internal sealed class SpecialTableSymbolNode : SymbolNode
{
    public QualifiedNameNode? TargetName { get; set; }

    public MicrosoftQualifiers Quals { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        OutputQualifiers(output, Quals, spaceBefore: false, spaceAfter: true);
        Name?.Output(output, flags);
        if (TargetName is not null)
        {
            output.Append("{for `");
            TargetName.Output(output, flags);
            output.Append("'}");
        }
    }
}
