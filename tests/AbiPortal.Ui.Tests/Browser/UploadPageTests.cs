using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

[Collection(PortalCollection.Name)]
public sealed class UploadPageTests(PortalFixture portal)
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
        await PortalFixture.ScreenshotAsync(page, "upload");
    }
}
