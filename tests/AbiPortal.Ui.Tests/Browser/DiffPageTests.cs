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

    [Fact]
    public async Task The_first_screen_says_why_and_links_every_group()
    {
        foreach (int width in Axe.Widths)
        {
            var page = await portal.NewPageAsync(width: width);
            await page.GotoAsync(DiffUrl("1.1", "2.0"));
            await Expect(page).ToHaveTitleAsync(new Regex(@"^shapes 1\.1 → 2\.0 \(linux-x86_64\): incompatible, \d+ incompatible changes · AbiPortal$"));

            // The cause leads: the SONAME and the renamed version node before any single symbol.
            var causes = page.Locator("section.causes li");
            await Expect(causes.First).ToHaveAttributeAsync("data-kind", "identity-changed");
            await Expect(causes.First).ToContainTextAsync("SONAME changed");
            await Expect(causes.First).ToContainTextAsync("libshapes.so.1 → libshapes.so.2");
            await Expect(causes.Nth(1)).ToHaveAttributeAsync("data-kind", "version-node-renamed");
            await Expect(causes.Nth(1)).ToContainTextAsync("7 symbols");
            await Expect(causes.First).ToBeInViewportAsync();

            // Every group is counted and linked; the link lands on its group.
            var kinds = page.Locator("section.kinds li");
            await Expect(kinds.First).ToHaveAttributeAsync("data-kind", "identity-changed");
            await page.Locator("section.kinds a[href$='#g-incompatible-export-removed']").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("#g-incompatible-export-removed$"));
            await Expect(page.Locator("#g-incompatible-export-removed table[data-kind=export-removed]")).ToBeInViewportAsync();
            await Axe.AssertCleanAsync(page, "diff");
            await PortalFixture.ScreenshotAsync(page, width < 600 ? "diff-phone" : "diff-summary");
        }
    }

    [Fact]
    public async Task Signatures_show_old_above_new_with_the_changed_parameter_marked()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(DiffUrl("1.1", "2.0") + "&kind=signature-changed");
        var signature = page.Locator("table[data-kind=signature-changed] .signature");
        await Expect(signature.Locator(".before")).ToContainTextAsync("shapes::scale(double, int)");
        await Expect(signature.Locator(".before del")).ToHaveTextAsync("int");
        await Expect(signature.Locator(".after ins")).ToHaveTextAsync("double");
        // Old above new: the new line starts below the old one.
        var before = await signature.Locator(".before").BoundingBoxAsync();
        var after = await signature.Locator(".after").BoundingBoxAsync();
        Assert.True(after!.Y > before!.Y);
    }

    [Fact]
    public async Task A_removed_export_links_to_its_page_in_the_base()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(DiffUrl("1.1", "2.0") + "&kind=export-removed");
        await page.Locator("table[data-kind=export-removed] a.sym", new() { HasText = "shapes_name" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/artifacts/{portal.Shapes["1.1"]}/exports/\\d+$"));
        await Expect(page.Locator("h1")).ToContainTextAsync("shapes_name");
    }

    [Fact]
    public async Task Downloads_hold_every_change_of_the_current_filter()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync(DiffUrl("1.1", "2.0"));
        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("#csv-link").ClickAsync());
        string all = await File.ReadAllTextAsync((await csv.PathAsync())!);
        string[] lines = all.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("severity,kind,symbol,demangled,version,before,after,detail,member,symbols,suppressed,reason", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("incompatible,export-removed,shapes_name,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("incompatible,signature-changed,_ZN6shapes5scaleEdi,\"shapes::scale(double, int)\"", StringComparison.Ordinal));

        // Filtered: the JSON link carries the filter, and holds only what matches, in the CLI's shape.
        await page.GotoAsync(DiffUrl("1.1", "2.0") + "&severity=incompatible&kind=version-removed");
        string href = (await page.Locator("#json-link").GetAttributeAsync("href"))!;
        Assert.Equal($"/api/diff/changes?base={portal.Shapes["1.1"]}&head={portal.Shapes["2.0"]}&format=json&severity=incompatible&kind=version-removed", href);
        var json = await page.RunAndWaitForDownloadAsync(() => page.Locator("#json-link").ClickAsync());
        using var doc = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync((await json.PathAsync())!));
        var changes = doc.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(4, changes.Count);
        Assert.All(changes, c => Assert.Equal("version-removed", c.GetProperty("kind").GetString()));
        Assert.Equal("incompatible", doc.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Bad_filter_words_get_the_html_error_page()
    {
        var page = await portal.NewPageAsync();
        foreach (string query in new[] { "&kind=nope", "&severity=awful", "&p-incompatible-export-removed=abc", "&page=abc" })
        {
            var response = await page.GotoAsync(DiffUrl("1.1", "2.0") + query);
            Assert.Equal(400, response!.Status);
            await Expect(page.Locator("#error-detail")).ToBeVisibleAsync();
        }

        var missing = await page.GotoAsync("/no/such/page");
        Assert.Equal(404, missing!.Status);
        await Expect(page.Locator("#error-title")).ToHaveTextAsync("Page not found");
    }

    [Fact]
    public async Task A_forwarder_links_to_its_target_dll_or_says_it_is_not_uploaded()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string area = Path.Combine("diff", "pe-forwarder-added");
        long old = await portal.UploadFixtureAsync(area, "old.dll", new AbiPortal.Client.Contracts.ArtifactLabels("fixture-forwarder", "1.0", null), cancel.Token);
        long @new = await portal.UploadFixtureAsync(area, "new.dll", new AbiPortal.Client.Contracts.ArtifactLabels("fixture-forwarder", "2.0", null), cancel.Token);
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/diff?base={old}&head={@new}");
        var link = page.Locator("table[data-kind=forwarder-added] a", new() { HasText = "OTHER.bar_impl" });
        await Expect(link).ToHaveAttributeAsync("href", "/forwarders?target=OTHER.bar_impl");
        await link.ClickAsync();
        await Expect(page.Locator("#forwarder-missing")).ToContainTextAsync("OTHER.dll");

        // The DLL a forwarder names, once uploaded, is where the link goes.
        long other = await portal.UploadFixtureAsync("matrix", "counter.dll", new AbiPortal.Client.Contracts.ArtifactLabels("fixture-other", "1.0", null), cancel.Token, uploadAs: "other.dll");
        page = await portal.NewPageAsync();
        await page.GotoAsync("/forwarders?target=OTHER.bar_impl");
        await Expect(page).ToHaveURLAsync(new Regex($"/artifacts/{other}(/exports/\\d+|\\?q=bar_impl#exports)$"));
    }
}
