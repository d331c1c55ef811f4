using AbiPortal.Client.Contracts;
using AbiPortal.Server.Data;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>The durable queue on SQLite: crash recovery and a burst of parallel uploads.</summary>
public sealed class QueueTests
{
    [Fact]
    public async Task Job_left_parsing_by_a_dead_worker_is_completed_after_restart()
    {
        using var data = new TempDirectory();
        long id;
        await using (var first = new PortalFactory(data.Path, workers: 0))
        {
            using var client = first.CreateClient();
            var (_, artifact, _) = await PortalClient.UploadAsync(client, Fixtures.DemoV1, "libdemo.so");
            id = artifact!.Id;

            // A worker claims the job, then its process dies before storing anything.
            using var scope = first.Services.CreateScope();
            var claim = await scope.ServiceProvider.GetRequiredService<ParseQueue>().ClaimAsync("doomed-worker", CancellationToken.None);
            Assert.Equal(id, claim!.ArtifactId);
            var stuck = await PortalClient.GetAsync<ArtifactDetail>(client, $"/api/artifacts/{id}");
            Assert.Equal(ArtifactStatus.Parsing, stuck!.Summary.Status);
        }

        await using var second = new PortalFactory(data.Path, workers: 1);
        using var restarted = second.CreateClient();
        var parsed = await PortalClient.WaitParsedAsync(restarted, id);
        Assert.Equal(ArtifactStatus.Ready, parsed.Summary.Status);
        Assert.Equal(2, parsed.Attempts);
        Assert.Equal(4, parsed.Summary.ExportCount);
    }

    [Fact]
    public async Task Fifty_parallel_uploads_are_all_parsed_once_with_no_duplicates()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 2);
        using var client = factory.CreateClient();

        // 50 distinct files, each sent twice at once: 100 concurrent requests.
        var uploads = Enumerable.Range(0, 100).Select(i => PortalClient.UploadAsync(client, Fixtures.DemoVariant(i % 50), $"lib{i % 50}.so"));
        var results = await Task.WhenAll(uploads);

        Assert.All(results, r => Assert.True(r.Status is System.Net.HttpStatusCode.Accepted or System.Net.HttpStatusCode.OK, r.Status.ToString()));
        var idsByContent = results.GroupBy(r => r.Artifact!.Sha256).ToDictionary(g => g.Key, g => g.Select(r => r.Artifact!.Id).Distinct().ToList());
        Assert.Equal(50, idsByContent.Count);
        Assert.All(idsByContent.Values, ids => Assert.Single(ids));
        Assert.Equal(50, results.Count(r => r.Status == System.Net.HttpStatusCode.Accepted));

        foreach (long id in idsByContent.Values.Select(ids => ids[0]))
        {
            var parsed = await PortalClient.WaitParsedAsync(client, id);
            Assert.Equal(ArtifactStatus.Ready, parsed.Summary.Status);
            Assert.Equal(1, parsed.Attempts);
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(50, await db.Artifacts.CountAsync());
        Assert.Equal(50 * 4, await db.Exports.CountAsync());
        Assert.Equal(50, await db.Snapshots.CountAsync());
        Assert.Equal(50, Directory.EnumerateFiles(Path.Combine(data.Path, "artifacts"), "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task A_file_the_reader_cannot_use_is_failed_but_keeps_its_diagnostics()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 1);
        using var client = factory.CreateClient();

        // An ELF magic followed by a truncated header: recognised at upload, fatal at parse.
        byte[] truncated = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0];
        var (_, artifact, _) = await PortalClient.UploadAsync(client, truncated, "broken.so");
        var parsed = await PortalClient.WaitParsedAsync(client, artifact!.Id);

        Assert.Equal(ArtifactStatus.Failed, parsed.Summary.Status);
        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("error", diagnostic.Severity);
        Assert.StartsWith("ELF", diagnostic.Code, StringComparison.Ordinal);
        Assert.Contains(diagnostic.Code, await client.GetStringAsync($"/api/artifacts/{artifact.Id}/snapshot"));
    }
}
