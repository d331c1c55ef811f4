namespace AbiPortal.Parsers.Demangling.Microsoft;

/// <summary>The guard of a function-local static (<c>??_B</c>, thread-safe <c>??__J</c>).</summary>
internal sealed class LocalStaticGuardIdentifierNode(bool isThread) : IdentifierNode
{
    public bool IsThread { get; } = isThread;

    public ulong ScopeIndex { get; set; }

    public override void Output(MicrosoftOutput output, OutputFlags flags)
    {
        output.Append(IsThread ? "`local static thread guard'" : "`local static guard'");
        if (ScopeIndex > 0)
        {
            output.Append('{').Append(ScopeIndex).Append('}');
        }
    }
}
