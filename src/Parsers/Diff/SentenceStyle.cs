namespace AbiPortal.Parsers.Diff;

/// <summary>How <see cref="AbiChangeText"/> writes the parts of a sentence: type spellings and values, member names, other text, and the arrow.</summary>
/// <param name="Value">A type spelling or value (<c>struct Point *</c>).</param>
/// <param name="Name">A member name (a field, enumerator, base, virtual method).</param>
/// <param name="Text">Words from the change (<c>offset 8</c>, <c>parameter 1 `p`</c>).</param>
/// <param name="Arrow">Between before and after.</param>
internal sealed record SentenceStyle(Func<string, string> Value, Func<string, string> Name, Func<string, string> Text, string Arrow)
{
    /// <summary>Terminal text: names in backticks, the rest as is.</summary>
    public static SentenceStyle Plain { get; } = new(v => v, n => "`" + n + "`", t => t, "->");
}
