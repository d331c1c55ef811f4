namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A constructor (<c>?0</c>) or destructor (<c>?1</c>); it prints the name of its class.</summary>
internal sealed class StructorIdentifierNode(bool isDestructor) : IdentifierNode
{
    public bool IsDestructor { get; } = isDestructor;

    /// <summary>The enclosing class's identifier, set once the scope chain is read.</summary>
    public IdentifierNode? Class { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        if (IsDestructor)
        {
            output.Append('~');
        }

        Class?.Output(output, flags);
        OutputTemplateParameters(output, flags);
    }
}
