using AbiPortal.Client.Components.Charts;

namespace AbiPortal.Ui.Tests.Components;

public sealed class TimelineTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(7, 8, 2)]
    [InlineData(11, 15, 5)]
    [InlineData(44_459, 60_000, 20_000)]
    [InlineData(100, 100, 50)]
    public void NiceAxis_uses_the_1_2_5_series(long max, long expectedMax, long expectedStep)
    {
        var (axisMax, step) = TimelineLayout.NiceAxis(max);
        Assert.Equal(expectedMax, axisMax);
        Assert.Equal(expectedStep, step);
    }

    [Fact]
    public void Layout_places_versions_left_to_right_and_bigger_counts_higher()
    {
        var layout = TimelineLayout.Create([10, 14, 12]);
        Assert.Equal(3, layout.Positions.Count);
        Assert.True(layout.Positions[0].X < layout.Positions[1].X && layout.Positions[1].X < layout.Positions[2].X);
        Assert.True(layout.Positions[1].Y < layout.Positions[2].Y, "14 exports must sit above 12");
        Assert.True(layout.Positions[2].Y < layout.Positions[0].Y, "12 exports must sit above 10");
        Assert.Equal(0, layout.Ticks[0]);
        Assert.Equal(layout.AxisMax, layout.Ticks[^1]);
        Assert.Equal(layout.Baseline, layout.YOf(0));
    }

    [Fact]
    public void Layout_widens_instead_of_overlapping_many_versions()
    {
        var layout = TimelineLayout.Create(Enumerable.Repeat(5L, 40).ToList());
        Assert.True(layout.Positions[1].X - layout.Positions[0].X >= TimelineLayout.MinStep - 0.1);
    }

    [Fact]
    public async Task Chart_renders_svg_points_linked_and_coloured_by_verdict()
    {
        TimelinePoint[] points =
        [
            new("1.0", 11, null, "/artifacts/1"),
            new("1.1", 15, "compatible", "/artifacts/2", 0, 100),
            new("2.0", 14, "incompatible", "/artifacts/3", 3, 81.8),
            new("2.1", 14, "risk", "/artifacts/4", 0, 100),
        ];
        var doc = await ComponentHtml.RenderAsync<TimelineChart>(new Dictionary<string, object?> { ["Points"] = points });

        // A group, not an image: an image's content is presentational, and its links would be nested controls (axe).
        var svg = doc.QuerySelector("figure svg[role=group]");
        Assert.NotNull(svg);
        var groups = svg.QuerySelectorAll("g.point");
        Assert.Equal(4, groups.Length);
        Assert.Contains("unknown", groups[0].ClassList);
        Assert.Contains("compatible", groups[1].ClassList);
        Assert.Contains("incompatible", groups[2].ClassList);
        Assert.Contains("risk", groups[3].ClassList);
        Assert.Equal("/artifacts/3", groups[2].QuerySelector("a")!.GetAttribute("href"));
        // Counts and version labels are real SVG <text> elements, not Razor's text pseudo-tag.
        Assert.Equal(["11", "15", "14", "14"], svg.QuerySelectorAll("text.count").Select(t => t.TextContent));
        Assert.Equal(["1.0", "1.1", "2.0", "2.1"], svg.QuerySelectorAll("text.version").Select(t => t.TextContent));
        Assert.NotNull(svg.QuerySelector("polyline.line"));
        Assert.Contains("2.0: 14 exports, incompatible with the previous version", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2.1: 14 exports, risk with the previous version", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("risk or API break", doc.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);

        // The compatibility band: a percentage and a bar under each compared version, none under the first.
        Assert.Null(groups[0].QuerySelector("text.compat"));
        Assert.Equal(["100%", "81.8%", "100%"], svg.QuerySelectorAll("text.compat").Select(t => t.TextContent));
        double track = double.Parse(groups[2].QuerySelector("rect.track")!.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        double kept = double.Parse(groups[2].QuerySelector("rect.kept")!.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(track * 0.818, kept, 0.1);
        Assert.Equal(groups[1].QuerySelector("rect.track")!.GetAttribute("width"), groups[1].QuerySelector("rect.kept")!.GetAttribute("width"));
        Assert.Contains("2.0: 14 exports, incompatible with the previous version, 3 incompatible changes, 81.8% compatible", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("compatible", svg.QuerySelector("text.band-label")!.TextContent);
    }

    [Fact]
    public async Task Chart_without_versions_says_so()
    {
        var doc = await ComponentHtml.RenderAsync<TimelineChart>(new Dictionary<string, object?> { ["Points"] = Array.Empty<TimelinePoint>() });
        Assert.Null(doc.QuerySelector("svg"));
        Assert.Contains("No versions", doc.Body!.TextContent, StringComparison.Ordinal);
    }
}
