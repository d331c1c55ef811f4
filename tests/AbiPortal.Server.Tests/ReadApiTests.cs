using System.Net;
using System.Net.Http.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace AbiPortal.Server.Tests;

/// <summary>The read API over two parsed versions of a real library.</summary>
public sealed class ReadApiTests(DemoPortal demo) : IClassFixture<DemoPortal>
{
    private HttpClient Client => demo.Client;

    [Fact]
    public void Upload_is_parsed_to_ready_with_identity_and_counts()
    {
        var summary = demo.V1.Summary;
        Assert.Equal(ArtifactStatus.Ready, summary.Status);
        Assert.Equal("elf", summary.Format);
        Assert.Equal("x86_64", summary.Arch);
        Assert.Equal("shared-library", summary.Kind);
        Assert.Equal("libdemo.so.1", summary.IdentityName);
        Assert.Equal(4, summary.ExportCount);
        Assert.Equal("libdemo.so.1", demo.V1.Identity.Name);
        Assert.NotNull(summary.ParsedAt);
    }

    [Fact]
    public async Task Exports_are_paged_filtered_and_sorted()
    {
        var all = await PortalClient.GetAsync<PagedResult<ExportRow>>(Client, $"/api/artifacts/{demo.V1.Summary.Id}/exports?sort=name&pageSize=3");
        Assert.Equal(4, all!.Total);
        Assert.Equal(3, all.Items.Count);
        Assert.Equal(["_ZN4demo5scaleEdi", "_ZN4demo6answerEv", "_ZN4demo6legacyEi"], all.Items.Select(e => e.Name));

        var page2 = await PortalClient.GetAsync<PagedResult<ExportRow>>(Client, $"/api/artifacts/{demo.V1.Summary.Id}/exports?sort=name&pageSize=3&page=2");
        Assert.Equal(["demo_c_entry"], page2!.Items.Select(e => e.Name));

        // Demangled order puts "demo::..." before "demo_c_entry" (':' sorts before '_'); the raw
        // name stands in for a C symbol. Descending is the exact reverse.
        string[] demangled = ["_ZN4demo6answerEv", "_ZN4demo6legacyEi", "_ZN4demo5scaleEdi", "demo_c_entry"];
        var byDemangled = await PortalClient.GetAsync<PagedResult<ExportRow>>(Client, $"/api/artifacts/{demo.V1.Summary.Id}/exports?sort=demangled");
        Assert.Equal(demangled, byDemangled!.Items.Select(e => e.Name));
        var reversed = await PortalClient.GetAsync<PagedResult<ExportRow>>(Client, $"/api/artifacts/{demo.V1.Summary.Id}/exports?sort=-demangled");
        Assert.Equal(demangled.Reverse(), reversed!.Items.Select(e => e.Name));

        var legacy = await PortalClient.GetAsync<PagedResult<ExportRow>>(Client, $"/api/artifacts/{demo.V1.Summary.Id}/exports?q=LEGACY&kind=function");
        var row = Assert.Single(legacy!.Items);
        Assert.Equal("_ZN4demo6legacyEi", row.Name);
        Assert.Equal("function", row.Kind);
        Assert.Equal("global", row.Binding);
        Assert.Equal("default", row.Visibility);
        Assert.NotNull(row.Address);

        var objects = await PortalClient.GetAsync<PagedResult<ExportRow>>(Client, $"/api/artifacts/{demo.V1.Summary.Id}/exports?kind=object");
        Assert.Equal(0, objects!.Total);
    }

    [Fact]
    public async Task Snapshot_is_the_same_json_as_inspect()
    {
        string served = await Client.GetStringAsync($"/api/artifacts/{demo.V1.Summary.Id}/snapshot");
        string expected = SnapshotJson.Serialize(SnapshotReader.ReadFile(Fixtures.DemoV1Path));
        Assert.Equal(expected, served);
    }

    [Fact]
    public async Task Library_lists_versions_in_order_with_changes_against_the_previous()
    {
        var library = await PortalClient.GetAsync<LibraryDetail>(Client, "/api/libraries/demo");
        Assert.Equal(["1.0", "2.0"], library!.Versions.Select(v => v.Artifact.Labels.Version));
        Assert.Null(library.Versions[0].PreviousArtifactId);
        Assert.Equal(demo.V1.Summary.Id, library.Versions[1].PreviousArtifactId);
        Assert.Equal(1, library.Versions[1].Added);
        Assert.Equal(1, library.Versions[1].Removed);

        var libraries = await PortalClient.GetAsync<List<LibrarySummary>>(Client, "/api/libraries");
        var only = Assert.Single(libraries!);
        Assert.Equal(("demo", 2), (only.Name, only.ArtifactCount));
    }

    [Fact]
    public async Task Symbol_search_finds_which_artifacts_export_a_name()
    {
        var hits = await PortalClient.GetAsync<SymbolSearch>(Client, "/api/symbols?q=_zn4demo6LEG");
        var hit = Assert.Single(hits!.Items);
        Assert.Equal(demo.V1.Summary.Id, hit.Artifact.Id);
        Assert.Equal("_ZN4demo6legacyEi", hit.Export.Name);

        var both = await PortalClient.GetAsync<SymbolSearch>(Client, "/api/symbols?q=demo_c_entry");
        Assert.Equal(2, both!.Total);
    }

    [Fact]
    public async Task Export_detail_says_where_else_the_symbol_exists()
    {
        var legacy = await PortalClient.GetAsync<PagedResult<ExportRow>>(Client, $"/api/artifacts/{demo.V1.Summary.Id}/exports?q=legacy");
        var detail = await PortalClient.GetAsync<ExportDetail>(Client, $"/api/artifacts/{demo.V1.Summary.Id}/exports/{legacy!.Items[0].Id}");

        Assert.True(detail!.IsGlobal);
        Assert.True(detail.InExportTable);
        Assert.True(detail.IsVisible);
        Assert.False(detail.LibraryStripped);
        Assert.Equal([("1.0", true), ("2.0", false)], detail.Presence.Select(p => (p.Version, p.ExportId is not null)));
        Assert.Equal(("1.0", "1.0"), (detail.FirstVersion, detail.LastVersion));
    }

    [Fact]
    public async Task Imports_of_a_library_without_imports_are_an_empty_page()
    {
        var imports = await PortalClient.GetAsync<PagedResult<ImportRow>>(Client, $"/api/artifacts/{demo.V1.Summary.Id}/imports");
        Assert.Equal(0, imports!.Total);
    }

    [Fact]
    public async Task Artifact_list_filters_by_library_newest_first()
    {
        var list = await PortalClient.GetAsync<PagedResult<ArtifactSummary>>(Client, "/api/artifacts?library=demo");
        Assert.Equal([demo.V1.Summary.Id, demo.V2.Summary.Id], list!.Items.Select(a => a.Id));
        var none = await PortalClient.GetAsync<PagedResult<ArtifactSummary>>(Client, "/api/artifacts?library=nothing");
        Assert.Equal(0, none!.Total);
    }

    [Theory]
    [InlineData("/api/artifacts/999999")]
    [InlineData("/api/artifacts/999999/exports")]
    [InlineData("/api/artifacts/999999/imports")]
    [InlineData("/api/artifacts/999999/snapshot")]
    [InlineData("/api/artifacts/1/exports/999999")]
    [InlineData("/api/libraries/no-such-library")]
    public async Task Unknown_ids_are_404_problems(string url)
        => await AssertProblemAsync(url, HttpStatusCode.NotFound);

    [Theory]
    [InlineData("/api/artifacts?page=0")]
    [InlineData("/api/artifacts?pageSize=100000")]
    [InlineData("/api/artifacts?page=abc")]
    [InlineData("/api/artifacts/1/exports?kind=banana")]
    [InlineData("/api/artifacts/1/exports?sort=color")]
    [InlineData("/api/artifacts/1/imports?binding=strong")]
    [InlineData("/api/symbols")]
    [InlineData("/api/symbols?q=x&page=-1")]
    public async Task Bad_parameters_are_400_problems(string url)
        => await AssertProblemAsync(url, HttpStatusCode.BadRequest);

    private async Task AssertProblemAsync(string url, HttpStatusCode expected)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal((int)expected, problem!.Status);
    }
}
