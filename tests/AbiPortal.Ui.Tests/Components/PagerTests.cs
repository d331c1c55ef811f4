using AbiPortal.Client.Components.Shared;

namespace AbiPortal.Ui.Tests.Components;

public sealed class PagerTests
{
    [Fact]
    public async Task Links_keep_the_other_query_parameters_and_mark_the_current_page()
    {
        var doc = await ComponentHtml.RenderAsync<Pager>(
            new Dictionary<string, object?> { ["Total"] = 1234L, ["Page"] = 3, ["PageSize"] = 100, ["Noun"] = "exports" },
            "http://localhost/artifacts/7?q=area&sort=size&page=3");

        var current = doc.QuerySelector("a[aria-current=page]");
        Assert.NotNull(current);
        Assert.Equal("3", current.TextContent.Trim());
        string next = doc.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("q=area", next, StringComparison.Ordinal);
        Assert.Contains("sort=size", next, StringComparison.Ordinal);
        Assert.Contains("page=4", next, StringComparison.Ordinal);
        // Page 1 is the URL without a page parameter, so the canonical link stays short.
        string first = doc.QuerySelector("a[aria-label='Page 1']")!.GetAttribute("href")!;
        Assert.DoesNotContain("page=", first, StringComparison.Ordinal);
        Assert.Contains("201", doc.QuerySelector(".range")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1,234", doc.QuerySelector(".range")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_pager_keeps_its_own_parameter_and_lands_on_its_group()
    {
        var doc = await ComponentHtml.RenderAsync<Pager>(
            new Dictionary<string, object?>
            {
                ["Total"] = 973L, ["Page"] = 2, ["PageSize"] = 50,
                ["PageParameter"] = "p-incompatible-export-removed", ["Fragment"] = "g-incompatible-export-removed",
            },
            "http://localhost/diff?base=1&head=2&p-compatible-export-added=4#g-compatible-export-added");

        string next = doc.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("p-incompatible-export-removed=3", next, StringComparison.Ordinal);
        // Another group's page stays where it was; the fragment is this group's, not the URL's.
        Assert.Contains("p-compatible-export-added=4", next, StringComparison.Ordinal);
        Assert.EndsWith("#g-incompatible-export-removed", next, StringComparison.Ordinal);
        Assert.Equal(1, next.Count(c => c == '#'));
    }

    [Fact]
    public async Task Nothing_is_rendered_for_an_empty_result()
    {
        var doc = await ComponentHtml.RenderAsync<Pager>(
            new Dictionary<string, object?> { ["Total"] = 0L, ["Page"] = 1, ["PageSize"] = 100 });
        Assert.Null(doc.QuerySelector("nav"));
    }

    [Fact]
    public async Task The_last_page_has_no_next_link()
    {
        var doc = await ComponentHtml.RenderAsync<Pager>(
            new Dictionary<string, object?> { ["Total"] = 250L, ["Page"] = 3, ["PageSize"] = 100 },
            "http://localhost/x?page=3");
        Assert.Null(doc.QuerySelector("a[rel=next]"));
        Assert.NotNull(doc.QuerySelector("a[rel=prev]"));
        Assert.Contains("250", doc.QuerySelector(".range")!.TextContent, StringComparison.Ordinal);
    }
}
