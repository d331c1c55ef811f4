namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>An array type (<c>Y</c> rank dimensions... element); a zero dimension prints as <c>[]</c>.</summary>
internal sealed class ArrayTypeNode(IReadOnlyList<ulong> dimensions, TypeNode elementType) : TypeNode
{
    public IReadOnlyList<ulong> Dimensions { get; } = dimensions;

    public TypeNode ElementType { get; } = elementType;

    public override void OutputPre(MicrosoftOutput output, OutputFlags flags)
    {
        ElementType.OutputPre(output, flags);
        OutputQualifiers(output, Quals, spaceBefore: true, spaceAfter: false);
    }

    public override void OutputPost(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append('[');
        for (int i = 0; i < Dimensions.Count; i++)
        {
            if (i > 0)
            {
                output.Append("][");
            }

            if (Dimensions[i] != 0)
            {
                output.Append(Dimensions[i]);
            }
        }

        output.Append(']');
        ElementType.OutputPost(output, flags);
    }
}
