using AbiPortal.Client.Contracts;
using AbiPortal.Parsers;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Primitives;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Caching;
using AbiPortal.Server.Data;
using AbiPortal.Server.Diffs;
using AbiPortal.Server.Queries.Abi;
using AbiPortal.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// Pairs stripped binaries with debug files uploaded on their own, by build id, in either order
/// (docs/api.md, "Debug files"). Only uploaded bytes are read: never the server's own
/// <c>/usr/lib/debug</c> or any other file system look-up (<see cref="AbiSurfaceReader.Attach"/>
/// reads the bytes it is given).
/// </summary>
internal sealed partial class DebugPairing(PortalDbContext db, ArtifactStore store, DiffIndexer indexer, PageCacheEvictions pages, AbiSurfaceCache surfaces, Queries.Lint.LintCache lints, ILogger<DebugPairing> logger)
{
    /// <summary>Binaries re-derived for one debug file: the same build id on more is a rebuild's copies, not a workload.</summary>
    public const int MaxPartners = 16;

    /// <summary>What a stored file says about debug info; a file the readers cannot open says nothing.</summary>
    public static DebugFileIdentity Identify(string path, ParseLimits limits)
    {
        try
        {
            using var input = BinaryInput.OpenFile(path);
            return AbiSurfaceReader.Identify(input.Memory, limits);
        }
        catch (Exception ex) when (ex is BinaryFormatException or IOException)
        {
            return new DebugFileIdentity { Format = BinaryFormat.Unknown };
        }
    }

    /// <summary>
    /// A binary parsed without an ABI surface whose debug file is already here: the snapshot with
    /// the surface read from it, and the debug file's artifact id; else the snapshot as it was.
    /// </summary>
    public async Task<(Snapshot Snapshot, long? DebugFileId)> AttachAtIngestAsync(Snapshot snapshot, SnapshotReadOptions options, CancellationToken cancellationToken)
    {
        if (PairingKeys.HasSurface(snapshot) || PairingKeys.Of(snapshot) is not { } buildId)
        {
            return (snapshot, null);
        }

        var debug = await DebugFileOfAsync(buildId, cancellationToken);
        if (debug is null || Attach(snapshot, debug.Sha256, debug.FileName, options) is not { } attached || !PairingKeys.HasSurface(attached))
        {
            return (snapshot, null);
        }

        return (attached, debug.Id);
    }

    /// <summary>
    /// After a debug file is stored: the binaries of its build id that have no surface get one,
    /// read from it. Their snapshot JSON is rewritten, their stored diffs dropped (the next page
    /// or check computes them with types) and their pages evicted. Returns how many were paired.
    /// </summary>
    public async Task<int> PairWaitingBinariesAsync(long debugFileId, string buildId, string debugSha256, string debugFileName, SnapshotReadOptions options, CancellationToken cancellationToken)
    {
        var waiting = await db.BuildIds.AsNoTracking()
            .Where(b => b.BuildId == buildId && !b.IsDebugFile && !b.HasAbi)
            .Join(db.Artifacts.Where(a => a.Status == ArtifactStatus.Ready), b => b.ArtifactId, a => a.Id, (b, a) => new { a.Id, a.Library, a.Sha256 })
            .OrderBy(a => a.Id)
            .Take(MaxPartners)
            .ToListAsync(cancellationToken);
        int paired = 0;
        foreach (var binary in waiting)
        {
            string? json = await db.Snapshots.AsNoTracking().Where(s => s.ArtifactId == binary.Id).Select(s => s.Json).FirstOrDefaultAsync(cancellationToken);
            if (json is null)
            {
                continue;
            }

            var snapshot = SnapshotJson.Deserialize(json);
            if (Attach(snapshot, debugSha256, debugFileName, options) is not { } attached || !PairingKeys.HasSurface(attached))
            {
                continue;
            }

            string rewritten = await Task.Run(() => SnapshotJson.Serialize(attached), cancellationToken);
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.Snapshots.Where(s => s.ArtifactId == binary.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Json, rewritten), cancellationToken);
                await db.BuildIds.Where(b => b.ArtifactId == binary.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.HasAbi, true).SetProperty(b => b.DebugFileId, debugFileId), cancellationToken);

                // Diffs stored from names alone would stay names alone: the pair is compared again, with types.
                await db.Diffs.Where(d => d.BaseId == binary.Id || d.HeadId == binary.Id).ExecuteDeleteAsync(cancellationToken);

                // So is its contract lint: the rules that read types now have them (linted again on first request).
                await db.LintReports.Where(r => r.ArtifactId == binary.Id).ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
            surfaces.Forget(binary.Id);
            lints.Forget(binary.Sha256);
            await pages.ChangedAsync(binary.Id, binary.Library);
            indexer.Enqueue(binary.Library);
            LogPaired(binary.Id, debugFileId, buildId);
            paired++;
        }

        if (paired > 0)
        {
            await pages.ChangedAsync(debugFileId);
        }

        return paired;
    }

    /// <summary>
    /// After a binary without a surface is stored: a debug file of its build id that became ready
    /// while the binary was being parsed (each job looked for the other before either was stored)
    /// is paired now. Each side looks again after its own store, so one of them sees the other.
    /// </summary>
    public async Task<int> PairLateAsync(string buildId, SnapshotReadOptions options, CancellationToken cancellationToken)
    {
        var debug = await DebugFileOfAsync(buildId, cancellationToken);
        return debug is null ? 0 : await PairWaitingBinariesAsync(debug.Id, buildId, debug.Sha256, debug.FileName, options, cancellationToken);
    }

    /// <summary>The first ready debug file of a build id (its id, blob and name), or null.</summary>
    private Task<DebugFileRef?> DebugFileOfAsync(string buildId, CancellationToken cancellationToken)
        => db.BuildIds.AsNoTracking()
            .Where(b => b.BuildId == buildId && b.IsDebugFile)
            .Join(db.Artifacts.Where(a => a.Status == ArtifactStatus.Ready), b => b.ArtifactId, a => a.Id, (b, a) => a)
            .OrderBy(a => a.Id)
            .Select(a => new DebugFileRef(a.Id, a.Sha256, a.FileName))
            .FirstOrDefaultAsync(cancellationToken);

    private sealed record DebugFileRef(long Id, string Sha256, string FileName);

    /// <summary>A binary took its surface from this debug file at ingest: the debug file's page, which said "waiting", goes.</summary>
    public Task AttachedAsync(long debugFileId) => pages.ChangedAsync(debugFileId);

    /// <summary>The snapshot with the surface of a stored debug file; null when the file is gone.</summary>
    private Snapshot? Attach(Snapshot binary, string debugSha256, string debugFileName, SnapshotReadOptions options)
    {
        string path = store.PathOf(debugSha256);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var input = BinaryInput.OpenFile(path);
            return AbiSurfaceReader.Attach(binary, input.Memory, debugFileName, default, options with { DebugInfo = DebugInfoOptions.EmbeddedOnly });
        }
        catch (Exception ex) when (ex is BinaryFormatException or IOException)
        {
            // Deleted between the check and the open, or cut short on disk: no surface from it.
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Artifact {ArtifactId}: ABI surface read from debug file {DebugFileId} (build id {BuildId})")]
    private partial void LogPaired(long artifactId, long debugFileId, string buildId);
}
