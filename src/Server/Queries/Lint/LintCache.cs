using AbiPortal.Parsers.Demangling;
using AbiPortal.Parsers.Lint;
using AbiPortal.Parsers.Primitives;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Hosting;
using AbiPortal.Server.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Queries.Lint;

/// <summary>
/// Lint reports of stored artifacts in memory (ContractQueries keeps them in the database too).
/// A report is computed from the stored file, read again with its embedded debug info, which the
/// stored snapshot JSON does not carry; the stored snapshot stands in when the file is gone. An
/// artifact's bytes never change, so a report is keyed by the file's SHA-256 and only ages out.
/// One lint runs at a time (libLLVM-14 takes about a second of CPU), bounded by the lint's own
/// budgets (<see cref="LintLimits"/>) and by the job timeout, which cancels the code walk between
/// functions. Memory is bounded by <see cref="SizeLimit"/> findings.
/// </summary>
public sealed class LintCache(ArtifactStore store, IOptions<PortalOptions> options) : IDisposable
{
    /// <summary>Findings of all cached reports (each report counts at least one).</summary>
    public const long SizeLimit = 200_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>A report already computed for this file, or null.</summary>
    public LintReport? Get(string sha256) => cache.TryGetValue(sha256, out LintReport? report) ? report : null;

    /// <summary>Remembers a report read from the database.</summary>
    public void Set(string sha256, LintReport report) => Remember(sha256, report);

    /// <summary>The report for a stored file and its snapshot JSON (read only when the report is not cached).</summary>
    public async Task<LintReport> GetOrLintAsync(string sha256, string fileName, Func<CancellationToken, Task<string?>> snapshotJson, CancellationToken cancellationToken)
    {
        if (Get(sha256) is { } known)
        {
            return known;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Get(sha256) is { } raced)
            {
                return raced;
            }

            string path = store.PathOf(sha256);
            string? json = File.Exists(path) ? null : await snapshotJson(cancellationToken) ?? throw new InvalidOperationException($"Artifact {sha256} has neither its file nor a snapshot.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.JobTimeout);
            var report = await Task.Run(() => Lint(path, fileName, json, timeout.Token), timeout.Token);
            Remember(sha256, report);
            return report;
        }
        finally
        {
            gate.Release();
        }
    }

    private void Remember(string sha256, LintReport report)
        => cache.Set(sha256, report, new MemoryCacheEntryOptions { Size = Math.Max(1, report.AllFindings.Count()), SlidingExpiration = TimeSpan.FromHours(1) });

    private static LintReport Lint(string path, string fileName, string? json, CancellationToken cancellationToken)
    {
        var lintOptions = new LintOptions { Demangle = Demangler.Demangle, Cancellation = cancellationToken };
        if (json is not null)
        {
            // The file is gone (deleted while the page was open): the symbol rules still run.
            var stored = SnapshotJson.Deserialize(json);
            return Linter.Lint(ReadOnlyMemory<byte>.Empty, stored with { File = stored.File with { Name = fileName } }, lintOptions);
        }

        // Uploads come from strangers: only the debug info inside the file, no look-ups on disk.
        using var input = BinaryInput.OpenFile(path);
        var snapshot = SnapshotReader.Read(input.Memory, fileName, new SnapshotReadOptions { ComputeSha256 = false, DebugInfo = DebugInfoOptions.EmbeddedOnly, CancellationToken = cancellationToken });
        return Linter.Lint(input.Memory, snapshot, lintOptions);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        cache.Dispose();
        gate.Dispose();
    }
}
