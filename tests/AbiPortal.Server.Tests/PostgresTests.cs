using System.Collections.Concurrent;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Data;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>The same server on a real PostgreSQL: bulk COPY, the shared queue, two server instances.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task Upload_parse_and_read_on_postgres()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, await postgres.CreateDatabaseAsync());
        using var client = factory.CreateClient();

        Assert.Contains("postgresql", await client.GetStringAsync("/healthz"));
        var (_, v1, _) = await PortalClient.UploadAsync(client, Fixtures.DemoV1, "libdemo-1.0.so", ("library", "demo"), ("version", "1.0"));
        var (_, v2, _) = await PortalClient.UploadAsync(client, Fixtures.DemoV2, "libdemo-2.0.so", ("library", "demo"), ("version", "2.0"));
        var parsed = await PortalClient.WaitParsedAsync(client, v1!.Id);
        await PortalClient.WaitParsedAsync(client, v2!.Id);

        Assert.Equal(ArtifactStatus.Ready, parsed.Summary.Status);
        var exports = await PortalClient.GetAsync<PagedResult<ExportRow>>(client, $"/api/artifacts/{v1.Id}/exports?q=Legacy");
        Assert.Equal("_ZN4demo6legacyEi", Assert.Single(exports!.Items).Name);

        // COPY leaves the generated sort column to the server, which fills it for every row.
        using (var scope = factory.Services.CreateScope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Exports.AsNoTracking().Where(e => e.ArtifactId == v1.Id).ToListAsync();
            Assert.Equal(4, rows.Count);
            Assert.All(rows, e => Assert.Equal(e.Demangled ?? e.Name, e.SortName));
        }

        var byDemangled = await PortalClient.GetAsync<PagedResult<ExportRow>>(client, $"/api/artifacts/{v1.Id}/exports?sort=demangled");
        var reversed = await PortalClient.GetAsync<PagedResult<ExportRow>>(client, $"/api/artifacts/{v1.Id}/exports?sort=-demangled");
        Assert.Equal(byDemangled!.Items.Select(e => e.Name).Reverse(), reversed!.Items.Select(e => e.Name));
        var hits = await PortalClient.GetAsync<SymbolSearch>(client, "/api/symbols?q=_ZN4DEMO6");
        Assert.Equal(3, hits!.Total);
        var library = await PortalClient.GetAsync<LibraryDetail>(client, "/api/libraries/demo");
        Assert.Equal((1, 1), (library!.Versions[1].Added, library.Versions[1].Removed));
    }

    [Fact]
    public async Task Concurrent_claims_from_two_servers_never_take_the_same_job()
    {
        using var data = new TempDirectory();
        string database = await postgres.CreateDatabaseAsync();
        await using var first = new PortalFactory(data.Path, database, workers: 0);
        await using var second = new PortalFactory(data.Path, database, workers: 0);
        using var client = first.CreateClient();
        _ = second.CreateClient();
        for (int i = 0; i < 30; i++)
        {
            await PortalClient.UploadAsync(client, Fixtures.DemoVariant(i), $"lib{i}.so");
        }

        // 40 claimers (20 per server, each with its own connection) race for 30 jobs.
        var claimed = new ConcurrentBag<long>();
        var claimers = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var host = i % 2 == 0 ? first : second;
            using var scope = host.Services.CreateScope();
            var queue = scope.ServiceProvider.GetRequiredService<ParseQueue>();
            while (await queue.ClaimAsync($"claimer-{i}", CancellationToken.None) is { } claim)
            {
                claimed.Add(claim.ArtifactId);
            }
        }));
        await Task.WhenAll(claimers);

        Assert.Equal(30, claimed.Count);
        Assert.Equal(30, claimed.Distinct().Count());
    }

    [Fact]
    public async Task Two_servers_share_one_queue_and_parse_everything_once()
    {
        using var data = new TempDirectory();
        string database = await postgres.CreateDatabaseAsync();
        await using var first = new PortalFactory(data.Path, database, workers: 2);
        await using var second = new PortalFactory(data.Path, database, workers: 2);
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        var uploads = Enumerable.Range(0, 20).Select(i => PortalClient.UploadAsync(i % 2 == 0 ? firstClient : secondClient, Fixtures.DemoVariant(i), $"lib{i}.so"));
        var results = await Task.WhenAll(uploads);
        foreach (var (_, artifact, _) in results)
        {
            var parsed = await PortalClient.WaitParsedAsync(firstClient, artifact!.Id);
            Assert.Equal(ArtifactStatus.Ready, parsed.Summary.Status);
            Assert.Equal(1, parsed.Attempts);
        }

        using var scope = first.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(20, await db.Artifacts.CountAsync());
        Assert.Equal(20 * 4, await db.Exports.CountAsync());
    }

    [Fact]
    public async Task Abandoned_claim_is_taken_over_after_its_lease_runs_out()
    {
        using var data = new TempDirectory();
        string database = await postgres.CreateDatabaseAsync();
        var shortLease = new Dictionary<string, string> { ["AbiPortal:JobTimeout"] = "00:00:04", ["AbiPortal:LeaseGrace"] = "00:00:00" };
        long id;
        await using (var crashed = new PortalFactory(data.Path, database, workers: 0, settings: shortLease))
        {
            using var client = crashed.CreateClient();
            var (_, artifact, _) = await PortalClient.UploadAsync(client, Fixtures.DemoV2, "libdemo.so");
            id = artifact!.Id;
            using var scope = crashed.Services.CreateScope();
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<ParseQueue>().ClaimAsync("dead-server", CancellationToken.None));
        }

        // Another server (say the survivor of two) finds the stale claim once the lease is over.
        await using var survivor = new PortalFactory(data.Path, database, workers: 1, settings: shortLease);
        using var survivorClient = survivor.CreateClient();
        var parsed = await PortalClient.WaitParsedAsync(survivorClient, id);
        Assert.True(parsed.Summary.Status == ArtifactStatus.Ready, parsed.Error);
        Assert.Equal(2, parsed.Attempts);
    }
}
