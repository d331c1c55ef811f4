using System.Net;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Tests.Infrastructure;
using AbiPortal.Tests;

namespace AbiPortal.Server.Tests;

/// <summary>
/// Uploads with debug info get their ABI surface; a separate debug file pairs with its stripped
/// binary by build id in either order (SQLite; the PostgreSQL run is <see cref="DebugPairingPostgresTests"/>).
/// </summary>
public sealed class DebugPairingTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private HttpClient Client => portal.Client;

    [Fact]
    public async Task An_upload_with_debug_info_gets_its_surface_in_the_snapshot()
    {
        long id = await DebugPairingScenario.UploadAsync(Client, File.ReadAllBytes(TestPaths.Fixture("dwarf", "libpoint-gcc5.so")), "libpoint.so", ("library", "embedded"), ("version", "1"));
        var abi = await PortalClient.GetAsync<AbiOverview>(Client, $"/api/artifacts/{id}/abi");
        Assert.Equal(("symbols + debug info (DWARF 5, 1 unit)", true, false, "embedded"), (abi!.Evidence, abi.HasSurface, abi.Partial, abi.Source));
        Assert.Equal(10, abi.Functions);
        Assert.Equal(abi.Exports, abi.Declarations.Total);
        Assert.Contains(abi.Declarations.Items, d => d.Declaration == "int get_x(struct Point *p)");

        var types = await PortalClient.GetAsync<PagedResult<AbiTypeRow>>(Client, $"/api/artifacts/{id}/abi/types?q=point");
        var point = Assert.Single(types!.Items, t => t.Id == "struct Point");
        Assert.Equal(("struct", 8UL, 2), (point.Kind, point.Size!.Value, point.Members));

        var layout = await PortalClient.GetAsync<AbiTypeLayout>(Client, $"/api/artifacts/{id}/abi/type?typeId={Uri.EscapeDataString("struct Point")}");
        Assert.Contains("/* size: 8, cachelines: 1, members: 2 */", layout!.Layout, StringComparison.Ordinal);
        Assert.Contains(layout.Exports, e => e.Symbol == "get_x");

        var declaration = await Client.GetAsync($"/api/artifacts/{id}/abi/type?typeId={Uri.EscapeDataString("struct Nowhere")}");
        Assert.Equal(HttpStatusCode.NotFound, declaration.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync($"/api/artifacts/{id}/abi/type")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync($"/api/artifacts/{id}/abi?page=0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/artifacts/999999/abi")).StatusCode);
    }

    [Fact]
    public async Task A_surface_cut_by_a_cap_is_stored_partial_and_says_so()
    {
        using var data = new TempDirectory();
        var settings = new Dictionary<string, string> { ["AbiPortal:MaxDwarfDies"] = "20" };
        await using var factory = new PortalFactory(data.Path, workers: 1, settings: settings);
        using var client = factory.CreateClient();
        long id = await DebugPairingScenario.UploadAsync(client, File.ReadAllBytes(TestPaths.Fixture("dwarf", "libpoint-gcc5.so")), "libpoint.so");
        var abi = await PortalClient.GetAsync<AbiOverview>(client, $"/api/artifacts/{id}/abi");
        Assert.True(abi!.Partial);
        Assert.EndsWith(", partial: cut short, see diagnostics)", abi.Evidence, StringComparison.Ordinal);
        var detail = await PortalClient.GetAsync<ArtifactDetail>(client, $"/api/artifacts/{id}");
        Assert.Contains(detail!.Diagnostics, d => d.Code.StartsWith("DWARF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_debug_file_whose_debug_info_cannot_be_read_is_still_a_debug_file_and_takes_no_surface()
    {
        // libpoint.debug with .debug_info flagged SHF_COMPRESSED and a header claiming 1 TiB: over
        // the inflation cap, so nothing of its DWARF is read.
        byte[] bomb = DebugPairingScenario.DebugFile;
        var header = ElfSectionHeader(bomb, ".debug_info");
        const ulong SHF_COMPRESSED = 0x800;
        BitConverter.TryWriteBytes(bomb.AsSpan(header + 8, 8), SHF_COMPRESSED);
        int content = (int)BitConverter.ToUInt64(bomb, header + 24);
        BitConverter.TryWriteBytes(bomb.AsSpan(content, 4), 1u); // ELFCOMPRESS_ZLIB
        BitConverter.TryWriteBytes(bomb.AsSpan(content + 8, 8), 1UL << 40);

        using var folder = new TempDirectory();
        await using var factory = new PortalFactory(folder.Path, workers: 1);
        using var client = factory.CreateClient();
        await DebugPairingScenario.UploadAsync(client, DebugPairingScenario.DebugFile, "libpoint.debug", ("library", "point-bomb"), ("version", "1"));
        long id = await DebugPairingScenario.UploadAsync(client, bomb, "bomb.debug", ("library", "point-bomb"), ("version", "2"));

        var link = await PortalClient.GetAsync<DebugLinkInfo>(client, $"/api/artifacts/{id}/debug-link");
        Assert.True(link!.IsDebugFile);
        Assert.Null(link.DebugFileId);
        var detail = await PortalClient.GetAsync<ArtifactDetail>(client, $"/api/artifacts/{id}");
        Assert.Contains(detail!.Diagnostics, d => d.Code == "DWARF5004");
    }

    /// <summary>The file offset of an ELF64 section header, found by name (e_shoff, e_shnum, e_shstrndx).</summary>
    private static int ElfSectionHeader(byte[] elf, string name)
    {
        int shoff = (int)BitConverter.ToUInt64(elf, 0x28);
        int count = BitConverter.ToUInt16(elf, 0x3C), strndx = BitConverter.ToUInt16(elf, 0x3E);
        int strings = (int)BitConverter.ToUInt64(elf, shoff + (strndx * 64) + 24);
        for (int i = 0; i < count; i++)
        {
            int header = shoff + (i * 64);
            int at = strings + (int)BitConverter.ToUInt32(elf, header);
            if (System.Text.Encoding.ASCII.GetString(elf, at, Array.IndexOf(elf, (byte)0, at) - at) == name)
            {
                return header;
            }
        }

        throw new InvalidOperationException($"{name} not found");
    }

    // Each order on a server of its own: the same bytes uploaded twice are one artifact.
    [Fact]
    public async Task A_debug_file_uploaded_first_waits_and_pairs_with_its_binary()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path);
        using var client = factory.CreateClient();
        await DebugPairingScenario.DebugFileFirstAsync(client, "point-split-a");
    }

    [Fact]
    public async Task A_debug_file_uploaded_after_its_binary_re_derives_the_binary_snapshot()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path);
        using var client = factory.CreateClient();
        await DebugPairingScenario.BinaryFirstAsync(client, "point-split-b");
    }

    [Fact]
    public async Task A_binary_and_its_debug_file_uploaded_together_are_paired()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 2);
        using var client = factory.CreateClient();
        await DebugPairingScenario.BothAtOnceAsync(client);
    }

    [Fact]
    public async Task The_point_pair_through_the_check_api_is_incompatible_naming_the_struct_the_field_and_the_exports()
    {
        byte[] Point(string side) => File.ReadAllBytes(TestPaths.Fixture("typediff", $"point/gcc/{side}.so"));
        await DebugPairingScenario.UploadAsync(Client, Point("old"), "libpoint.so", ("library", "point-check"), ("version", "1.0"));
        var response = await Client.PostAsync("/api/check", PortalClient.Form(Point("new"), "libpoint.so", ("library", "point-check"), ("pr", "12")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<CheckResult>(response.Content, PortalClient.Json);
        Assert.Equal("incompatible", check!.Verdict);
        string markdown = check.Markdown;
        Assert.Contains("Evidence: both sides: symbols + debug info (DWARF 5, 1 unit)", markdown, StringComparison.Ordinal);
        Assert.Contains("| type-size-changed | `struct Point` | size 8 → 12 bytes<br>", markdown, StringComparison.Ordinal);
        Assert.Contains("| field-added | `struct Point` | field `z` added at offset 8<br>", markdown, StringComparison.Ordinal);
        Assert.Contains("``get_x: parameter 1 `struct Point *` → struct Point``<br>``init_point: parameter 1 `struct Point *` → struct Point``", markdown, StringComparison.Ordinal);

        // The diff page of the same pair says it too, from the stored diff.
        string html = WebUtility.HtmlDecode(await Client.GetStringAsync(check.Links.Diff));
        Assert.Contains("data-verdict=\"incompatible\"", html, StringComparison.Ordinal);
        Assert.Contains("field `z` added at offset 8", html, StringComparison.Ordinal);
        Assert.Contains("get_x: parameter 1 `struct Point *` → struct Point", html, StringComparison.Ordinal);
    }
}
