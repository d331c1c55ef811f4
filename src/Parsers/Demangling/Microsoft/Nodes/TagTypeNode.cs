namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A class, struct, union or enum type (<c>V</c>, <c>U</c>, <c>T</c>, <c>W4</c>).</summary>
internal sealed class TagTypeNode(string tag, QualifiedNameNode name) : TypeNode
{
    public string Tag { get; } = tag;

    public QualifiedNameNode Name { get; } = name;

    public override void OutputPre(MicrosoftOutput output, OutputFlags flags)
    {
        if ((flags & OutputFlags.NoTagSpecifier) == 0)
        {
            output.Append(Tag).Append(' ');
        }

        Name.Output(output, flags);
        OutputQualifiers(output, Quals, spaceBefore: true, spaceAfter: false);
    }

    public override void OutputPost(MicrosoftOutput output, OutputFlags flags)
    {
    }
}
