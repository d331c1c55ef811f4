namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>One component of a qualified name, with its template arguments if it is an instantiation.</summary>
internal abstract class IdentifierNode : Node
{
    public NodeArray? TemplateParams { get; set; }

    protected void OutputTemplateParameters(MicrosoftOutput output, OutputFlags flags)
    {
        if (TemplateParams is null)
        {
            return;
        }

        output.Append('<');
        TemplateParams.Output(output, flags);
        output.Append('>');
    }
}
