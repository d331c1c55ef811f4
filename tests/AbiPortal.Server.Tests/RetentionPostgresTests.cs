using System.Net;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Retention;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>Retention and deletion on a real PostgreSQL, including two servers sweeping at once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RetentionPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task Sweep_deletes_exactly_the_expired_pr_build_on_postgres()
    {
        using var data = new TempDirectory();
        var clock = new ManualClock();
        await using var factory = new PortalFactory(data.Path, await postgres.CreateDatabaseAsync(), settings: RetentionScenario.ManualSweep(), clock: clock);
        await RetentionScenario.RunAsync(factory, clock);
    }

    [Fact]
    public async Task Two_servers_sweeping_the_same_rows_delete_each_once_and_neither_fails()
    {
        using var data = new TempDirectory();
        string database = await postgres.CreateDatabaseAsync();
        var clock = new ManualClock();
        await using var first = new PortalFactory(data.Path, database, workers: 0, settings: RetentionScenario.ManualSweep("1.00:00:00"), clock: clock);
        await using var second = new PortalFactory(data.Path, database, workers: 0, settings: RetentionScenario.ManualSweep("1.00:00:00"), clock: clock);
        using var client = first.CreateClient();
        _ = second.CreateClient();
        var ids = new List<long>();
        for (int i = 0; i < 30; i++)
        {
            var (_, artifact, _) = await PortalClient.UploadAsync(client, Fixtures.DemoVariant(500 + i), "libdemo.so", ("library", "race"), ("pr", $"{i + 1}"));
            ids.Add(artifact!.Id);
        }

        clock.Advance(TimeSpan.FromDays(2));
        var sweeps = Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).Services.GetRequiredService<PrBuildSweeper>().SweepAsync(CancellationToken.None)));
        int[] deleted = await Task.WhenAll(sweeps);

        Assert.Equal(30, deleted.Sum());
        foreach (long id in ids)
        {
            await StoredArtifact.AssertNoRowsAsync(first, id);
        }

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(data.Path, "artifacts"), "*", SearchOption.AllDirectories));
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/artifacts/{ids[0]}")).StatusCode);
    }

    [Fact]
    public async Task A_server_sharing_the_database_serves_no_cached_page_of_an_artifact_another_deleted()
    {
        using var data = new TempDirectory();
        string database = await postgres.CreateDatabaseAsync();
        await using var first = new PortalFactory(data.Path, database, workers: 1);
        await using var second = new PortalFactory(data.Path, database, workers: 0);
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        long id = await RetentionScenario.UploadParsedAsync(firstClient, Fixtures.DemoVariant(531), ("library", "shared"));
        string url = $"/api/artifacts/{id}/exports?q=demo";
        Assert.Equal(4, (await PortalClient.GetAsync<PagedResult<ExportRow>>(secondClient, url))!.Total);

        Assert.Equal(HttpStatusCode.NoContent, (await firstClient.DeleteAsync($"/api/artifacts/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await secondClient.GetAsync(url)).StatusCode);
    }
}
