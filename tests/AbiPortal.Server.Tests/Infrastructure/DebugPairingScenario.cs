using System.Net;
using AbiPortal.Client.Contracts;
using AbiPortal.Tests;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// The split-debug fixtures of tests/fixtures/dwarf (libpoint-stripped.so and libpoint.debug, made
/// by objcopy --only-keep-debug from libpoint-gcc5.so) uploaded in either order, asserting what
/// the API says at each step; shared by the SQLite and PostgreSQL tests.
/// </summary>
public static class DebugPairingScenario
{
    public static byte[] Stripped => File.ReadAllBytes(TestPaths.Fixture("dwarf", "libpoint-stripped.so"));

    public static byte[] DebugFile => File.ReadAllBytes(TestPaths.Fixture("dwarf", "libpoint.debug"));

    public static async Task<long> UploadAsync(HttpClient client, byte[] bytes, string name, params (string Name, string Value)[] fields)
    {
        var (status, artifact, _) = await PortalClient.UploadAsync(client, bytes, name, fields);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted, $"upload: {status}");
        var detail = await PortalClient.WaitParsedAsync(client, artifact!.Id);
        Assert.Equal(ArtifactStatus.Ready, detail.Summary.Status);
        return artifact.Id;
    }

    /// <summary>The debug file first: it waits, named as what it is; the binary then takes its surface at ingest.</summary>
    public static async Task DebugFileFirstAsync(HttpClient client, string library)
    {
        long debug = await UploadAsync(client, DebugFile, "libpoint.debug", ("library", library), ("version", "1.0"));
        var alone = await PortalClient.GetAsync<ArtifactDetail>(client, $"/api/artifacts/{debug}");
        Assert.Equal("debug-file", alone!.Summary.Kind);
        Assert.Null(alone.Summary.Labels.Library);
        Assert.DoesNotContain(await PortalClient.GetAsync<List<LibrarySummary>>(client, "/api/libraries") ?? [], l => l.Name == library);
        var waiting = await PortalClient.GetAsync<DebugLinkInfo>(client, $"/api/artifacts/{debug}/debug-link");
        Assert.True(waiting!.IsDebugFile);
        Assert.Empty(waiting.AttachedTo);

        long binary = await UploadAsync(client, Stripped, "libpoint-stripped.so", ("library", library), ("version", "1.0"));
        await AssertPairedAsync(client, binary, debug, waiting.BuildId);
    }

    /// <summary>The binary first: names only; the debug file's upload re-derives its snapshot with the surface.</summary>
    public static async Task BinaryFirstAsync(HttpClient client, string library)
    {
        long binary = await UploadAsync(client, Stripped, "libpoint-stripped.so", ("library", library), ("version", "2.0"));
        var before = await PortalClient.GetAsync<AbiOverview>(client, $"/api/artifacts/{binary}/abi");
        Assert.Equal("symbols only", before!.Evidence);
        Assert.All(before.Declarations.Items, d => Assert.Null(d.Declaration));
        var unpaired = await PortalClient.GetAsync<DebugLinkInfo>(client, $"/api/artifacts/{binary}/debug-link");
        Assert.Equal((false, false, (long?)null), (unpaired!.IsDebugFile, unpaired.HasAbi, unpaired.DebugFileId));

        long debug = await UploadAsync(client, DebugFile, "libpoint.debug");
        await AssertPairedAsync(client, binary, debug, unpaired.BuildId);
    }

    /// <summary>Both at once, parsed side by side by two workers: whichever is stored last pairs them.</summary>
    public static async Task BothAtOnceAsync(HttpClient client)
    {
        var (_, binary, _) = await PortalClient.UploadAsync(client, Stripped, "libpoint-stripped.so", ("library", "point-split-c"), ("version", "1.0"));
        var (_, debug, _) = await PortalClient.UploadAsync(client, DebugFile, "libpoint.debug");
        await PortalClient.WaitParsedAsync(client, binary!.Id);
        await PortalClient.WaitParsedAsync(client, debug!.Id);
        // When each job looked for the other before either was stored, the one stored last pairs
        // them just after it shows ready: within moments, not never.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        DebugLinkInfo? link;
        while ((link = await PortalClient.GetAsync<DebugLinkInfo>(client, $"/api/artifacts/{binary.Id}/debug-link"))!.HasAbi is false && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        await AssertPairedAsync(client, binary.Id, debug.Id, link.BuildId);
    }

    private static async Task AssertPairedAsync(HttpClient client, long binary, long debug, string buildId)
    {
        var link = await PortalClient.GetAsync<DebugLinkInfo>(client, $"/api/artifacts/{binary}/debug-link");
        Assert.Equal((buildId, false, true, (long?)debug), (link!.BuildId, link.IsDebugFile, link.HasAbi, link.DebugFileId));
        var debugLink = await PortalClient.GetAsync<DebugLinkInfo>(client, $"/api/artifacts/{debug}/debug-link");
        Assert.Equal([binary], debugLink!.AttachedTo.Select(a => a.Id));
        Assert.Empty(debugLink.Waiting);

        var abi = await PortalClient.GetAsync<AbiOverview>(client, $"/api/artifacts/{binary}/abi?q=get_x");
        Assert.Equal("symbols + debug info (DWARF 5, 1 unit, debug file libpoint.debug)", abi!.Evidence);
        Assert.Equal(("explicit", "libpoint.debug"), (abi.Source, abi.DebugFile));
        var getX = Assert.Single(abi.Declarations.Items);
        Assert.Equal("int get_x(struct Point *p)", getX.Declaration);
        Assert.Equal(["struct Point"], getX.Types.Select(t => t.Id));

        // The snapshot JSON itself carries the surface now (what diffs and the check read).
        string json = await client.GetStringAsync($"/api/artifacts/{binary}/snapshot");
        Assert.Contains("\"source\":\"explicit\"", json, StringComparison.Ordinal);
    }
}
