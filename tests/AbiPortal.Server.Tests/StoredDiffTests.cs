using System.Net;
using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Conversions;
using AbiPortal.Server.Diffs;
using AbiPortal.Server.Tests.Infrastructure;
using AbiPortal.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>
/// Diffs computed once and stored: each release against its predecessor at ingest, kept right when
/// a release is inserted between two others or deleted, and read back (whole, or a group a page at
/// a time) exactly as the engine computed them.
/// </summary>
public sealed class StoredDiffTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    private HttpClient Client => portal.Client;

    [Fact]
    public async Task Release_pairs_follow_an_inserted_and_a_deleted_release()
    {
        long v10 = await UploadShapesAsync("1.0", "pairs");
        long v20 = await UploadShapesAsync("2.0", "pairs");
        await StoredDiffAssertions.WaitPinnedAsync(portal.Factory, [v10, v20], [(v10, v20)]);

        // 1.1 arrives later but sorts between them: the timeline now compares 1.0 -> 1.1 -> 2.0.
        long v11 = await UploadShapesAsync("1.1", "pairs");
        await StoredDiffAssertions.WaitPinnedAsync(portal.Factory, [v10, v11, v20], [(v10, v11), (v11, v20)]);
        var library = await PortalClient.GetAsync<LibraryDetail>(Client, "/api/libraries/pairs");
        Assert.Equal([null, v10, v11], library!.Versions.Select(v => v.PreviousArtifactId));
        Assert.Equal([null, "compatible", "incompatible"], library.Versions.Select(v => v.Verdict));

        // Deleting 1.1 takes its diffs with it and puts 1.0 -> 2.0 back on the timeline.
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/artifacts/{v11}")).StatusCode);
        await StoredDiffAssertions.WaitPinnedAsync(portal.Factory, [v10, v11, v20], [(v10, v20)]);
        Assert.DoesNotContain((await StoredDiffAssertions.StoredAsync(portal.Factory)).Keys, p => p.Base == v11 || p.Head == v11);
    }

    [Fact]
    public async Task The_stored_diff_reads_back_as_the_engine_computed_it()
    {
        long v11 = await UploadShapesAsync("1.1", "readback");
        long v20 = await UploadShapesAsync("2.0", "readback");
        await StoredDiffAssertions.WaitPinnedAsync(portal.Factory, [v11, v20], [(v11, v20)]);

        string stored = await Client.GetStringAsync($"/api/diff?base={v11}&head={v20}");
        var direct = SnapshotDiffer.Compare(Read("1.1"), Read("2.0"));

        Assert.Equal(DiffJson.Serialize(direct), stored);
    }

    [Fact]
    public async Task A_group_pages_in_the_engines_order_and_counts_per_severity_and_kind()
    {
        long v10 = await UploadShapesAsync("1.0", "paged");
        long v20 = await UploadShapesAsync("2.0", "paged");
        var direct = SnapshotDiffer.Compare(Read("1.0"), Read("2.0"));
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<IPortalQueries>();

        var view = (await queries.GetDiffViewAsync(v10, v20, CancellationToken.None))!;

        Assert.Equal(direct.Verdict, view.Verdict);
        Assert.Equal(direct.Summary.Incompatible, view.Summary.Incompatible);
        Assert.Equal(direct.Summary.ByKind, view.Summary.ByKind);
        var expectedGroups = direct.Changes.GroupBy(c => (c.Severity, c.Kind)).Select(g => new DiffGroup(g.Key.Severity, g.Key.Kind, g.Count())).ToList();
        Assert.Equal(expectedGroups, view.Groups);
        foreach (var group in view.Groups)
        {
            var paged = new List<AbiChange>();
            for (int page = 1; ; page++)
            {
                var result = await queries.GetDiffChangesAsync(view.DiffId, new DiffChangeQuery(group.Severity, group.Kind, Page: page, PageSize: 1), CancellationToken.None);
                Assert.Equal(group.Count, result.Total);
                if (result.Items.Count == 0)
                {
                    break;
                }

                paged.AddRange(result.Items.Select(r => r.Change));
            }

            Assert.Equal(
                direct.Changes.Where(c => c.Severity == group.Severity && c.Kind == group.Kind).Select(c => JsonSerializer.Serialize(c)),
                paged.Select(c => JsonSerializer.Serialize(c)));
        }

        // A name filter counts and pages in SQL too.
        var removed = await queries.GetDiffGroupsAsync(view.DiffId, "SHAPES_NAME", CancellationToken.None);
        Assert.All(removed, g => Assert.True(g.Count >= 1));
        Assert.Contains(removed, g => g.Kind == ChangeKind.ExportRemoved);
    }

    [Fact]
    public async Task A_diff_stored_by_another_engine_is_computed_again()
    {
        long v10 = await UploadShapesAsync("1.0", "engine");
        long v11 = await UploadShapesAsync("1.1", "engine");
        await StoredDiffAssertions.WaitPinnedAsync(portal.Factory, [v10, v11], [(v10, v11)]);
        await using (var scope = portal.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.Diffs.Where(d => d.BaseId == v10 && d.HeadId == v11).ExecuteUpdateAsync(s => s.SetProperty(d => d.Engine, StoredDiffs.Engine - 1).SetProperty(d => d.Verdict, "breaking"));
        }

        var diff = JsonDocument.Parse(await Client.GetStringAsync($"/api/diff?base={v10}&head={v11}"));

        Assert.Equal("compatible", diff.RootElement.GetProperty("verdict").GetString());
        await using (var scope = portal.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal(StoredDiffs.Engine, await db.Diffs.Where(d => d.BaseId == v10 && d.HeadId == v11).Select(d => d.Engine).SingleAsync());
        }
    }

    [Fact]
    public async Task Concurrent_readers_of_a_cold_pair_share_one_computation()
    {
        long v10 = await UploadShapesAsync("1.0", "cold");
        long v20 = await UploadShapesAsync("2.0", "cold-other");

        // Not a page pair (two libraries): nothing stored it; 16 readers ask at once.
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Client.GetStringAsync($"/api/diff?base={v10}&head={v20}")));

        Assert.Single(answers.Distinct());
        var stored = await StoredDiffAssertions.StoredAsync(portal.Factory);
        Assert.False(stored[(v10, v20)]);
    }

    [Fact]
    public void Stored_enum_numbers_are_pinned_and_cover_every_member()
    {
        AssertPinned(StoredEnums.ArtifactStatus, [0, 1, 2, 3]);
        AssertPinned(StoredEnums.SymbolKind, [0, 1, 2, 3, 4, 5, 6]);
        AssertPinned(StoredEnums.SymbolBinding, [0, 1, 2, 3]);
        AssertPinned(StoredEnums.SymbolVisibility, [0, 1, 2, 3]);
        AssertPinned(StoredEnums.DependencyKind, [0, 1, 2, 3, 4, 5]);
        AssertPinned(StoredEnums.DiagnosticSeverity, [0, 1, 2]);
        Assert.Equal(6, StoredEnums.SymbolKind.CodeOf(SymbolKind.Absolute));
        Assert.Equal(2, StoredEnums.ArtifactStatus.CodeOf(ArtifactStatus.Ready));
    }

    private static void AssertPinned<T>(StoredEnum<T> pins, int[] codes)
        where T : struct, Enum
    {
        Assert.Equal(Enum.GetValues<T>().Order(), pins.Codes.Keys.Order());
        Assert.Equal(codes, pins.Codes.Values.Order());
        Assert.All(pins.Codes, p => Assert.Equal(p.Key, pins.ValueOf(p.Value)));
    }

    private async Task<long> UploadShapesAsync(string version, string library)
    {
        // Each library gets bytes of its own (uploads are deduplicated by content).
        byte[] bytes = [.. await File.ReadAllBytesAsync(TestPaths.Fixture("ui", "libshapes.so." + version)), .. System.Text.Encoding.ASCII.GetBytes(library)];
        return await RetentionScenario.UploadParsedAsync(Client, bytes, ("library", library), ("version", version));
    }

    private static Snapshot Read(string version)
    {
        // The server names the snapshot after the upload (RetentionScenario sends libdemo.so).
        byte[] bytes = File.ReadAllBytes(TestPaths.Fixture("ui", "libshapes.so." + version));
        return SnapshotReader.Read(bytes, "libdemo.so");
    }
}
