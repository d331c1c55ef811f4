using AbiPortal.Client.Contracts;
using AbiPortal.Tests;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// The three libshapes releases of tests/fixtures/ui (1.0: SHAPES_1.0; 1.1 adds SHAPES_1.1 with
/// shapes_describe; 2.0 moves everything to SHAPES_2.0 and drops shapes_name), uploaded as library
/// <c>shapes</c> and parsed. Uploads are deduplicated by content, so calling this again on the same
/// server returns the same artifacts.
/// </summary>
public static class ShapesReleases
{
    public static IReadOnlyList<string> Versions { get; } = ["1.0", "1.1", "2.0"];

    public static async Task<Dictionary<string, long>> UploadAsync(HttpClient client)
    {
        var ids = new Dictionary<string, long>();
        foreach (string version in Versions)
        {
            byte[] bytes = await File.ReadAllBytesAsync(TestPaths.Fixture("ui", "libshapes.so." + version));
            var (_, artifact, _) = await PortalClient.UploadAsync(client, bytes, "libshapes.so." + version, ("library", "shapes"), ("version", version));
            var parsed = await PortalClient.WaitParsedAsync(client, artifact!.Id);
            Assert.Equal(ArtifactStatus.Ready, parsed.Summary.Status);
            ids[version] = artifact.Id;
        }

        return ids;
    }
}
