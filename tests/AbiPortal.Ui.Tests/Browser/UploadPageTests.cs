using System.Text.RegularExpressions;
using AbiPortal.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

[Collection(PortalCollection.Name)]
public sealed partial class UploadPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Upload_form_is_labelled_and_carries_an_antiforgery_token()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/upload?library=shapes");
        await Expect(page.GetByLabel("Binary file")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Library")).ToHaveValueAsync("shapes");
        await Expect(page.GetByLabel("Version")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Platform")).ToBeVisibleAsync();
        await Expect(page.Locator("form#upload-form input[name=__RequestVerificationToken]")).ToHaveCountAsync(1);
        // This server has no upload tokens (UploadTokenPageTests uses one that has).
        await Expect(page.GetByLabel("Upload token")).ToHaveCountAsync(0);
        await PortalFixture.ScreenshotAsync(page, "upload");
    }

    [Fact]
    public async Task With_javascript_the_upload_shows_progress_then_opens_the_ready_artifact()
    {
        var page = await portal.NewPageAsync();

        // A 15 KiB upload on a quiet server is parsed before a person (or Playwright) can look at
        // the progress panel, and the script then navigates away. Hold the status polls (they
        // still reach the real server afterwards) until the panel has been seen.
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/ui/artifacts/*/status", async route =>
        {
            await seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await route.ContinueAsync();
        });
        try
        {
            await page.GotoAsync("/upload");
            await page.GetByLabel("Binary file").SetInputFilesAsync(TestPaths.Fixture("ui", "libgreet-js.so"));
            await page.GetByLabel("Library").FillAsync("greet");
            await page.GetByLabel("Version").FillAsync("1.0-js");
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

            // The script keeps the user on /upload with a live status until parsing ends.
            await Expect(page.Locator("#upload-progress")).ToBeVisibleAsync();
            await Expect(page.Locator("#upload-status")).ToContainTextAsync("Uploaded");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Upload" })).ToBeDisabledAsync();
            Assert.Matches("/upload$", page.Url);
        }
        finally
        {
            seen.TrySetResult();
        }

        await Expect(page).ToHaveURLAsync(ArtifactUrl(), new() { Timeout = 30_000 });
        await Expect(page.Locator("[data-status=ready]")).ToBeVisibleAsync();
        await Expect(page.Locator("#exports-table")).ToContainTextAsync("greet");
    }

    [Fact]
    public async Task Without_javascript_the_form_posts_and_redirects_then_the_page_refreshes_until_ready()
    {
        var page = await portal.NewPageAsync(javaScript: false);
        await page.GotoAsync("/upload");
        await page.GetByLabel("Binary file").SetInputFilesAsync(TestPaths.Fixture("ui", "libgreet-nojs.so"));
        await page.GetByLabel("Library").FillAsync("greet");
        await page.GetByLabel("Version").FillAsync("1.0-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ArtifactUrl(), new() { Timeout = 30_000 });

        // Plain HTML: a meta refresh reloads the page while the job is queued or parsing.
        await Expect(page.Locator("[data-status=ready]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("#exports-table")).ToContainTextAsync("greet_count");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("greet 1.0-form");
    }

    [Fact]
    public async Task Without_javascript_an_unrecognised_file_comes_back_with_the_reason_and_the_labels()
    {
        string text = Path.Combine(Path.GetTempPath(), "abiportal-not-a-binary-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(text, "This is a text file, not a binary any reader recognises.\n");
        try
        {
            var page = await portal.NewPageAsync(javaScript: false);
            await page.GotoAsync("/upload");
            await page.GetByLabel("Binary file").SetInputFilesAsync(text);
            await page.GetByLabel("Library").FillAsync("notes");
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/upload\\?error="), new() { Timeout = 30_000 });
            await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Library")).ToHaveValueAsync("notes");
        }
        finally
        {
            File.Delete(text);
        }
    }

    [GeneratedRegex(@"/artifacts/\d+$")]
    private static partial Regex ArtifactUrl();
}
