namespace AbiPortal.Ui.Tests.Browser;

/// <summary>Every page of the portal, at a desktop width and a phone width, with axe-core in it: no serious or moderate violation.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalFixture portal)
{
    public static TheoryData<int> Widths => [.. Axe.Widths];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_page_has_no_serious_or_moderate_axe_violation(int width)
    {
        long old = portal.Shapes["1.1"], @new = portal.Shapes["2.0"];
        string[] paths =
        [
            "/",
            "/libraries/shapes",
            "/libraries/shapes/platforms",
            $"/artifacts/{@new}",
            $"/artifacts/{@new}?tab=imports",
            $"/artifacts/{@new}/exports/0",
            $"/diff?base={old}&head={@new}",
            $"/diff?base={old}&head={@new}&severity=incompatible&kind=export-removed",
            "/diff",
            "/symbols?q=shapes",
            "/upload",
            "/no-such-page",
            "/diff?base=abc&head=1",
        ];
        var page = await portal.NewPageAsync(width: width);
        var problems = new List<string>();
        foreach (string path in paths)
        {
            await page.GotoAsync(path);
            problems.AddRange(await Axe.ViolationsAsync(page, path));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
