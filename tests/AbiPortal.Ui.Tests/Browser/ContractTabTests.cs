using AbiPortal.Client.Contracts;
using AbiPortal.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>
/// The artifact page's "ABI contract" tab and the diff page's new findings, in Chromium, on the
/// done-when library of docs/lint.md (tests/fixtures/lint/libthing.so) and its fixed twin.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ContractTabTests(PortalFixture portal)
{
    private async Task<long> UploadAsync(string file, string version)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var scope = portal.Server.Services.CreateScope();
        var uploads = scope.ServiceProvider.GetRequiredService<IArtifactUploads>();
        await using var stream = File.OpenRead(TestPaths.Fixture("lint", file));
        var result = await uploads.UploadAsync(stream, file, new ArtifactLabels("thing", version, "linux-x86_64"), cancel.Token);
        long id = result.Artifact?.Id ?? throw new InvalidOperationException($"{file} was refused: {result.Problem}");
        await portal.WaitUntilParsedAsync(id, cancel.Token);
        return id;
    }

    [Fact]
    public async Task The_contract_tab_shows_four_findings_each_with_its_place_and_reason()
    {
        long broken = await UploadAsync("libthing.so", "1.0");
        var page = await portal.NewPageAsync(javaScript: false);
        await page.GotoAsync($"/artifacts/{broken}");
        await page.GetByRole(AriaRole.Link, new() { Name = "ABI contract" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "ABI contract" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator(".contract-summary")).ToContainTextAsync("4 findings: 1 error, 3 warnings, 0 notes.");
        await Expect(page.Locator("section.rule")).ToHaveCountAsync(4);

        var registers = page.Locator("section.rule", new() { Has = page.Locator("#rule-callee-saved-register") });
        await Expect(registers.Locator("tbody tr")).ToContainTextAsync("thing_fast");
        await Expect(registers.Locator("tbody tr")).ToContainTextAsync("mov rbx, 0x7b");
        await Expect(registers.Locator("p.why")).ToContainTextAsync("survive a call");
        await Expect(page.Locator("section.rule", new() { Has = page.Locator("#rule-aggregate-by-value") })).ToContainTextAsync("long thing_sum(struct pair p)");
        await Expect(page.Locator("section.rule", new() { Has = page.Locator("#rule-allocator-without-release") })).ToContainTextAsync("struct thing * thing_new(int size)");
        await Expect(page.Locator("section.rule", new() { Has = page.Locator("#rule-callback-without-context") })).ToContainTextAsync("void thing_set_logger(void (*log)(int, const char *))");
        await Expect(page.Locator("section.rule td.mono").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^0x[0-9a-f]+$"));
        await PortalFixture.ScreenshotAsync(page, "contract");

        long fixedTwin = await UploadAsync("libthing-fixed.so", "0.9");
        await page.GotoAsync($"/artifacts/{fixedTwin}?tab=contract");
        await Expect(page.Locator(".contract-summary")).ToContainTextAsync("clean");
        await Expect(page.Locator("section.rule")).ToHaveCountAsync(0);

        // The diff from the fixed build to the broken one calls the four out.
        await page.GotoAsync($"/diff?base={fixedTwin}&head={broken}");
        await Expect(page.Locator("#new-findings-heading")).ToContainTextAsync("New ABI contract findings (4)");
        await Expect(page.Locator(".new-findings tbody tr")).ToHaveCountAsync(4);
        await PortalFixture.ScreenshotAsync(page, "contract-diff");
    }
}
