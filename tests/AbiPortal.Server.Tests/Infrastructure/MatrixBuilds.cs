using AbiPortal.Client.Contracts;
using AbiPortal.Tests;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// One release of libtally 1.4.0 (C) and of libcounter 2.0 (C++) as builds for several platforms
/// (tests/fixtures/matrix), uploaded with their platform labels and parsed. Uploads are deduplicated
/// by content, so uploading again on the same server returns the same artifacts.
/// </summary>
public static class MatrixBuilds
{
    /// <summary>libtally's builds: platform label and file.</summary>
    public static IReadOnlyList<(string Platform, string File)> Tally { get; } =
    [
        ("linux-x86_64", "libtally.so"), ("windows-x86_64", "tally-x64.dll"), ("windows-x86", "tally-x86.dll"), ("macos", "libtally.fat.dylib"),
    ];

    /// <summary>libcounter's builds: platform label and file.</summary>
    public static IReadOnlyList<(string Platform, string File)> Counter { get; } =
    [
        ("linux-x86_64", "libcounter.so"), ("windows-x86_64", "counter.dll"), ("macos-x86_64", "libcounter.dylib"),
    ];

    /// <summary>Uploads builds as one version of a library and waits until they are parsed; the artifact id per platform label.</summary>
    public static async Task<Dictionary<string, long>> UploadAsync(HttpClient client, string library, string version, IEnumerable<(string Platform, string File)> builds)
    {
        var ids = new Dictionary<string, long>();
        foreach (var (platform, file) in builds)
        {
            byte[] bytes = await File.ReadAllBytesAsync(TestPaths.Fixture("matrix", file));
            var (_, artifact, response) = await PortalClient.UploadAsync(client, bytes, file, ("library", library), ("version", version), ("platform", platform));
            Assert.True(artifact is not null, await response.Content.ReadAsStringAsync());
            ids[platform] = artifact.Id;
        }

        foreach (long id in ids.Values)
        {
            Assert.Equal(ArtifactStatus.Ready, (await PortalClient.WaitParsedAsync(client, id)).Summary.Status);
        }

        return ids;
    }

    /// <summary>libtally 1.4.0 and libcounter 2.0, as uploaded by a release job for three platforms.</summary>
    public static async Task<(Dictionary<string, long> Tally, Dictionary<string, long> Counter)> UploadBothAsync(HttpClient client)
        => (await UploadAsync(client, "tally", "1.4.0", Tally), await UploadAsync(client, "counter", "2.0", Counter));
}
