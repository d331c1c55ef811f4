namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>The name of an RTTI base class descriptor (<c>??_R1</c>) with its four offsets.</summary>
internal sealed class RttiBaseClassDescriptorNode : IdentifierNode
{
    public ulong NVOffset { get; set; }

    public long VBPtrOffset { get; set; }

    public ulong VBTableOffset { get; set; }

    public ulong Flags { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags) =>
        output.Append("`RTTI Base Class Descriptor at (").Append(NVOffset).Append(", ").Append(VBPtrOffset).Append(", ")
            .Append(VBTableOffset).Append(", ").Append(Flags).Append(")'");
}
