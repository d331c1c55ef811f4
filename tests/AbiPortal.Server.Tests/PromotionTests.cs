using System.Net;
using System.Net.Http.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Retention;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>A release whose bytes equal a stored PR build takes that artifact out of the pr channel.</summary>
public sealed class PromotionTests
{
    [Fact]
    public async Task Release_upload_of_a_pr_builds_bytes_promotes_it_so_it_stays_and_is_the_baseline()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock();
        await using var factory = new PortalFactory(data.Path, settings: RetentionScenario.ManualSweep(), clock: clock);
        using var client = factory.CreateClient();
        await RetentionScenario.UploadParsedAsync(client, Fixtures.DemoVariant(441), ("library", "promo"), ("version", "0.9"));
        byte[] bytes = Fixtures.DemoVariant(442);
        long pr = await RetentionScenario.UploadParsedAsync(client, bytes, ("library", "promo"), ("channel", "pr"), ("pr", "17"), ("commit", "feedbee"));

        var (status, release, _) = await PortalClient.UploadAsync(client, bytes, "libpromo.so", ("version", "1.0"), ("platform", "linux-x86_64"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(pr, release!.Id);
        Assert.Equal(new ArtifactLabels("promo", "1.0", "linux-x86_64", "release", 17, "feedbee"), release.Labels);

        clock.Advance(TimeSpan.FromDays(365));
        Assert.Equal(0, await factory.Services.GetRequiredService<PrBuildSweeper>().SweepAsync(CancellationToken.None));
        Assert.True(StoredArtifact.IsStored(factory, bytes));
        var check = await client.PostAsync("/api/check", PortalClient.Form(Fixtures.DemoVariant(443), "libdemo.so", ("library", "promo"), ("pr", "18")));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(new CheckBaseline(pr, "promo", "1.0"), (await check.Content.ReadFromJsonAsync<CheckResult>(PortalClient.Json))!.Baseline);
    }

    [Fact]
    public async Task Pr_upload_of_a_releases_bytes_leaves_the_release_alone()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 0);
        using var client = factory.CreateClient();
        byte[] bytes = Fixtures.DemoVariant(444);
        var (_, release, _) = await PortalClient.UploadAsync(client, bytes, "libdemo.so", ("library", "stay"), ("version", "2.0"));

        var (status, again, _) = await PortalClient.UploadAsync(client, bytes, "libdemo.so", ("library", "other"), ("channel", "pr"), ("pr", "5"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(release!.Id, again!.Id);
        Assert.Equal(new ArtifactLabels("stay", "2.0", null, "release"), again.Labels);
    }

    [Fact]
    public async Task A_second_pr_upload_of_the_same_bytes_promotes_nothing()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 0);
        using var client = factory.CreateClient();
        byte[] bytes = Fixtures.DemoVariant(445);
        var (_, first, _) = await PortalClient.UploadAsync(client, bytes, "libdemo.so", ("library", "twice"), ("pr", "6"));

        var (_, second, _) = await PortalClient.UploadAsync(client, bytes, "libdemo.so", ("library", "twice"), ("version", "9.9"), ("pr", "7"));

        Assert.Equal(first!.Id, second!.Id);
        Assert.Equal(new ArtifactLabels("twice", null, null, "pr", 6, null), second.Labels);
    }
}
