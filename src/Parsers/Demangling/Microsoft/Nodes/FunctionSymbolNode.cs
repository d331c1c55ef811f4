namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A function: its signature printed around its name.</summary>
internal sealed class FunctionSymbolNode(FunctionSignatureNode signature) : SymbolNode
{
    public FunctionSignatureNode Signature { get; } = signature;

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        Signature.OutputPre(output, flags);
        output.SpaceIfNecessary();
        Name?.Output(output, flags);
        Signature.OutputPost(output, flags);
    }
}
