using AbiPortal.Client.Contracts;
using AbiPortal.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AbiPortal.Ui.Tests.Browser;

/// <summary>
/// A library page with pull-request builds: the timeline and the version list hold the releases,
/// the PR builds get their own table. Uses libgreet bytes under its own library label, so the
/// shapes pages other tests count stay as they are.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PullRequestBuildTests(PortalFixture portal)
{
    [Fact]
    public async Task Pull_request_builds_are_listed_apart_from_the_release_timeline()
    {
        long release = await UploadAsync("release", new ArtifactLabels("greet-pr", "1.0", "linux-x86_64"));
        long build = await UploadAsync("build", new ArtifactLabels("greet-pr", null, "linux-x86_64", ArtifactLabels.PullRequestChannel, 77, "feedc0ffee0123456789"));

        var page = await portal.NewPageAsync();
        await page.GotoAsync("/libraries/greet-pr");
        await Expect(page.Locator("#versions-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#versions-table")).ToContainTextAsync("1.0");
        // One point on the timeline: the release, not the PR build.
        await Expect(page.Locator("figure.timeline g.point")).ToHaveCountAsync(1);

        var row = page.Locator("#pr-builds-table tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("#77");
        await Expect(row).ToContainTextAsync("feedc0ffee01");
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "diff" })).ToHaveAttributeAsync("href", $"/diff?base={release}&head={build}");

        // The build's own page title says it is a PR build, not a release.
        await row.GetByRole(AriaRole.Link, new() { Name = "#77" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("greet-pr PR #77");
        await PortalFixture.ScreenshotAsync(page, "pr-build");
    }

    private async Task<long> UploadAsync(string variant, ArtifactLabels labels)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        byte[] bytes = [.. await File.ReadAllBytesAsync(TestPaths.Fixture("ui", "libgreet-nojs.so"), cancel.Token), .. System.Text.Encoding.ASCII.GetBytes("pr-test-" + variant)];
        using var scope = portal.Server.Services.CreateScope();
        var uploads = scope.ServiceProvider.GetRequiredService<IArtifactUploads>();
        await using var stream = new MemoryStream(bytes);
        var result = await uploads.UploadAsync(stream, "libgreet.so", labels, cancel.Token);
        long id = result.Artifact?.Id ?? throw new InvalidOperationException($"refused: {result.Problem}");
        Assert.Equal(ArtifactStatus.Ready, await portal.WaitUntilParsedAsync(id, cancel.Token));
        return id;
    }
}
