using System.Text.RegularExpressions;
using AbiPortal.Client.Contracts;
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
        await Expect(page.Locator("section[aria-labelledby=deps-heading] thead th")).ToHaveTextAsync(["Library", "Kind", "Required versions"]);
        await Expect(page.Locator("section[aria-labelledby=deps-heading] tbody")).ToContainTextAsync("GLIBC_2.35");
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

    [Fact]
    public async Task After_apply_the_results_are_in_view_at_desktop_and_phone_sizes_without_javascript()
    {
        foreach (int width in Axe.Widths)
        {
            var page = await portal.NewPageAsync(javaScript: false, width: width);
            await page.GotoAsync($"/artifacts/{Shapes11}");
            await Expect(page.Locator("details.facts")).ToHaveAttributeAsync("open", "");
            await page.GetByLabel("Name contains").FillAsync("area");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("q=area.*#results$"));

            // The facts fold away and the first matching row is on screen, not below them.
            await Expect(page.Locator("details.facts")).Not.ToHaveAttributeAsync("open", "");
            await Expect(page.Locator("#exports-table tbody tr").First).ToBeInViewportAsync();
            await PortalFixture.ScreenshotAsync(page, width < 600 ? "artifact-filtered-phone" : "artifact-filtered");
        }
    }

    [Fact]
    public async Task Exports_sort_by_name_unless_asked_otherwise()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{Shapes11}?names=raw");
        await Expect(page.GetByLabel("Sort by")).ToHaveValueAsync("name");
        var names = await page.Locator("#exports-table tbody td.name a").AllInnerTextsAsync();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(15, names.Count);
    }

    [Fact]
    public async Task Downloads_hold_every_row_of_the_current_filter_and_the_api_link_answers_the_same()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{Shapes11}?q=square&pageSize=50");
        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#exports-csv").ClickAsync());
        var lines = (await File.ReadAllTextAsync((await csv.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,name,demangled,version,", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length); // header and Square's three symbols
        Assert.All(lines.Skip(1), l => Assert.Contains("Square", l, StringComparison.Ordinal));

        var json = await page.RunAndWaitForDownloadAsync(() => page.Locator("#exports-json").ClickAsync());
        using var doc = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync((await json.PathAsync())!));
        Assert.Equal(3, doc.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(3, doc.RootElement.GetProperty("items").GetArrayLength());

        string api = (await page.Locator("#exports-api").GetAttributeAsync("href"))!;
        Assert.Equal($"/api/artifacts/{Shapes11}/exports?q=square&sort=name", api);
        var response = await page.APIRequest.GetAsync(api);
        Assert.Equal(200, response.Status);
        Assert.Contains("\"total\":3", await response.TextAsync(), StringComparison.Ordinal);

        await page.GotoAsync($"/artifacts/{Shapes11}?tab=imports");
        var imports = await page.RunAndWaitForDownloadAsync(() => page.Locator("#imports-csv").ClickAsync());
        var importLines = (await File.ReadAllTextAsync((await imports.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,name,demangled,version,library,", importLines[0], StringComparison.Ordinal);
        Assert.True(importLines.Length > 1);
    }

    [Fact]
    public async Task Archive_members_link_to_their_exports_through_the_member_filter()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        long archive = await portal.UploadFixtureAsync(Path.Combine("diff", "archive-member-removed"), "old.a", new ArtifactLabels("fixture-archive", "1.0", null), cancel.Token);

        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{archive}");
        var link = page.Locator("section[aria-labelledby=members-heading] td.name a").First;
        string member = await link.InnerTextAsync();
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("member=.*#results$"));
        await Expect(page.Locator("#filter-member")).ToHaveValueAsync(member);
        await Expect(page.Locator("#exports-table caption")).ToContainTextAsync($"in {member}");
        var members = await page.Locator("#exports-table tbody td.mono").AllInnerTextsAsync();
        Assert.Contains(member, members);

        foreach (int width in Axe.Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            await Axe.AssertCleanAsync(page, "archive member");
        }
    }

    [Fact]
    public async Task Fat_file_dependencies_are_labelled_by_slice_and_stay_in_view()
    {
        // libwrap.fat.dylib: x86_64 and arm64 slices, each loading and re-exporting @rpath/libbase.dylib.
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        long fat = await portal.UploadFixtureAsync("macho", "libwrap.fat.dylib", new ArtifactLabels("fixture-wrap", "2.0", "macos"), cancel.Token);

        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{fat}");
        var table = page.Locator("section[aria-labelledby=deps-heading] table");
        // Mach-O records no symbol versions per library, so that column is left out.
        await Expect(table.Locator("thead th")).ToHaveTextAsync(["Slice", "Library", "Kind", "Current / compat. version"]);
        var rows = table.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        string[] expected = ["x86_64 @rpath/libbase.dylib", "x86_64 @rpath/libbase.dylib", "arm64 @rpath/libbase.dylib", "arm64 @rpath/libbase.dylib"];
        for (int i = 0; i < expected.Length; i++)
        {
            string slice = await rows.Nth(i).Locator("td").Nth(0).InnerTextAsync();
            string library = await rows.Nth(i).Locator("td").Nth(1).InnerTextAsync();
            Assert.Equal(expected[i], $"{slice} {library}");
        }

        await Expect(rows.Nth(0)).ToContainTextAsync("1.2.3 / 1.0.0");

        // At desktop width the whole table fits its card: nothing is cut off on the right.
        var wrap = page.Locator("section[aria-labelledby=deps-heading] .table-wrap");
        Assert.True(await wrap.EvaluateAsync<bool>("w => w.scrollWidth <= w.clientWidth"), "the slice dependency table overflows its card at 1280 px");
        await PortalFixture.ScreenshotAsync(page, "artifact-fat");

        foreach (int width in Axe.Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            await Axe.AssertCleanAsync(page, "fat artifact");
        }
    }

    [Fact]
    public async Task Symbol_facts_read_across_a_phone_screen()
    {
        var page = await portal.NewPageAsync(width: 390);
        await page.GotoAsync($"/artifacts/{Shapes11}/exports/0");
        // Each answer gets the width of the card (below its question), not a sliver beside it.
        var answers = page.Locator("section[aria-labelledby=answers-heading] dd");
        await Expect(answers).Not.ToHaveCountAsync(0);
        foreach (var answer in await answers.AllAsync())
        {
            Assert.True((await answer.BoundingBoxAsync())!.Width > 250);
        }

        await PortalFixture.ScreenshotAsync(page, "export-phone");
    }
}
