using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>The journeys between pages: home, symbol search, a symbol's page, the library timeline.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class NavigationTests(PortalFixture portal)
{
    [Fact]
    public async Task Home_lists_the_library_and_recent_uploads()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "shapes", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "shapes 2.0 (linux-x86_64)" })).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(page, "home");
    }

    [Fact]
    public async Task Symbol_search_finds_every_version_that_exports_a_name()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Which uploads export a symbol?").FillAsync("shapes_version");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/symbols\\?q=shapes_version"));
        var rows = page.Locator("#symbol-hits tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        foreach (string version in PortalFixture.ShapesVersions)
        {
            await Expect(rows.Filter(new() { HasText = "linux-x86_64" }).GetByRole(AriaRole.Cell, new() { Name = version, Exact = true })).ToHaveCountAsync(1);
        }

        await PortalFixture.ScreenshotAsync(page, "symbols");
    }

    [Fact]
    public async Task Symbol_search_finds_part_of_a_demangled_name()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/symbols");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Circle::perimeter");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/symbols\\?q=Circle%3A%3Aperimeter"));
        await Expect(page.Locator("#symbol-hits caption")).ToContainTextAsync("contains “Circle::perimeter” (no name starts with it)");
        await Expect(page.Locator("#symbol-hits tbody tr")).ToHaveCountAsync(3);

        // Asking for a strict prefix says plainly that nothing starts with it.
        await page.GetByLabel("Match").SelectOptionAsync("prefix");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.Locator("#no-hits")).ToContainTextAsync("starting with");
        await Expect(page.GetByLabel("Match")).ToHaveValueAsync("prefix");
    }

    [Fact]
    public async Task A_symbol_page_answers_the_inspection_questions_and_its_history()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{portal.Shapes["1.1"]}?q=shapes_describe");
        await page.Locator("#exports-table td.name a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/artifacts/\d+/exports/\d+$"));
        await Expect(page.Locator("#answer-global")).ToContainTextAsync("yes");
        await Expect(page.Locator("#answer-dynamic")).ToContainTextAsync(".dynsym");
        await Expect(page.Locator("#answer-visible")).ToContainTextAsync("yes");
        await Expect(page.Locator("#answer-version")).ToContainTextAsync("SHAPES_1.1");
        await Expect(page.Locator("#answer-stripped")).ToContainTextAsync("no");
        // shapes_describe appeared in 1.1 (SHAPES_1.1), absent from 1.0; 2.0 still exports it,
        // under its new node SHAPES_2.0, so it exists from 1.1 to 2.0.
        var rows = page.Locator("#presence-table tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync("no");
        await Expect(rows.Nth(1)).ToContainTextAsync("SHAPES_1.1");
        await Expect(rows.Nth(2)).ToContainTextAsync("yes");
        await Expect(rows.Nth(2)).ToContainTextAsync("SHAPES_2.0 (moved)");
        await Expect(page.Locator("#presence-summary")).ToContainTextAsync("from 1.1 to 2.0");
        await PortalFixture.ScreenshotAsync(page, "export");
    }

    [Fact]
    public async Task Stripped_library_says_so_on_the_symbol_page()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{portal.Shapes["2.0"]}?q=shapes_version");
        await page.Locator("#exports-table td.name a").First.ClickAsync();
        await Expect(page.Locator("#answer-stripped")).ToContainTextAsync("yes");
    }

    [Fact]
    public async Task Library_timeline_links_each_version_and_the_compare_form_opens_a_diff()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/libraries/shapes");
        var points = page.Locator("figure.timeline svg g.point");
        await Expect(points).ToHaveCountAsync(3);
        await Expect(page.Locator("figure.timeline svg text.count")).ToHaveTextAsync(["10", "15", "14"]);
        // Each point is coloured by the verdict against the previous version.
        await Expect(points.Nth(0)).ToHaveClassAsync(new Regex("^point unknown$"));
        await Expect(points.Nth(1)).ToHaveClassAsync(new Regex("^point compatible$"));
        await Expect(points.Nth(2)).ToHaveClassAsync(new Regex("^point incompatible$"));
        await PortalFixture.ScreenshotAsync(page, "library");

        // Per release, as ABI Tracker shows: incompatible changes and backward compatibility.
        // 1.1 only added (100%); 2.0 changed its SONAME, so nothing built against 1.1 loads (0%).
        var rows = page.Locator("#versions-table tbody tr");
        await Expect(rows.Nth(1).Locator("td[data-column=incompatible]")).ToHaveTextAsync("0");
        await Expect(rows.Nth(1).Locator("td[data-column=compatibility]")).ToHaveTextAsync("100%");
        await Expect(rows.Nth(2).Locator("td[data-column=incompatible]")).ToHaveTextAsync(new Regex("^[1-9][0-9]*$"));
        await Expect(rows.Nth(2).Locator("td[data-column=compatibility]")).ToHaveTextAsync("0%");

        // The chart draws the same under each compared version: a percentage over a bar.
        await Expect(page.Locator("figure.timeline svg text.compat")).ToHaveTextAsync(["100%", "0%"]);
        await Expect(points.Nth(2).Locator("rect.kept")).ToHaveAttributeAsync("width", "0");
        await Expect(points.Nth(2).Locator("a")).ToHaveAttributeAsync("aria-label", new Regex(@"^2\.0: 14 exports, incompatible with the previous version, [1-9][0-9]* incompatible changes?, 0% compatible$"));

        await page.GetByLabel("Base (old)").SelectOptionAsync(new SelectOptionValue { Label = "1.0 (linux-x86_64)" });
        await page.GetByLabel("Head (new)").SelectOptionAsync(new SelectOptionValue { Label = "2.0 (linux-x86_64)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the diff" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/diff\\?base={portal.Shapes["1.0"]}&head={portal.Shapes["2.0"]}$"));

        // Following a point of the chart opens that version.
        await page.GotoAsync("/libraries/shapes");
        await points.Nth(1).Locator("a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/artifacts/{portal.Shapes["1.1"]}$"));
    }

    [Fact]
    public async Task Keyboard_users_can_skip_to_the_content_and_see_where_focus_is()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        string outline = await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.Equal("solid", outline);
    }

    [Fact]
    public async Task Pages_render_in_the_dark_scheme_and_on_a_phone()
    {
        var dark = await portal.NewPageAsync(colorScheme: ColorScheme.Dark);
        await dark.GotoAsync($"/artifacts/{portal.Shapes["1.1"]}");
        string background = await dark.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(15, 20, 25)", background);
        await PortalFixture.ScreenshotAsync(dark, "artifact-dark");

        var phone = await portal.NewPageAsync(width: 390);
        await phone.GotoAsync($"/artifacts/{portal.Shapes["1.1"]}");
        // Wide tables scroll inside their wrapper; the page itself never scrolls sideways.
        int overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than a phone screen");
        await PortalFixture.ScreenshotAsync(phone, "artifact-phone");
    }
}
