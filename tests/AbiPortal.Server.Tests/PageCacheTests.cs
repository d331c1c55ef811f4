using System.Net;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>
/// Rendered pages of settled data are served again from memory (the output cache marks such an
/// answer with an Age header), and a write through the server evicts every page it changes at
/// once: a reader never sees a deleted upload, a missing release or a parse that ended after the
/// page was kept.
/// </summary>
public sealed class PageCacheTests
{
    [Fact]
    public async Task A_settled_page_is_kept_and_a_deletion_evicts_it_at_once()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 1);
        using var client = factory.CreateClient();
        long v1 = await RetentionScenario.UploadParsedAsync(client, Fixtures.DemoV1, ("library", "cached"), ("version", "1.0"));

        var first = await client.GetAsync($"/artifacts/{v1}");
        var second = await client.GetAsync($"/artifacts/{v1}");
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/artifacts/{v1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/artifacts/{v1}")).StatusCode);
    }

    [Fact]
    public async Task A_library_page_shows_a_new_release_at_once()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 1);
        using var client = factory.CreateClient();
        await RetentionScenario.UploadParsedAsync(client, Fixtures.DemoV1, ("library", "growing"), ("version", "1.0"));
        // Both pages are read (and so cached) before the new release: demo::added() is only in 2.0.
        Assert.DoesNotContain(">2.0<", await client.GetStringAsync("/libraries/growing"), StringComparison.Ordinal);
        Assert.DoesNotContain("demo::added()", await client.GetStringAsync("/symbols?q=_ZN4demo"), StringComparison.Ordinal);

        await RetentionScenario.UploadParsedAsync(client, Fixtures.DemoV2, ("library", "growing"), ("version", "2.0"));

        Assert.Contains(">2.0<", await client.GetStringAsync("/libraries/growing"), StringComparison.Ordinal);
        var search = await PortalClient.GetAsync<SymbolSearch>(client, "/api/symbols?q=_ZN4demo");
        Assert.Contains(search!.Items, h => h.Artifact.Labels.Version == "2.0");
        Assert.Contains("demo::added()", await client.GetStringAsync("/symbols?q=_ZN4demo"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_of_a_parse_in_progress_is_never_kept()
    {
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path, workers: 0);
        using var client = factory.CreateClient();
        var (_, artifact, _) = await PortalClient.UploadAsync(client, Fixtures.DemoV1, "libdemo.so");
        long id = artifact!.Id;
        using var scope = factory.Services.CreateScope();
        var claim = await scope.ServiceProvider.GetRequiredService<ParseQueue>().ClaimAsync("test-worker", CancellationToken.None);

        Assert.Contains("data-status=\"parsing\"", await client.GetStringAsync($"/artifacts/{id}"), StringComparison.Ordinal);
        var again = await client.GetAsync($"/artifacts/{id}");
        Assert.Null(again.Headers.Age);

        Assert.True(await scope.ServiceProvider.GetRequiredService<SnapshotIngestor>().StoreAsync(claim!, SnapshotReader.ReadFile(Fixtures.DemoV1Path), CancellationToken.None));
        Assert.Contains("data-status=\"ready\"", await client.GetStringAsync($"/artifacts/{id}"), StringComparison.Ordinal);
    }
}
