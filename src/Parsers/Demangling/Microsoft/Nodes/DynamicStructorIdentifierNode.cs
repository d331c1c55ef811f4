namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A dynamic initializer (<c>??__E</c>) or atexit destructor (<c>??__F</c>) of a global.</summary>
internal sealed class DynamicStructorIdentifierNode(bool isDestructor) : IdentifierNode
{
    public bool IsDestructor { get; } = isDestructor;

    /// <summary>The variable, when the mangling names one with its type.</summary>
    public VariableSymbolNode? Variable { get; set; }

    /// <summary>The bare name, when the mangling names a function instead.</summary>
    public QualifiedNameNode? Name { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append(IsDestructor ? "`dynamic atexit destructor for " : "`dynamic initializer for ");
        if (Variable is not null)
        {
            output.Append('`');
            Variable.Output(output, flags);
        }
        else
        {
            output.Append('\'');
            Name?.Output(output, flags);
        }

        output.Append("''");
    }
}
