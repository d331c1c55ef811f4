using AbiPortal.Parsers.Diff;
using static AbiPortal.Parsers.Tests.Diff.Snap;

namespace AbiPortal.Parsers.Tests.Diff;

/// <summary>The tiers: the verdict is the worst unsuppressed one, info never counts, and every renderer orders and names them alike.</summary>
public sealed class TierTests
{
    private static AbiChange Change(ChangeSeverity severity, string name, bool suppressed = false)
        => new() { Kind = ChangeKind.ExportAdded, Severity = severity, Symbol = name, Suppressed = suppressed };

    private static AbiDiff Diff(params AbiChange[] changes)
    {
        var summary = DiffSummary.Of(changes);
        return new AbiDiff
        {
            Old = DiffSide.Of(ElfLib("l")),
            New = DiffSide.Of(ElfLib("l")),
            Verdict = AbiDiff.VerdictOf(summary),
            Summary = summary,
            Changes = changes,
        };
    }

    [Theory]
    [InlineData(ChangeSeverity.Incompatible, Verdict.Incompatible)]
    [InlineData(ChangeSeverity.ApiBreak, Verdict.ApiBreak)]
    [InlineData(ChangeSeverity.Risk, Verdict.Risk)]
    [InlineData(ChangeSeverity.Compatible, Verdict.Compatible)]
    [InlineData(ChangeSeverity.Info, Verdict.None)]
    public void The_verdict_is_the_worst_unsuppressed_tier(ChangeSeverity worst, Verdict expected)
    {
        // Every tier at or below the worst one is present once, plus a suppressed incompatible change.
        var changes = Enum.GetValues<ChangeSeverity>().Where(s => s >= worst).Select(s => Change(s, s.ToString()))
            .Append(Change(ChangeSeverity.Incompatible, "hidden", suppressed: true)).ToArray();
        var summary = DiffSummary.Of(changes);
        Assert.Equal(expected, AbiDiff.VerdictOf(summary));
        Assert.Equal(1, summary.Suppressed);
        Assert.All(Enum.GetValues<ChangeSeverity>(), s => Assert.Equal(s >= worst ? 1 : 0, summary.Count(s)));
    }

    [Fact]
    public void Verdicts_and_tiers_order_alike()
    {
        // Severities are declared worst first, verdicts best first: comparisons read as "at least as bad".
        var bySeverity = Enum.GetValues<ChangeSeverity>().Where(s => s != ChangeSeverity.Info).Select(AbiDiff.VerdictOf).ToArray();
        Assert.Equal(Enum.GetValues<Verdict>().Where(v => v != Verdict.None).Reverse(), bySeverity);
        Assert.True(Verdict.Risk > Verdict.Compatible && Verdict.ApiBreak > Verdict.Risk && Verdict.Incompatible > Verdict.ApiBreak);
    }

    [Fact]
    public void Text_lists_the_tiers_worst_first_with_every_count()
    {
        string text = DiffTextRenderer.Render(Diff(Change(ChangeSeverity.Compatible, "c"), Change(ChangeSeverity.Risk, "r"), Change(ChangeSeverity.ApiBreak, "a"), Change(ChangeSeverity.Info, "i")));
        Assert.Contains("verdict: api-break (0 incompatible, 1 api-break, 1 risk, 1 compatible, 1 info, 0 suppressed)", text, StringComparison.Ordinal);
        int[] at = new[] { "API breaks (1)", "Risks (1)", "Compatible changes (1)", "Info (1)" }.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToArray();
        Assert.True(at.All(i => i > 0), text);
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public void Markdown_shows_risks_in_the_open_and_compatible_changes_folded()
    {
        string md = DiffMarkdownRenderer.Render(Diff(Change(ChangeSeverity.Risk, "r"), Change(ChangeSeverity.Compatible, "c")));
        Assert.StartsWith("### ⚠️ ABI diff: **risk**", md, StringComparison.Ordinal);
        Assert.Contains("#### Risks (1)", md, StringComparison.Ordinal);
        Assert.Contains("<details><summary>Compatible and info changes (1)</summary>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Incompatible changes", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_words_are_the_tiers()
    {
        string json = DiffJson.Serialize(Diff(Change(ChangeSeverity.ApiBreak, "a")));
        Assert.Contains("\"verdict\": \"api-break\"", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"api-break\"", json, StringComparison.Ordinal);
        Assert.Contains("\"apiBreak\": 1", json, StringComparison.Ordinal);
        Assert.Contains($"\"schemaVersion\": {AbiDiff.CurrentSchemaVersion}", json, StringComparison.Ordinal);
        Assert.Equal(Verdict.ApiBreak, DiffJson.Deserialize(json).Verdict);
    }
}
