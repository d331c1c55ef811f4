using System.Net;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>
/// Files no artifact accounts for (a crash mid-upload, a crash between storing a file and its row)
/// are removed at start-up and on the retention timer; files artifacts use are never touched.
/// </summary>
public sealed class StoreSweepTests
{
    [Fact]
    public async Task Start_up_removes_what_a_crash_left_and_keeps_what_artifacts_use()
    {
        using var data = new TempDirectory();
        byte[] kept = Fixtures.DemoVariant(801);
        long id;
        await using (var first = new PortalFactory(data.Path, workers: 1))
        {
            using var client = first.CreateClient();
            var (_, artifact, _) = await PortalClient.UploadAsync(client, kept, "libdemo.so", ("library", "swept"));
            id = artifact!.Id;
            await PortalClient.WaitParsedAsync(client, id);
        }

        // What a server killed at the wrong moment leaves: an upload half-written to tmp/, and
        // a file moved into the store whose row was never written.
        string temp = Plant(Path.Combine(data.Path, "tmp", Guid.NewGuid().ToString("N")));
        string orphanSha = new('e', 64);
        string orphan = Plant(Path.Combine(data.Path, "artifacts", "ee", orphanSha));
        string used = Path.Combine(data.Path, "artifacts", Sha(kept)[..2], Sha(kept));
        File.SetLastWriteTimeUtc(used, DateTime.UtcNow.AddDays(-3));

        await using var second = new PortalFactory(data.Path, workers: 1);
        using var secondClient = second.CreateClient();

        Assert.False(File.Exists(temp));
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(used));
        var exports = await PortalClient.GetAsync<PagedResult<ExportRow>>(secondClient, $"/api/artifacts/{id}/exports");
        Assert.Equal(4, exports!.Total);
    }

    [Fact]
    public async Task The_retention_timer_removes_orphans_older_than_the_grace()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 1, settings: new Dictionary<string, string>
        {
            ["AbiPortal:RetentionInterval"] = "00:00:01",
            ["AbiPortal:OrphanGrace"] = "01:00:00",
        });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        string oldTemp = Plant(Path.Combine(data.Path, "tmp", "old-upload"));
        string oldOrphan = Plant(Path.Combine(data.Path, "artifacts", "dd", new string('d', 64)));
        string freshTemp = Plant(Path.Combine(data.Path, "tmp", "live-upload"), age: TimeSpan.Zero);

        for (int i = 0; i < 100 && (File.Exists(oldTemp) || File.Exists(oldOrphan)); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(File.Exists(oldTemp));
        Assert.False(File.Exists(oldOrphan));
        Assert.True(File.Exists(freshTemp));
    }

    private static string Plant(string path, TimeSpan? age = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - (age ?? TimeSpan.FromHours(2)));
        return path;
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
