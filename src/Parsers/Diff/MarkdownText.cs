using System.Net;

namespace AbiPortal.Parsers.Diff;

/// <summary>Names and free text made safe for a Markdown table: what the PR comment shows comes from binaries and uploaded snapshots.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Free text someone else wrote (suppression reasons and entries, member names, labels) as inert
    /// Markdown: a code span. HTML entities are not enough on GitHub: its autolinker and its
    /// @mention filter work on the text after entities are decoded, so <c>&amp;#64;someone</c>
    /// still pings someone. Code spans are the one construct both skip.
    /// </summary>
    public static string Inert(string text) => text.Length == 0 ? string.Empty : Code(text);

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
        // A line break would end the table row (or list item) the span sits in.
        string body = text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
        string pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + body + pad + fence;
    }

    /// <summary>
    /// Prose as inert Markdown: HTML entities for the characters Markdown acts on, and a word joiner
    /// (U+2060, invisible) after every <c>@</c> and inside <c>://</c> and <c>www.</c>. Entities alone
    /// do not stop GitHub's @mention filter or autolinker, which run on the decoded text; a type
    /// name read from a binary's debug info must not ping anyone or become a link.
    /// </summary>
    public static string Escape(string text)
        => WebUtility.HtmlEncode(text).Replace("|", "&#124;", StringComparison.Ordinal).Replace("`", "&#96;", StringComparison.Ordinal)
            .Replace("*", "&#42;", StringComparison.Ordinal).Replace("_", "&#95;", StringComparison.Ordinal).Replace("[", "&#91;", StringComparison.Ordinal)
            .Replace("@", "@\u2060", StringComparison.Ordinal).Replace("://", ":\u2060//", StringComparison.Ordinal)
            .Replace("www.", "www\u2060.", StringComparison.OrdinalIgnoreCase)
            .Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>
    /// The content of an HTML comment (the sticky marker) made unable to end the comment early:
    /// <c>&lt;</c> and <c>&gt;</c> percent-encoded, and every <c>--</c> broken up (HTML: a comment's
    /// text must not contain <c>--&gt;</c>, <c>--!&gt;</c> or <c>&lt;!--</c>).
    /// </summary>
    public static string InertComment(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("%3C"); break;
                case '>': sb.Append("%3E"); break;
                case '-' when sb.Length > 0 && sb[^1] == '-': sb.Append("%2D"); break;
                case '\r' or '\n': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Sentences of <see cref="AbiChangeText"/> in Markdown: names and values as code spans, other words escaped.</summary>
    public static SentenceStyle Sentences { get; } = new(Code, Code, Escape, "→");
}
