using System.Net;
using System.Net.Http.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// The PR-build sweep end to end, run on SQLite and on PostgreSQL: two releases and two PR builds
/// of library <c>swept</c>, the clock moved past the 30-day retention for the older PR build only.
/// </summary>
public static class RetentionScenario
{
    /// <summary>Settings for a server whose sweep only runs when a test calls it (no timer).</summary>
    public static Dictionary<string, string> ManualSweep(string retention = "30.00:00:00") => new()
    {
        ["AbiPortal:PrBuildRetention"] = retention,
        ["AbiPortal:RetentionInterval"] = "00:00:00",
    };

    public static async Task RunAsync(PortalFactory factory, ManualClock clock)
    {
        using var client = factory.CreateClient();
        long v1 = await UploadParsedAsync(client, Fixtures.DemoV1, ("library", "swept"), ("version", "1.0"));
        long v2 = await UploadParsedAsync(client, Fixtures.DemoV2, ("library", "swept"), ("version", "2.0"));
        byte[] oldBytes = Fixtures.DemoVariant(401);
        long oldPr = await UploadParsedAsync(client, oldBytes, ("library", "swept"), ("channel", "pr"), ("pr", "11"), ("commit", "1111111"));
        clock.Advance(TimeSpan.FromDays(20));
        byte[] newBytes = Fixtures.DemoVariant(402);
        long newPr = await UploadParsedAsync(client, newBytes, ("library", "swept"), ("channel", "pr"), ("pr", "12"), ("commit", "2222222"));

        // Fill the caches the deleted id must not be served from afterwards.
        Assert.Equal(4, (await PortalClient.GetAsync<PagedResult<ExportRow>>(client, $"/api/artifacts/{oldPr}/exports"))!.Total);
        var before = (await PortalClient.GetAsync<LibraryDetail>(client, "/api/libraries/swept"))!;
        Assert.Contains(before.PullRequestBuilds, v => v.Artifact.Id == oldPr);

        // The old PR build is now 31 days old, the new one 11.
        clock.Advance(TimeSpan.FromDays(11));
        var sweeper = factory.Services.GetRequiredService<PrBuildSweeper>();
        Assert.Equal(1, await sweeper.SweepAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/artifacts/{oldPr}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/artifacts/{oldPr}/exports")).StatusCode);
        await StoredArtifact.AssertNoRowsAsync(factory, oldPr);
        Assert.False(StoredArtifact.IsStored(factory, oldBytes));

        foreach (long kept in new[] { v1, v2, newPr })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/artifacts/{kept}")).StatusCode);
            Assert.Equal(1, (await StoredArtifact.RowCountsAsync(factory, kept))["snapshots"]);
        }

        Assert.True(StoredArtifact.IsStored(factory, newBytes));
        var after = (await PortalClient.GetAsync<LibraryDetail>(client, "/api/libraries/swept"))!;
        Assert.Equal(before.Versions.Select(Comparable), after.Versions.Select(Comparable));
        Assert.Equal(before.PullRequestBuilds.Where(v => v.Artifact.Id != oldPr).Select(Comparable), after.PullRequestBuilds.Select(Comparable));

        var check = await client.PostAsync("/api/check", PortalClient.Form(Fixtures.DemoVariant(403), "libdemo.so", ("library", "swept"), ("pr", "13")));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Equal(v2, (await check.Content.ReadFromJsonAsync<CheckResult>(PortalClient.Json))!.Baseline.ArtifactId);

        // Nothing else is old enough, and a second sweep finds nothing left to do.
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
    }

    public static async Task<long> UploadParsedAsync(HttpClient client, byte[] bytes, params (string Name, string Value)[] labels)
    {
        var (status, artifact, _) = await PortalClient.UploadAsync(client, bytes, "libdemo.so", labels);
        Assert.Equal(HttpStatusCode.Accepted, status);
        var parsed = await PortalClient.WaitParsedAsync(client, artifact!.Id);
        Assert.Equal(ArtifactStatus.Ready, parsed.Summary.Status);
        return artifact.Id;
    }

    private static (long Id, string? Channel, long? Previous, string? Verdict, int? Added, int? Removed) Comparable(LibraryVersion v)
        => (v.Artifact.Id, v.Artifact.Labels.Channel, v.PreviousArtifactId, v.Verdict, v.Added, v.Removed);
}
