namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>A string literal symbol (<c>??_C@_</c>), printed with its prefix and, if truncated, <c>...</c>.</summary>
internal sealed class EncodedStringLiteralNode(string prefix, string decoded, bool isTruncated) : SymbolNode
{
    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append(prefix).Append('"').Append(decoded).Append('"');
        if (isTruncated)
        {
            output.Append("...");
        }
    }
}
