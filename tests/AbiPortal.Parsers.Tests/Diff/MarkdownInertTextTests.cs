using System.Text.RegularExpressions;
using AbiPortal.Parsers.Diff;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>
/// Text the client chose (the library label in the sticky marker, suppression reasons and entries)
/// reaches a GitHub comment: it must not end the marker, link, mention, or carry HTML there.
/// </summary>
public sealed partial class MarkdownInertTextTests
{
    private const string Hostile = "x---> [click](http://evil.example) @someone <img src=x onerror=alert(1)> www.evil.example";

    [Fact]
    public void A_hostile_library_label_cannot_end_the_marker()
    {
        string md = DiffMarkdownRenderer.Render(SmallDiff(), new MarkdownOptions { Marker = CheckMarker.For(Hostile) });
        string first = md[..md.IndexOf('\n', StringComparison.Ordinal)];

        Assert.StartsWith("<!-- abiportal:check library=x-%2D%2D%3E%20", first, StringComparison.Ordinal);
        Assert.EndsWith(" -->", first, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(md, "-->"));
        Assert.DoesNotContain("--", first[4..^3], StringComparison.Ordinal);
        Assert.DoesNotContain("[click](", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
        Assert.DoesNotContain("@someone", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_marker_text_is_made_inert()
    {
        string md = DiffMarkdownRenderer.Render(SmallDiff(), new MarkdownOptions { Marker = "a--> <b>\nc" });
        Assert.StartsWith("<!-- a-%2D%3E %3Cb%3E c -->\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_library_names_keep_their_marker()
    {
        Assert.Equal("abiportal:check library=libfoo-bar_1.2+x", CheckMarker.For("libfoo-bar_1.2+x"));
        Assert.Equal("abiportal:check library=zlib", CheckMarker.For("zlib"));
        Assert.Equal("abiportal:check library=a-%2Db", CheckMarker.For("a--b"));
        Assert.Equal("abiportal:check library=caf%C3%A9%20%F0%9F%99%82", CheckMarker.For("café 🙂"));
    }

    [Fact]
    public void Suppression_reasons_and_entries_are_code_spans_without_links_mentions_or_html()
    {
        string suppressions = "[{\"symbol\": \"internal_*\", \"kind\": \"export-removed\", \"reason\": \"" + Hostile.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"},"
            + " {\"symbol\": \"nothing_matches\", \"reason\": \"ask @maintainer at https://evil.example/x\"}]";
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("internal_a"), Fn("public_c")),
            ElfLib("l"),
            new DiffOptions { Suppressions = SuppressionFile.Parse(suppressions), Today = new DateOnly(2026, 11, 21) });

        string md = DiffMarkdownRenderer.Render(diff);

        Assert.Contains($"`{Hostile}`", md, StringComparison.Ordinal);
        Assert.Matches("(?m)^- unmatched: `[^`]+`$", md);
        foreach (string dangerous in new[] { "@someone", "@maintainer", "http://evil.example", "https://evil.example/x", "<img", "www.evil.example", "[click]" })
        {
            Assert.All(Occurrences(md, dangerous), at => Assert.True(InsideCodeSpan(md, at), $"'{dangerous}' outside a code span at {at}"));
        }
    }

    [Fact]
    public void Line_breaks_in_free_text_cannot_break_out_of_a_table_row()
    {
        var diff = SnapshotDiffer.Compare(
            ElfLib("l", Fn("internal_a")),
            ElfLib("l"),
            new DiffOptions { Suppressions = SuppressionFile.Parse("[{\"symbol\": \"internal_a\", \"reason\": \"one\\n| injected | row |\\n<script>\"}]"), Today = new DateOnly(2026, 11, 21) });

        string md = DiffMarkdownRenderer.Render(diff);

        Assert.Contains("`one \\| injected \\| row \\| <script>`", md, StringComparison.Ordinal);
    }

    private static AbiDiff SmallDiff() => SnapshotDiffer.Compare(ElfLib("l", Fn("gone")), ElfLib("l"));

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>Whether position <paramref name="at"/> of its line sits between an odd number of backtick runs before it.</summary>
    private static bool InsideCodeSpan(string text, int at)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        return Regex.Count(text[lineStart..at], "`+") % 2 == 1;
    }
}
