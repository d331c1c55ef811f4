using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

[Collection(PortalCollection.Name)]
public sealed partial class ArtifactPageTests(PortalFixture portal)
{
    private long Shapes11 => portal.Shapes["1.1"];

    [Fact]
    public async Task Shows_identity_dependencies_and_all_exports()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{Shapes11}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("shapes 1.1");
        await Expect(page.Locator("[data-status=ready]")).ToBeVisibleAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("libshapes.so.1");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("EM_X86_64");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "libm.so.6" })).ToBeVisibleAsync();
        // 1.1 exports 13 symbols plus the two version-definition symbols the linker adds.
        await Expect(page.Locator("#exports-table tbody tr")).ToHaveCountAsync(15);
        await PortalFixture.ScreenshotAsync(page, "artifact");
    }

    [Fact]
    public async Task Filter_form_narrows_the_table_and_keeps_the_state_in_the_url()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{Shapes11}");
        await page.GetByLabel("Name contains").FillAsync("Square");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("q=Square"));
        var rows = page.Locator("#exports-table tbody tr");
        await Expect(rows).ToHaveCountAsync(3); // two constructors (C1/C2) and area()
        foreach (string text in await rows.Locator("td.name").AllInnerTextsAsync())
        {
            Assert.Contains("Square", text, StringComparison.Ordinal);
        }

        // Kind filter on top of the name filter: objects only, which Square has none of.
        await page.GetByLabel("Kind").SelectOptionAsync("object");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("kind=object"));
        await Expect(page.GetByText("No exports match.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Version_filter_and_size_sort_come_from_the_url()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{Shapes11}?version=SHAPES_1.1&sort=-size");
        await Expect(page.GetByLabel("Version")).ToHaveValueAsync("SHAPES_1.1");
        var rows = page.Locator("#exports-table tbody tr");
        await Expect(rows).ToHaveCountAsync(5); // Square's three symbols, shapes_describe and the node symbol
        var sizes = (await page.Locator("#exports-table tbody td.num:nth-last-child(2)").AllInnerTextsAsync()).Select(long.Parse).ToList();
        Assert.Equal(sizes.OrderByDescending(s => s), sizes);
        await Expect(page.Locator("th[aria-sort=descending]")).ToContainTextAsync("Size");
    }

    [Fact]
    public async Task Raw_switch_shows_mangled_names_and_paging_links_keep_filters()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{Shapes11}?pageSize=5&q=shapes");
        await page.GetByRole(AriaRole.Link, new() { Name = "raw", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("names=raw"));
        await Expect(page.Locator("#exports-table")).ToContainTextAsync("_ZN6shapes");
        await page.Locator("a[rel=next]").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("page=2"));
        Assert.Contains("q=shapes", page.Url, StringComparison.Ordinal);
        Assert.Contains("names=raw", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("nav.pager a[aria-current=page]").First).ToHaveTextAsync("2");
    }

    [Fact]
    public async Task Imports_have_their_own_tab()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{Shapes11}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = ImportsTab() }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("tab=imports"));
        await Expect(page.Locator("#imports-table")).ToContainTextAsync("hypot");
    }

    [Fact]
    public async Task Unknown_artifact_is_a_404_page()
    {
        var page = await portal.NewPageAsync();
        var response = await page.GotoAsync("/artifacts/987654");
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not found");
    }

    [GeneratedRegex(@"^Imports \(\d+\)$")]
    private static partial Regex ImportsTab();
}
