using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Tests.Infrastructure;
using AbiPortal.Tests;

namespace AbiPortal.Server.Tests;

/// <summary>
/// A universal (fat) Mach-O binary and its universal dSYM, uploaded on their own in either order:
/// they pair by their slices' UUIDs, and every slice of the binary's snapshot gets its surface.
/// The fixture is tests/fixtures/dwarf/libpoint-fat.dylib (x86_64 and arm64, no debug info of its
/// own, as on macOS) and the DWARF file of its dsymutil bundle.
/// </summary>
public sealed class FatDebugPairingTests
{
    private static byte[] Binary => File.ReadAllBytes(TestPaths.Fixture("dwarf", "libpoint-fat.dylib"));

    private static byte[] Dsym => File.ReadAllBytes(TestPaths.Fixture("dwarf", "libpoint-fat.dylib.dSYM/Contents/Resources/DWARF/libpoint-fat.dylib"));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_universal_binary_pairs_with_its_universal_dsym_in_either_order(bool dsymFirst)
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path);
        using var client = factory.CreateClient();
        long binary, dsym;
        if (dsymFirst)
        {
            dsym = await DebugPairingScenario.UploadAsync(client, Dsym, "libpoint-fat.dylib.dSYM", ("library", "point-fat"), ("version", "1.0"));
            binary = await DebugPairingScenario.UploadAsync(client, Binary, "libpoint-fat.dylib", ("library", "point-fat"), ("version", "1.0"));
        }
        else
        {
            binary = await DebugPairingScenario.UploadAsync(client, Binary, "libpoint-fat.dylib", ("library", "point-fat"), ("version", "1.0"));
            Assert.All(await SliceSurfacesAsync(client, binary), s => Assert.False(s.HasAbi));
            dsym = await DebugPairingScenario.UploadAsync(client, Dsym, "libpoint-fat.dylib.dSYM", ("library", "point-fat"), ("version", "1.0"));
        }

        var own = await PortalClient.GetAsync<DebugLinkInfo>(client, $"/api/artifacts/{dsym}/debug-link");
        Assert.True(own!.IsDebugFile);
        Assert.Equal("debug-file", (await PortalClient.GetAsync<ArtifactDetail>(client, $"/api/artifacts/{dsym}"))!.Summary.Kind);

        // The pairing is stored before the later upload shows as ready.
        var link = await PortalClient.GetAsync<DebugLinkInfo>(client, $"/api/artifacts/{binary}/debug-link");
        Assert.Equal((false, true, (long?)dsym), (link!.IsDebugFile, link.HasAbi, link.DebugFileId));
        Assert.Equal(own.BuildId, link.BuildId);
        Assert.Contains("+", link.BuildId, StringComparison.Ordinal);
        Assert.Equal(binary, Assert.Single((await PortalClient.GetAsync<DebugLinkInfo>(client, $"/api/artifacts/{dsym}/debug-link"))!.AttachedTo).Id);

        var slices = await SliceSurfacesAsync(client, binary);
        Assert.Equal(["arm64", "x86_64"], slices.Select(s => s.Member).Order(StringComparer.Ordinal));
        Assert.All(slices, s => Assert.True(s.HasAbi && s.Functions.Contains("get_x"), $"{s.Member}: {s.HasAbi}, [{string.Join(", ", s.Functions)}]"));

        // The ABI API shows a slice at a time: the first by default, any by member=.
        var first = await PortalClient.GetAsync<AbiOverview>(client, $"/api/artifacts/{binary}/abi");
        Assert.True(first!.HasSurface);
        Assert.Equal(slices.Select(s => s.Member), first.Members);
        Assert.Equal(slices[0].Member, first.Member);
        var arm = await PortalClient.GetAsync<AbiOverview>(client, $"/api/artifacts/{binary}/abi?member=arm64");
        Assert.Equal(("arm64", true), (arm!.Member, arm.HasSurface));
        Assert.Contains(arm.Declarations.Items, d => d.Declaration == "int get_x(struct Point *p)");
        var layout = await PortalClient.GetAsync<AbiTypeLayout>(client, $"/api/artifacts/{binary}/abi/type?typeId={Uri.EscapeDataString("struct Point")}&member=arm64");
        Assert.Equal("arm64", layout!.Member);
        Assert.Contains("/* size: 8, cachelines: 1, members: 2 */", layout.Layout, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/api/artifacts/{binary}/abi?member=ppc")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await client.GetAsync($"/api/artifacts/{binary}/abi?member=")).StatusCode);
    }

    /// <summary>Each slice of the stored snapshot: its name, whether it has a surface and the functions the surface declares.</summary>
    private static async Task<List<(string Member, bool HasAbi, List<string> Functions)>> SliceSurfacesAsync(HttpClient client, long id)
    {
        using var snapshot = JsonDocument.Parse(await client.GetStringAsync($"/api/artifacts/{id}/snapshot"));
        var slices = new List<(string, bool, List<string>)>();
        foreach (var member in snapshot.RootElement.GetProperty("members").EnumerateArray())
        {
            bool has = member.TryGetProperty("abi", out var abi) && abi.ValueKind == JsonValueKind.Object;
            var functions = has ? abi.GetProperty("functions").EnumerateArray().Select(f => f.GetProperty("symbol").GetString()!.TrimStart('_')).ToList() : [];
            slices.Add((member.GetProperty("member").GetString()!, has, functions));
        }

        return slices;
    }
}
