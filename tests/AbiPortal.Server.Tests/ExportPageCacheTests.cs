using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Queries;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>The export page cache: keys, and that only ready artifacts are ever cached.</summary>
public sealed class ExportPageCacheTests
{
    private static readonly ExportRow Row = new(0, "demo_c_entry", null, null, false, "function", "global", "default", 0x1000, 8, null, null, ".text", null, true, null, null, []);

    [Fact]
    public void Counts_ignore_sort_and_page_but_not_filters()
    {
        using var cache = new ExportPageCache();
        cache.SetCount(7, new SymbolQuery(Q: "Entry", Sort: "name", Page: 3), 12);
        Assert.Equal(12, cache.GetCount(7, new SymbolQuery(Q: "entry", Sort: "-size", Page: 1, PageSize: 100)));
        Assert.Null(cache.GetCount(7, new SymbolQuery(Q: "entry", Kind: "function")));
        Assert.Null(cache.GetCount(8, new SymbolQuery(Q: "entry")));
    }

    [Fact]
    public void Pages_are_keyed_by_artifact_filter_sort_and_page()
    {
        using var cache = new ExportPageCache();
        var page = new PagedResult<ExportRow>(1, [Row], 2, 10);
        cache.SetPage(7, new SymbolQuery(Q: "DEMO", Sort: "name", Page: 2, PageSize: 10), page);
        Assert.Same(page, cache.GetPage(7, new SymbolQuery(Q: "demo", Sort: "name", Page: 2, PageSize: 10)));
        Assert.Null(cache.GetPage(7, new SymbolQuery(Q: "demo", Sort: "name", Page: 1, PageSize: 10)));
        Assert.Null(cache.GetPage(7, new SymbolQuery(Q: "demo", Sort: "-name", Page: 2, PageSize: 10)));
        Assert.Null(cache.GetPage(9, new SymbolQuery(Q: "demo", Sort: "name", Page: 2, PageSize: 10)));
    }

    [Fact]
    public async Task An_artifact_still_parsing_is_not_cached_so_its_rows_appear_once_ready()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 0);
        using var client = factory.CreateClient();
        var (_, artifact, _) = await PortalClient.UploadAsync(client, Fixtures.DemoV1, "libdemo.so");
        long id = artifact!.Id;
        string url = $"/api/artifacts/{id}/exports?q=demo&sort=name";

        using var scope = factory.Services.CreateScope();
        var claim = await scope.ServiceProvider.GetRequiredService<ParseQueue>().ClaimAsync("test-worker", CancellationToken.None);
        var before = await PortalClient.GetAsync<PagedResult<ExportRow>>(client, url);
        Assert.Equal(0, before!.Total);

        var snapshot = SnapshotReader.ReadFile(Fixtures.DemoV1Path);
        Assert.True(await scope.ServiceProvider.GetRequiredService<SnapshotIngestor>().StoreAsync(claim!, snapshot, CancellationToken.None));

        var after = await PortalClient.GetAsync<PagedResult<ExportRow>>(client, url);
        Assert.Equal(4, after!.Total);
        var again = await PortalClient.GetAsync<PagedResult<ExportRow>>(client, url);
        Assert.Equal(after.Items.Select(e => e.Name), again!.Items.Select(e => e.Name));
        Assert.Equal(4, again.Total);
    }
}
