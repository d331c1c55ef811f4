using System.Text.RegularExpressions;
using AbiPortal.Client.Contracts;
using AbiPortal.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>
/// The platform view in real Chromium: libtally 1.4.0 built for Linux, 64- and 32-bit Windows
/// and macOS (tests/fixtures/matrix), uploaded with platform labels.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PlatformsPageTests(PortalFixture portal)
{
    private const string Url = "/libraries/tally/platforms?version=1.4.0";

    private static readonly (string Platform, string File)[] Builds =
    [
        ("linux-x86_64", "libtally.so"), ("windows-x86_64", "tally-x64.dll"), ("windows-x86", "tally-x86.dll"), ("macos", "libtally.fat.dylib"),
    ];

    [Fact]
    public async Task Names_missing_on_a_platform_come_first_and_filters_live_in_the_url()
    {
        await SeedAsync();
        var page = await portal.NewPageAsync();
        await page.GotoAsync(Url);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("tally 1.4.0 on every platform");
        await Expect(page.Locator("#not-everywhere")).ToHaveTextAsync("2");
        await Expect(page.Locator("#matrix-table tbody.gaps tr[data-name]")).ToHaveCountAsync(2);
        await Expect(page.Locator("#matrix-table tbody.gaps tr[data-name]").First).ToHaveAttributeAsync("data-name", "tally_load_fd");
        var add = page.Locator("#matrix-table tr[data-name=tally_add]");
        await Expect(add.Locator("td[data-platform=windows-x86]")).ToHaveAttributeAsync("data-state", "other-spelling");
        await Expect(add.Locator("td[data-platform=windows-x86]")).ToContainTextAsync("tally_add@12");
        await Expect(add.Locator("td[data-platform='macos/arm64']")).ToHaveAttributeAsync("data-state", "present");
        await PortalFixture.ScreenshotAsync(page, "platforms");

        await page.GetByLabel("Show").SelectOptionAsync("gaps");
        await page.GetByLabel("Missing on").SelectOptionAsync("linux-x86_64");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("filter=gaps&missing=linux-x86_64"));
        var rows = page.Locator("#matrix-table tr[data-name]");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToHaveAttributeAsync("data-name", "tally_load_wide");
        await Expect(page.Locator("#download-csv")).ToHaveAttributeAsync("href", new Regex("filter=gaps&missing=linux-x86_64&format=csv"));
    }

    [Fact]
    public async Task Works_without_javascript_and_downloads_csv()
    {
        await SeedAsync();
        var page = await portal.NewPageAsync(javaScript: false);
        await page.GotoAsync($"/libraries/tally");
        await page.Locator("#platforms-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/libraries/tally/platforms$"));
        await Expect(page.Locator("#platform-version")).ToHaveValueAsync("1.4.0");
        await page.GetByLabel("Name contains").FillAsync("@4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("q=%404"));
        await Expect(page.Locator("#matrix-table tr[data-name]")).ToHaveCountAsync(4);

        var csv = await page.APIRequest.GetAsync((await page.Locator("#download-csv").GetAttributeAsync("href"))!);
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(5, (await csv.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task The_symbol_page_shows_the_export_on_the_other_platforms()
    {
        await SeedAsync();
        var page = await portal.NewPageAsync();
        await page.GotoAsync(Url + "&q=tally_add");
        await page.Locator("#matrix-table tr[data-name=tally_add] td[data-platform=linux-x86_64] a").ClickAsync();
        await Expect(page.Locator("h1.symbol-title")).ToContainTextAsync("tally_add");
        var card = page.Locator("#platform-presence");
        await Expect(card).ToContainTextAsync("On every platform build of tally 1.4.0 (5)");
        await Expect(card.Locator("tr.current")).ToContainTextAsync("linux-x86_64 (this one)");
        await Expect(card.Locator("tr", new() { HasText = "windows-x86" }).First).ToContainTextAsync("as tally_add@12");
        await PortalFixture.ScreenshotAsync(page, "symbol-platforms");

        await page.GotoAsync(Url + "&q=tally_load_fd");
        await page.Locator("#matrix-table tr[data-name=tally_load_fd] td[data-platform=linux-x86_64] a").ClickAsync();
        await Expect(page.Locator("#platforms-summary")).ToContainTextAsync("Missing on windows-x86, windows-x86_64");
    }

    [Fact]
    public async Task A_version_built_for_one_platform_says_there_is_nothing_to_compare()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync($"/artifacts/{portal.Shapes["1.1"]}/exports/0");
        await Expect(page.Locator("#platforms-summary")).ToContainTextAsync("Only this build of shapes 1.1 is ready");
    }

    [Fact]
    public async Task An_unknown_library_or_version_is_a_404_page()
    {
        await SeedAsync();
        var page = await portal.NewPageAsync();
        Assert.Equal(404, (await page.GotoAsync("/libraries/tally/platforms?version=0.0.1"))!.Status);
        Assert.Equal(404, (await page.GotoAsync("/libraries/no-such-library/platforms"))!.Status);
        Assert.Equal(400, (await page.GotoAsync(Url + "&missing=plan9"))!.Status);
    }

    /// <summary>Uploads the builds through the server's own upload service (deduplicated by content) and waits for their parse.</summary>
    [Fact]
    public async Task Across_versions_agrees_with_across_platforms_on_decorated_names()
    {
        var ids = await SeedAsync();
        long windows32 = ids[Array.FindIndex(Builds, b => b.Platform == "windows-x86")];
        var page = await portal.NewPageAsync();

        // tally_add is spelled tally_add@12 in the 32-bit DLL: every build has it, in both cards.
        await page.GotoAsync($"/artifacts/{windows32}/symbol?name={Uri.EscapeDataString("tally_add@12")}");
        await Expect(page).ToHaveURLAsync(new Regex($"/artifacts/{windows32}/exports/\\d+$"));
        var rows = page.Locator("#presence-table tbody tr");
        await Expect(rows).ToHaveCountAsync(Builds.Length);
        await Expect(page.Locator("#presence-table .absent")).ToHaveCountAsync(0);
        await Expect(page.Locator("#presence-summary")).ToContainTextAsync($"({Builds.Length} of {Builds.Length} uploads)");
    }

    private async Task<List<long>> SeedAsync()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ids = new List<long>();
        foreach (var (platform, file) in Builds)
        {
            using var scope = portal.Server.Services.CreateScope();
            var uploads = scope.ServiceProvider.GetRequiredService<IArtifactUploads>();
            await using var stream = File.OpenRead(TestPaths.Fixture("matrix", file));
            var result = await uploads.UploadAsync(stream, file, new ArtifactLabels("tally", "1.4.0", platform), cancel.Token);
            ids.Add(result.Artifact?.Id ?? throw new InvalidOperationException($"{file} was refused: {result.Problem}"));
        }

        foreach (long id in ids)
        {
            Assert.Equal(ArtifactStatus.Ready, await portal.WaitUntilParsedAsync(id, cancel.Token));
        }

        return ids;
    }
}
