namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>An integral template argument (<c>$0</c>).</summary>
internal sealed class IntegerLiteralNode(ulong value, bool isNegative) : Node
{
    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        if (isNegative)
        {
            output.Append('-');
        }

        output.Append(value);
    }
}
