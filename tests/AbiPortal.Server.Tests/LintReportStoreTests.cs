using AbiPortal.Parsers.Lint;
using AbiPortal.Server.Data;
using AbiPortal.Server.Queries.Lint;
using AbiPortal.Server.Storage;
using AbiPortal.Server.Tests.Infrastructure;
using AbiPortal.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests;

/// <summary>
/// Lint reports are stored once an artifact is parsed, and a fresh server process reads them from
/// the database instead of linting again. Proved with the stored file deleted between the two
/// processes: a lint now could only read the snapshot JSON, which has no code and no debug info,
/// so the two findings that need them would be missing.
/// </summary>
public sealed class LintReportStoreTests
{
    private static readonly string[] AllFour = ["aggregate-by-value", "allocator-without-release", "callback-without-context", "callee-saved-register"];

    [Fact]
    public async Task A_fresh_process_reads_the_report_stored_at_parse_and_lints_again_only_for_another_engine()
    {
        using var data = new TempDirectory();
        long id;
        string sha256;
        await using (var first = new PortalFactory(data.Path))
        {
            using var client = first.CreateClient();
            var (_, artifact, _) = await PortalClient.UploadAsync(client, File.ReadAllBytes(TestPaths.Fixture("lint", "libthing.so")), "libthing.so", ("library", "thing"), ("version", "1.0"));
            var parsed = await PortalClient.WaitParsedAsync(client, artifact!.Id);
            (id, sha256) = (parsed.Summary.Id, parsed.Summary.Sha256);

            // Stored by the parse worker after the artifact shows as ready; nobody asked for it.
            var stored = await WaitStoredAsync(first, id);
            Assert.Equal(LintReports.Engine, stored.Engine);
            Assert.Equal(AllFour, LintJson.Deserialize(stored.Json).Findings.Select(f => f.Rule).Order(StringComparer.Ordinal));
            File.Delete(first.Services.GetRequiredService<ArtifactStore>().PathOf(sha256));
        }

        await using (var second = new PortalFactory(data.Path))
        {
            using var client = second.CreateClient();
            var report = LintJson.Deserialize(await client.GetStringAsync($"/api/artifacts/{id}/contract"));
            Assert.Equal(AllFour, report.Findings.Select(f => f.Rule).Order(StringComparer.Ordinal));
        }

        // A report of older rules counts as not stored: linted again (from the snapshot JSON alone
        // now, so without the finding that reads code) and stored under the current engine.
        await using (var third = new PortalFactory(data.Path))
        {
            using (var scope = third.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<PortalDbContext>().LintReports.Where(r => r.ArtifactId == id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Engine, LintReports.Engine - 1));
            }

            using var client = third.CreateClient();
            var report = LintJson.Deserialize(await client.GetStringAsync($"/api/artifacts/{id}/contract"));
            Assert.DoesNotContain("callee-saved-register", report.Findings.Select(f => f.Rule));
            var restored = await WaitStoredAsync(third, id);
            Assert.Equal(report.Findings.Count, LintJson.Deserialize(restored.Json).Findings.Count);
        }
    }

    [Fact]
    public async Task A_stripped_library_is_linted_again_with_its_types_once_its_debug_file_is_paired()
    {
        // tests/fixtures/lint: libthing split by objcopy into a stripped library and its debug file.
        using var data = new TempDirectory();
        await using var factory = new PortalFactory(data.Path);
        using var client = factory.CreateClient();
        var (_, stripped, _) = await PortalClient.UploadAsync(client, File.ReadAllBytes(TestPaths.Fixture("lint", "libthing-stripped.so")), "libthing.so", ("library", "thing-split"), ("version", "1.0"));
        long id = (await PortalClient.WaitParsedAsync(client, stripped!.Id)).Summary.Id;

        // Without types only the code rule finds something; the type rules say why they did not run.
        var alone = LintJson.Deserialize((await WaitStoredAsync(factory, id)).Json);
        Assert.Equal(["callee-saved-register"], alone.Findings.Select(f => f.Rule));
        Assert.Null(alone.Coverage.DebugInfo);
        Assert.Contains(alone.Coverage.Skipped, n => n.Contains("no debug info", StringComparison.Ordinal));

        var (_, debug, _) = await PortalClient.UploadAsync(client, File.ReadAllBytes(TestPaths.Fixture("lint", "libthing.debug")), "libthing.debug");
        await PortalClient.WaitParsedAsync(client, debug!.Id);
        var link = await PortalClient.GetAsync<AbiPortal.Client.Contracts.DebugLinkInfo>(client, $"/api/artifacts/{id}/debug-link");
        Assert.Equal((true, (long?)debug.Id), (link!.HasAbi, link.DebugFileId));

        var paired = LintJson.Deserialize(await client.GetStringAsync($"/api/artifacts/{id}/contract"));
        Assert.Equal(AllFour, paired.Findings.Select(f => f.Rule).Order(StringComparer.Ordinal));
        Assert.NotNull(paired.Coverage.DebugInfo);
        Assert.Equal(AllFour, LintJson.Deserialize((await WaitStoredAsync(factory, id)).Json).Findings.Select(f => f.Rule).Order(StringComparer.Ordinal));
    }

    private static async Task<(int Engine, string Json)> WaitStoredAsync(PortalFactory factory, long id)
    {
        for (int attempt = 0; attempt < 300; attempt++)
        {
            using var scope = factory.Services.CreateScope();
            var row = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().LintReports.AsNoTracking()
                .Where(r => r.ArtifactId == id && r.Engine == LintReports.Engine).Select(r => new { r.Engine, r.Json }).FirstOrDefaultAsync();
            if (row is not null)
            {
                return (row.Engine, row.Json);
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No lint report of engine {LintReports.Engine} was stored for artifact {id} within 30 s.");
    }
}
