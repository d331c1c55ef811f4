using System.Net;

namespace AbiPortal.Parsers.Diff;

/// <summary>Names and free text made safe for a Markdown table: what the PR comment shows comes from binaries and uploaded snapshots.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// A Markdown code span: its content is literal (no emphasis, no HTML), so C++ names keep their
    /// <c>&lt;</c>, <c>_</c> and <c>*</c>. Only the pipe needs a backslash inside a table cell (GFM
    /// spec, tables), and the fence is one backtick longer than any run inside the name (MSVC
    /// names contain <c>`anonymous namespace'</c>).
    /// </summary>
    public static string Code(string text)
    {
        int longest = 0, run = 0;
        foreach (char c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        string fence = new('`', longest + 1);
        string body = text.Replace("|", "\\|", StringComparison.Ordinal);
        string pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + body + pad + fence;
    }

    /// <summary>Free text (reasons, labels, member names) as inert Markdown: HTML entities for the characters Markdown acts on.</summary>
    public static string Escape(string text)
        => WebUtility.HtmlEncode(text).Replace("|", "&#124;", StringComparison.Ordinal).Replace("`", "&#96;", StringComparison.Ordinal)
            .Replace("*", "&#42;", StringComparison.Ordinal).Replace("_", "&#95;", StringComparison.Ordinal).Replace("[", "&#91;", StringComparison.Ordinal);

    /// <summary>Sentences of <see cref="AbiChangeText"/> in Markdown: names and values as code spans, other words escaped.</summary>
    public static SentenceStyle Sentences { get; } = new(Code, Code, Escape, "→");
}
