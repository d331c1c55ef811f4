using System.Net;
using AbiPortal.Server.Data;
using AbiPortal.Server.Retention;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>PR builds expire: the sweep on SQLite, a disabled retention, and the hosted timer.</summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task Sweep_deletes_exactly_the_expired_pr_build()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock();
        await using var factory = new PortalFactory(data.Path, settings: RetentionScenario.ManualSweep(), clock: clock);
        await RetentionScenario.RunAsync(factory, clock);
    }

    [Fact]
    public async Task Sqlite_connections_enforce_foreign_keys_so_deletes_cascade()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 0);
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1L, await db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").AsAsyncEnumerable().SingleAsync());
    }

    [Fact]
    public async Task Zero_retention_keeps_pr_builds_for_ever()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock();
        await using var factory = new PortalFactory(data.Path, settings: RetentionScenario.ManualSweep("00:00:00"), clock: clock);
        using var client = factory.CreateClient();
        long pr = await RetentionScenario.UploadParsedAsync(client, Fixtures.DemoVariant(411), ("library", "kept"), ("channel", "pr"), ("pr", "1"), ("commit", "abc"));

        clock.Advance(TimeSpan.FromDays(4000));
        Assert.Equal(0, await factory.Services.GetRequiredService<PrBuildSweeper>().SweepAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/artifacts/{pr}")).StatusCode);
    }

    [Fact]
    public async Task Queued_pr_builds_expire_too_but_releases_never_do()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock();
        await using var factory = new PortalFactory(data.Path, workers: 0, settings: RetentionScenario.ManualSweep("1.00:00:00"), clock: clock);
        using var client = factory.CreateClient();
        byte[] prBytes = Fixtures.DemoVariant(412);
        var (_, pr, _) = await PortalClient.UploadAsync(client, prBytes, "libdemo.so", ("library", "q"), ("pr", "3"));
        var (_, release, _) = await PortalClient.UploadAsync(client, Fixtures.DemoVariant(413), "libdemo.so", ("library", "q"), ("version", "1.0"));

        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await factory.Services.GetRequiredService<PrBuildSweeper>().SweepAsync(CancellationToken.None));
        await StoredArtifact.AssertNoRowsAsync(factory, pr!.Id);
        Assert.False(StoredArtifact.IsStored(factory, prBytes));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/artifacts/{release!.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_hosted_sweep_runs_on_its_own_every_interval()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock();
        var settings = new Dictionary<string, string> { ["AbiPortal:RetentionInterval"] = "00:00:00.100" };
        await using var factory = new PortalFactory(data.Path, settings: settings, clock: clock);
        using var client = factory.CreateClient();
        long pr = await RetentionScenario.UploadParsedAsync(client, Fixtures.DemoVariant(414), ("library", "timed"), ("pr", "4"));

        // Default retention (30 days); the timer ticks in real time, the clock says a month passed.
        clock.Advance(TimeSpan.FromDays(31));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((await client.GetAsync($"/api/artifacts/{pr}")).StatusCode != HttpStatusCode.NotFound)
        {
            Assert.True(DateTime.UtcNow < deadline, "The hosted sweep never deleted the expired PR build.");
            await Task.Delay(50);
        }

        await StoredArtifact.AssertNoRowsAsync(factory, pr);
    }
}
