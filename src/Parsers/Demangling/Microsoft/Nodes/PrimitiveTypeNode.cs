namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A built-in type (<c>int</c>, <c>unsigned __int64</c>, <c>std::nullptr_t</c>, <c>auto</c>...).</summary>
internal sealed class PrimitiveTypeNode(string name) : TypeNode
{
    public string Name { get; } = name;

    public override void OutputPre(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append(Name);
        OutputQualifiers(output, Quals, spaceBefore: true, spaceAfter: false);
    }

    public override void OutputPost(MicrosoftOutput output, OutputFlags flags)
    {
    }
}
