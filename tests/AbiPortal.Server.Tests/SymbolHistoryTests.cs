using AbiPortal.Client.Contracts;
using AbiPortal.Server.Tests.Infrastructure;

namespace AbiPortal.Server.Tests;

/// <summary>
/// "Since when do we export this?" over three real versions of libshapes (tests/fixtures/ui):
/// 1.0 has one node SHAPES_1.0, 1.1 adds SHAPES_1.1 (with shapes_describe), 2.0 moves everything
/// into SHAPES_2.0 and drops shapes_name.
/// </summary>
public sealed class SymbolHistoryTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [Fact]
    public async Task A_symbol_that_moved_to_a_new_version_node_still_exists_in_the_newer_release()
    {
        var ids = await ShapesReleases.UploadAsync(portal.Client);
        var detail = await DetailAsync(ids["1.1"], "shapes_describe");

        Assert.Equal(
            [("1.0", (string?)null), ("1.1", "SHAPES_1.1"), ("2.0", "SHAPES_2.0")],
            detail.Presence.Select(p => (p.Version, p.ExportId is null ? null : p.SymbolVersion)));
        Assert.Equal(("1.1", "2.0"), (detail.FirstVersion, detail.LastVersion));
    }

    [Fact]
    public async Task A_removed_symbol_ends_at_the_last_release_that_exported_it()
    {
        var ids = await ShapesReleases.UploadAsync(portal.Client);
        var detail = await DetailAsync(ids["1.0"], "shapes_name");

        Assert.Equal([true, true, false], detail.Presence.Select(p => p.ExportId is not null));
        Assert.Equal(("1.0", "1.1"), (detail.FirstVersion, detail.LastVersion));
        // In its own upload the row points at the very export the page shows.
        var own = Assert.Single(detail.Presence, p => p.ArtifactId == ids["1.0"]);
        Assert.Equal(detail.Export.Id, own.ExportId);
    }

    [Fact]
    public async Task The_library_timeline_counts_added_and_removed_exports_as_the_diff_does()
    {
        await ShapesReleases.UploadAsync(portal.Client);
        var library = await PortalClient.GetAsync<LibraryDetail>(portal.Client, "/api/libraries/shapes");

        // 1.0 -> 1.1 adds Square's two constructors and area() and shapes_describe (the SHAPES_1.1
        // node symbol the linker adds is the version node, not an export).
        // 1.1 -> 2.0 moves every symbol to SHAPES_2.0 (a version change, not 14 removals and 14
        // additions), drops shapes_name and adds Square::perimeter.
        Assert.Equal(
            [(null, (int?)null, (int?)null), ("compatible", 4, 0), ("incompatible", 1, 1)],
            library!.Versions.Select(v => (v.Verdict, v.Added, v.Removed)));
    }

    [Fact]
    public async Task Symbol_search_falls_back_to_names_that_contain_the_query()
    {
        await ShapesReleases.UploadAsync(portal.Client);

        // Nothing starts with "Circle::area" (the names start with shapes::), so auto looks inside.
        var inside = await PortalClient.GetAsync<SymbolSearch>(portal.Client, "/api/symbols?q=Circle::area");
        Assert.Equal(SymbolSearch.Contains, inside!.Match);
        Assert.Equal(3, inside.Total);
        Assert.All(inside.Items, h => Assert.Equal("shapes::Circle::area() const", h.Export.Demangled));
        Assert.Equal(["1.0", "1.1", "2.0"], inside.Items.Select(h => h.Artifact.Labels.Version).Order());

        var strict = await PortalClient.GetAsync<SymbolSearch>(portal.Client, "/api/symbols?q=Circle::area&match=prefix");
        Assert.Equal((SymbolSearch.Prefix, 0), (strict!.Match, strict.Total));

        // A prefix hit stays a prefix search: shapes_describe, not every name containing "shapes_".
        var prefixed = await PortalClient.GetAsync<SymbolSearch>(portal.Client, "/api/symbols?q=SHAPES_DESC");
        Assert.Equal((SymbolSearch.Prefix, 2), (prefixed!.Match, prefixed.Total));

        var everywhere = await PortalClient.GetAsync<SymbolSearch>(portal.Client, "/api/symbols?q=describe&match=contains");
        Assert.Equal((SymbolSearch.Contains, 2), (everywhere!.Match, everywhere.Total));

        var bad = await portal.Client.GetAsync("/api/symbols?q=x&match=fuzzy");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private async Task<ExportDetail> DetailAsync(long artifactId, string name)
    {
        var page = await PortalClient.GetAsync<PagedResult<ExportRow>>(portal.Client, $"/api/artifacts/{artifactId}/exports?q={name}");
        var row = Assert.Single(page!.Items, e => e.Name == name);
        return (await PortalClient.GetAsync<ExportDetail>(portal.Client, $"/api/artifacts/{artifactId}/exports/{row.Id}"))!;
    }
}
