namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// A type. Types print in two halves around the declared name (C declarator syntax:
/// <c>int (*x)[3]</c>), so each has a part before and a part after.
/// </summary>
internal abstract class TypeNode : Node
{
    public MicrosoftQualifiers Quals { get; set; }

    public abstract void OutputPre(MicrosoftOutput output, OutputFlags flags);

    public abstract void OutputPost(MicrosoftOutput output, OutputFlags flags);

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        OutputPre(output, flags);
        OutputPost(output, flags);
    }
}
