using System.Text.RegularExpressions;
using AbiPortal.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>The upload page of a server that requires an upload token.</summary>
[Collection(TokenPortalCollection.Name)]
public sealed partial class UploadTokenPageTests(TokenPortalFixture portal)
{
    [Fact]
    public async Task The_form_asks_for_the_token_in_a_labelled_password_field()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/upload");
        var token = page.GetByLabel("Upload token");
        await Expect(token).ToBeVisibleAsync();
        await Expect(token).ToHaveAttributeAsync("type", "password");
        await Expect(token).ToHaveAttributeAsync("name", "token");
        await Expect(token).ToHaveAttributeAsync("autocomplete", "off");
        await Expect(token).ToHaveAttributeAsync("required", "");
        await PortalFixture.ScreenshotAsync(page, "upload-token");
    }

    [Fact]
    public async Task Without_javascript_a_wrong_token_comes_back_with_the_reason_and_the_labels()
    {
        var page = await portal.NewPageAsync(javaScript: false);
        await page.GotoAsync("/upload");
        await page.GetByLabel("Binary file").SetInputFilesAsync(TestPaths.Fixture("ui", "libgreet-nojs.so"));
        await page.GetByLabel("Library").FillAsync("greet-guarded");
        await page.GetByLabel("Version").FillAsync("9.9");
        await page.GetByLabel("Upload token").FillAsync("wrong-token-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/upload\\?error="), new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not one this portal accepts");
        await Expect(page.GetByLabel("Library")).ToHaveValueAsync("greet-guarded");
        await Expect(page.GetByLabel("Version")).ToHaveValueAsync("9.9");
        await Expect(page.GetByLabel("Upload token")).ToHaveValueAsync("");
        Assert.DoesNotContain("wrong-token-123", page.Url);
        Assert.DoesNotContain("wrong-token-123", await page.ContentAsync());
    }

    [Fact]
    public async Task With_javascript_a_wrong_token_shows_the_servers_reason_on_the_page()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/upload");
        await page.GetByLabel("Binary file").SetInputFilesAsync(TestPaths.Fixture("ui", "libgreet-nojs.so"));
        await page.GetByLabel("Upload token").FillAsync("wrong-token-456");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        // A refused XHR leaves the page where it is: this text stays until the user tries again.
        await Expect(page.Locator("#upload-status")).ToContainTextAsync("not one this portal accepts");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Upload" })).ToBeEnabledAsync();
        Assert.Matches("/upload$", page.Url);
    }

    [Fact]
    public async Task With_javascript_the_right_token_uploads_and_opens_the_ready_artifact()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/upload");
        await page.GetByLabel("Binary file").SetInputFilesAsync(TestPaths.Fixture("ui", "libgreet-js.so"));
        await page.GetByLabel("Library").FillAsync("greet");
        await page.GetByLabel("Version").FillAsync("1.0-token");
        await page.GetByLabel("Upload token").FillAsync(TokenPortalFixture.Token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        // Only the end state is asserted: the progress panel may come and go before anyone looks.
        await page.WaitForURLAsync(ArtifactUrl(), new() { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator("[data-status=ready]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("#exports-table")).ToContainTextAsync("greet");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("greet 1.0-token");
    }

    [GeneratedRegex(@"/artifacts/\d+$")]
    private static partial Regex ArtifactUrl();
}
