namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>
/// The signature of a this-adjusting thunk (function classes <c>G</c>/<c>H</c>, <c>O</c>/<c>P</c>,
/// <c>W</c>/<c>X</c>, <c>$0</c>-<c>$5</c>, <c>$R0</c>-<c>$R5</c>) or of a vcall thunk.
/// </summary>
internal sealed class ThunkSignatureNode : FunctionSignatureNode
{
    public long StaticOffset { get; set; }

    public long VBPtrOffset { get; set; }

    public long VBOffsetOffset { get; set; }

    public long VtordispOffset { get; set; }

    public override void OutputPre(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append("[thunk]: ");
        base.OutputPre(output, flags);
    }

    public override void OutputPost(MicrosoftOutput output, OutputFlags flags)
    {
        if ((FunctionClass & FunctionClass.StaticThisAdjust) != 0)
        {
            output.Append("`adjustor{").Append(StaticOffset).Append("}'");
        }
        else if ((FunctionClass & FunctionClass.VirtualThisAdjust) != 0)
        {
            if ((FunctionClass & FunctionClass.VirtualThisAdjustEx) != 0)
            {
                output.Append("`vtordispex{").Append(VBPtrOffset).Append(", ").Append(VBOffsetOffset).Append(", ")
                    .Append(VtordispOffset).Append(", ").Append(StaticOffset).Append("}'");
            }
            else
            {
                output.Append("`vtordisp{").Append(VtordispOffset).Append(", ").Append(StaticOffset).Append("}'");
            }
        }

        base.OutputPost(output, flags);
    }
}
