namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>The name of a virtual-call thunk (<c>??_9</c>), printed <c>`vcall'{offset, {flat}}</c>.</summary>
internal sealed class VcallThunkIdentifierNode : IdentifierNode
{
    public ulong OffsetInVTable { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags) =>
        output.Append("`vcall'{").Append(OffsetInVTable).Append(", {flat}}");
}
