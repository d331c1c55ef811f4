namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// A template argument that refers to a symbol (<c>$1</c>, <c>$E</c>) or is a member pointer with
/// its inheritance offsets (<c>$H</c>, <c>$I</c>, <c>$J</c>, <c>$F</c>, <c>$G</c>).
/// </summary>
internal sealed class TemplateParameterReferenceNode : Node
{
    public SymbolNode? Symbol { get; set; }

    public List<long> ThunkOffsets { get; } = [];

    public PointerAffinity Affinity { get; set; }

    public bool IsMemberPointer { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        bool braces = ThunkOffsets.Count > 0;
        if (braces)
        {
            output.Append('{');
        }
        else if (Affinity == PointerAffinity.Pointer)
        {
            output.Append('&');
        }

        if (Symbol is not null)
        {
            Symbol.Output(output, flags);
            if (braces)
            {
                output.Append(", ");
            }
        }

        for (int i = 0; i < ThunkOffsets.Count; i++)
        {
            if (i > 0)
            {
                output.Append(", ");
            }

            output.Append(ThunkOffsets[i]);
        }

        if (braces)
        {
            output.Append('}');
        }
    }
}
