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
    public async Task The_page_asks_for_the_token_first_in_a_labelled_password_field()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/upload");
        var token = page.GetByLabel("Upload token");
        await Expect(token).ToBeVisibleAsync();
        await Expect(token).ToHaveAttributeAsync("type", "password");
        await Expect(token).ToHaveAttributeAsync("name", "token");
        await Expect(token).ToHaveAttributeAsync("autocomplete", "off");
        await Expect(token).ToHaveAttributeAsync("required", "");

        // No upload form until the browser holds a token: nothing could be sent before it is checked.
        await Expect(page.GetByLabel("Binary file")).ToHaveCountAsync(0);
        await PortalFixture.ScreenshotAsync(page, "upload-token");
    }

    [Fact]
    public async Task Without_javascript_a_wrong_token_comes_back_with_the_reason()
    {
        var page = await portal.NewPageAsync(javaScript: false);
        await page.GotoAsync("/upload");
        await page.GetByLabel("Upload token").FillAsync("wrong-token-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this token" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/upload\\?error="), new() { Timeout = 30_000 });
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not one this portal accepts");
        await Expect(page.GetByLabel("Upload token")).ToHaveValueAsync("");
        await Expect(page.GetByLabel("Binary file")).ToHaveCountAsync(0);
        Assert.DoesNotContain("wrong-token-123", page.Url);
        Assert.DoesNotContain("wrong-token-123", await page.ContentAsync());
    }

    [Fact]
    public async Task Without_javascript_the_token_is_entered_once_then_the_form_uploads()
    {
        var page = await portal.NewPageAsync(javaScript: false);
        await page.GotoAsync("/upload");
        await page.GetByLabel("Upload token").FillAsync(TokenPortalFixture.Token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this token" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/upload$"), new() { Timeout = 30_000 });

        // The browser keeps it in a cookie no script can read; the page never shows it.
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "abiportal-upload-token");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
        Assert.DoesNotContain(TokenPortalFixture.Token, cookie.Value);
        Assert.DoesNotContain(TokenPortalFixture.Token, await page.ContentAsync());

        await page.GetByLabel("Library").FillAsync("greet-guarded");
        await page.GetByLabel("Version").FillAsync("9.9");
        await page.GetByLabel("Binary file").SetInputFilesAsync(TestPaths.Fixture("ui", "libgreet-nojs.so"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ArtifactUrl(), new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-status=ready]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("greet-guarded 9.9");

        // Forgetting the token brings its form back.
        await page.GotoAsync("/upload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Forget it" }).ClickAsync();
        await Expect(page.GetByLabel("Upload token")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task With_javascript_the_token_then_the_upload_opens_the_ready_artifact()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/upload");
        await page.GetByLabel("Upload token").FillAsync(TokenPortalFixture.Token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this token" }).ClickAsync();
        await Expect(page.GetByLabel("Binary file")).ToBeVisibleAsync();
        await page.GetByLabel("Binary file").SetInputFilesAsync(TestPaths.Fixture("ui", "libgreet-js.so"));
        await page.GetByLabel("Library").FillAsync("greet");
        await page.GetByLabel("Version").FillAsync("1.0-token");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        // Only the end state is asserted: the progress panel may come and go before anyone looks.
        await Expect(page).ToHaveURLAsync(ArtifactUrl(), new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-status=ready]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("#exports-table")).ToContainTextAsync("greet");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("greet 1.0-token");
    }

    [Fact]
    public async Task With_javascript_an_expired_token_shows_the_servers_reason_on_the_page()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/upload");
        await page.GetByLabel("Upload token").FillAsync(TokenPortalFixture.Token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this token" }).ClickAsync();
        await Expect(page.GetByLabel("Binary file")).ToBeVisibleAsync();

        // The cookie goes (expired, or the operators rotated the token) while the form is open.
        await page.Context.ClearCookiesAsync(new() { Name = "abiportal-upload-token" });
        await page.GetByLabel("Binary file").SetInputFilesAsync(TestPaths.Fixture("ui", "libgreet-nojs.so"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        // A refused XHR leaves the page where it is: this text stays until the user tries again.
        await Expect(page.Locator("#upload-status")).ToContainTextAsync("upload token");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Upload" })).ToBeEnabledAsync();
        Assert.Matches("/upload$", page.Url);
    }

    [GeneratedRegex(@"/artifacts/\d+$")]
    private static partial Regex ArtifactUrl();
}
