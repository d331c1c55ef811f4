using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

[Collection(PortalCollection.Name)]
public sealed partial class DiffPageTests(PortalFixture portal)
{
    private string DiffUrl(string from, string to) => $"/diff?base={portal.Shapes[from]}&head={portal.Shapes[to]}";

    [Fact]
    public async Task Breaking_diff_has_an_incompatible_banner_and_lists_breaking_changes_first()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(DiffUrl("1.1", "2.0"));
        await Expect(page.Locator("section.verdict")).ToHaveAttributeAsync("data-verdict", "incompatible");
        await Expect(page.Locator("section.severity").First).ToHaveAttributeAsync("data-severity", "incompatible");
        // shapes_name is gone in 2.0; the table shows it under exports removed or version changes.
        await Expect(page.Locator("section.severity[data-severity=incompatible]")).ToContainTextAsync("shapes_name");
        // Captions count in words that agree with the number: one removal, four version removals.
        await Expect(page.Locator("table[data-kind=export-removed] caption")).ToContainTextAsync("1 export removed —");
        await Expect(page.Locator("table[data-kind=version-removed] caption")).ToContainTextAsync("4 symbol versions removed —");
        string markdown = (await page.Locator("#markdown-link").GetAttributeAsync("href"))!;
        Assert.Equal($"/api/diff?base={portal.Shapes["1.1"]}&head={portal.Shapes["2.0"]}&format=markdown", markdown);
        await PortalFixture.ScreenshotAsync(page, "diff");

        var response = await page.GotoAsync(markdown);
        Assert.Equal(200, response!.Status);
        Assert.Contains("shapes_name", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Additions_only_diff_is_compatible()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(DiffUrl("1.0", "1.1"));
        await Expect(page.Locator("section.verdict")).ToHaveAttributeAsync("data-verdict", "compatible");
        await Expect(page.Locator("section.severity[data-severity=incompatible]")).ToHaveCountAsync(0);
        await Expect(page.Locator("section.severity[data-severity=compatible]")).ToContainTextAsync("shapes::Square::area() const");
    }

    [Fact]
    public async Task Filters_narrow_the_changes_through_the_url()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(DiffUrl("1.0", "1.1"));
        await page.GetByLabel("Name contains").FillAsync("describe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("q=describe"));
        var rows = page.Locator("table.changes tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync("shapes_describe");
    }

    [Fact]
    public async Task Same_upload_on_both_sides_reports_no_change()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(DiffUrl("1.0", "1.0"));
        await Expect(page.Locator("section.verdict")).ToHaveAttributeAsync("data-verdict", "none");
        await Expect(page.Locator("#no-changes")).ToBeVisibleAsync();
    }
}
