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
/// A report lints the stored snapshot, whose ABI surface came from the file's debug info or a
/// paired debug file, over the stored file's code. A report is keyed by the file's SHA-256 (one
/// artifact per content) and ages out, or is forgotten when pairing rewrites the snapshot.
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

    /// <summary>The report for a stored file and its snapshot (asked for only when the report is not cached).</summary>
    public async Task<LintReport> GetOrLintAsync(string sha256, string fileName, Func<CancellationToken, Task<Snapshot?>> snapshot, CancellationToken cancellationToken)
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
            var stored = await snapshot(cancellationToken);
            if (stored is null && !File.Exists(path))
            {
                throw new InvalidOperationException($"Artifact {sha256} has neither its file nor a snapshot.");
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.JobTimeout);
            var report = await Task.Run(() => Lint(path, fileName, stored, timeout.Token), timeout.Token);
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

    /// <summary>
    /// Lints the stored snapshot (with its ABI surface: the file's own debug info, or the one a
    /// paired debug file gave it) over the file's bytes, whose code the code rules read. When the
    /// file is gone (deleted while the page was open) the rules that need no code still run; when
    /// there is no snapshot, the file is read again with its embedded debug info only.
    /// </summary>
    private static LintReport Lint(string path, string fileName, Snapshot? stored, CancellationToken cancellationToken)
    {
        var lintOptions = new LintOptions { Demangle = Demangler.Demangle, Cancellation = cancellationToken };
        if (!File.Exists(path))
        {
            return Linter.Lint(ReadOnlyMemory<byte>.Empty, stored! with { File = stored.File with { Name = fileName } }, lintOptions);
        }

        using var input = BinaryInput.OpenFile(path);

        // Uploads come from strangers: only the debug info inside the file, no look-ups on disk.
        var snapshot = stored ?? SnapshotReader.Read(input.Memory, fileName, new SnapshotReadOptions { ComputeSha256 = false, DebugInfo = DebugInfoOptions.EmbeddedOnly, CancellationToken = cancellationToken });
        return Linter.Lint(input.Memory, snapshot with { File = snapshot.File with { Name = fileName } }, lintOptions);
    }

    /// <summary>Drops a report whose snapshot changed (a debug file was paired with the artifact).</summary>
    public void Forget(string sha256) => cache.Remove(sha256);

    /// <inheritdoc />
    public void Dispose()
    {
        cache.Dispose();
        gate.Dispose();
    }
}
