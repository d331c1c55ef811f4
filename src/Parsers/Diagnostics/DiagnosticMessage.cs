using System.Runtime.CompilerServices;

namespace AbiPortal.Parsers.Diagnostics;

/// <summary>
/// The interpolated message of <see cref="DiagnosticBag.Warning(DiagnosticCode, long?, ref DiagnosticMessage)"/>
/// and its siblings: formatted only when the bag will keep the diagnostic. A loop over a hostile
/// table may report the same problem for every 4-byte entry long after the bag is full, and
/// formatting each dropped message cost more than the file (2.3 MB for a 4.7 KB export trie).
/// </summary>
[InterpolatedStringHandler]
internal ref struct DiagnosticMessage
{
    private DefaultInterpolatedStringHandler _text;

    public DiagnosticMessage(int literalLength, int formattedCount, DiagnosticBag bag, out bool isEnabled)
    {
        isEnabled = bag.WillKeep;
        Enabled = isEnabled;
        _text = isEnabled ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    /// <summary>False when the bag is full: nothing was formatted and the diagnostic is dropped.</summary>
    public bool Enabled { get; }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
