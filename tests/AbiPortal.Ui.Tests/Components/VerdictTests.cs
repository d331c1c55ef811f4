using AbiPortal.Client.Components.Shared;
using AbiPortal.Parsers.Diff;

namespace AbiPortal.Ui.Tests.Components;

/// <summary>The verdict banner and badge name every tier in words, colour them, and count each tier.</summary>
public sealed class VerdictTests
{
    [Theory]
    [InlineData(Verdict.Incompatible, "bad", "Incompatible")]
    [InlineData(Verdict.ApiBreak, "warn", "API break")]
    [InlineData(Verdict.Risk, "warn", "Risk")]
    [InlineData(Verdict.Compatible, "ok", "Compatible")]
    [InlineData(Verdict.None, "info", "No ABI change")]
    public async Task Banner_says_the_verdict_in_words_and_counts_every_tier(Verdict verdict, string css, string headline)
    {
        var summary = new DiffSummary { Incompatible = 1, ApiBreak = 2, Risk = 3, Compatible = 4, Info = 5 };
        var doc = await ComponentHtml.RenderAsync<VerdictBanner>(new Dictionary<string, object?> { ["Verdict"] = verdict, ["Summary"] = summary });
        var banner = doc.QuerySelector("section.verdict")!;
        Assert.Contains(css, banner.ClassList);
        Assert.Equal(headline, banner.QuerySelector(".word")!.TextContent);
        var counts = banner.QuerySelectorAll(".counts li").Select(li => (li.GetAttribute("data-severity"), li.TextContent.Trim())).ToArray();
        Assert.Equal(
            [("incompatible", "1 incompatible"), ("api-break", "2 api-break"), ("risk", "3 risk"), ("compatible", "4 compatible"), ("info", "5 info")],
            counts);
    }

    [Theory]
    [InlineData("incompatible", "bad", "incompatible")]
    [InlineData("breaking", "bad", "incompatible")]
    [InlineData("api-break", "warn", "API break")]
    [InlineData("risk", "warn", "risk")]
    [InlineData("compatible", "ok", "compatible")]
    [InlineData("none", "info", "no ABI change")]
    public async Task Badge_colours_and_names_each_verdict_word(string verdict, string css, string text)
    {
        var doc = await ComponentHtml.RenderAsync<VerdictBadge>(new Dictionary<string, object?> { ["Verdict"] = verdict });
        var tag = doc.QuerySelector("span.tag")!;
        Assert.Contains(css, tag.ClassList);
        Assert.Equal(text, tag.TextContent);
        Assert.Equal(verdict, tag.GetAttribute("data-verdict"));
    }
}
