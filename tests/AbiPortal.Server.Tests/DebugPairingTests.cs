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
