using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Lint;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries.Lint;

/// <summary>
/// Artifacts' lint reports: from memory (<see cref="LintCache"/>), else from <c>lint_reports</c>,
/// else linted from the stored file and then stored. The parse worker stores each report right
/// after the artifact is parsed (<see cref="StoreAsync"/>), so pages seldom lint at all.
/// </summary>
internal sealed partial class ContractQueries(PortalDbContext db, LintCache cache, ILogger<ContractQueries> logger) : IContractQueries
{
    public async Task<ArtifactContract?> GetContractAsync(long artifactId, CancellationToken cancellationToken)
    {
        var artifact = await db.Artifacts.AsNoTracking()
            .Where(a => a.Id == artifactId)
            .Select(a => new { a.Sha256, a.FileName, a.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (artifact is null)
        {
            return null;
        }

        if (artifact.Status != ArtifactStatus.Ready)
        {
            string why = artifact.Status == ArtifactStatus.Failed ? "The file could not be parsed, so it cannot be linted." : "The file is not parsed yet.";
            return new ArtifactContract(artifactId, artifact.Status, null, why);
        }

        var report = cache.Get(artifact.Sha256) ?? await StoredAsync(artifactId, artifact.Sha256, cancellationToken) ?? await LintAsync(artifactId, artifact.Sha256, artifact.FileName, null, cancellationToken);
        return new ArtifactContract(artifactId, artifact.Status, report, null);
    }

    /// <summary>
    /// Lints the artifact and stores the report. Pairing a debug file rewrites the snapshot (and
    /// drops the stored report) while a lint may be running: a report whose snapshot was rewritten
    /// meanwhile is neither kept nor stored, and the lint runs again on the new snapshot.
    /// <paramref name="parsed"/> is the snapshot the parse worker just stored, used instead of
    /// reading it back while pairing has not changed it.
    /// </summary>
    private async Task<LintReport> LintAsync(long artifactId, string sha256, string fileName, Snapshot? parsed, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            bool? before = await HasSurfaceAsync(artifactId, cancellationToken);
            var current = parsed is not null && (before is null || before == PairingKeys.HasSurface(parsed)) ? parsed : null;
            var report = await cache.GetOrLintAsync(sha256, fileName, ct => current is not null ? Task.FromResult<Snapshot?>(current) : SnapshotAsync(artifactId, ct), cancellationToken);
            if (await HasSurfaceAsync(artifactId, cancellationToken) == before)
            {
                await SaveAsync(artifactId, report, cancellationToken);
                return report;
            }

            cache.Forget(sha256);
            if (attempt == 2)
            {
                return report;
            }
        }
    }

    /// <summary>Whether the stored snapshot has an ABI surface, as <c>build_ids</c> says (null without a build id); pairing flips it.</summary>
    private Task<bool?> HasSurfaceAsync(long artifactId, CancellationToken cancellationToken)
        => db.BuildIds.AsNoTracking().Where(b => b.ArtifactId == artifactId).Select(b => (bool?)b.HasAbi).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Lints a just-parsed artifact from the snapshot the worker holds and stores the report,
    /// unless one of this engine is stored. A failure is logged and leaves the report to be
    /// computed on first request.
    /// </summary>
    public async Task StoreAsync(long artifactId, Snapshot parsed, CancellationToken cancellationToken)
    {
        try
        {
            var artifact = await db.Artifacts.AsNoTracking().Where(a => a.Id == artifactId && a.Status == ArtifactStatus.Ready).Select(a => new { a.Sha256, a.FileName }).FirstOrDefaultAsync(cancellationToken);
            if (artifact is not null && cache.Get(artifact.Sha256) is null
                && !await db.LintReports.AsNoTracking().AnyAsync(r => r.ArtifactId == artifactId && r.Engine == LintReports.Engine, cancellationToken))
            {
                await LintAsync(artifactId, artifact.Sha256, artifact.FileName, parsed, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The lint's own timeout, a file gone meanwhile, a linter bug: the artifact is parsed all the same.
            LogNotLinted(ex, artifactId);
        }
    }

    public async Task<IReadOnlyList<LintFinding>?> GetNewFindingsAsync(long baseId, long headId, CancellationToken cancellationToken)
    {
        try
        {
            var before = await GetContractAsync(baseId, cancellationToken);
            var after = await GetContractAsync(headId, cancellationToken);
            return before?.Report is { } b && after?.Report is { } a ? LintDelta.Introduced(b, a) : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A lint that ran past the job timeout: the diff goes on without the contract section.
            return null;
        }
    }

    /// <summary>The stored report of this engine, remembered in the cache; null when there is none or it does not read.</summary>
    private async Task<LintReport?> StoredAsync(long artifactId, string sha256, CancellationToken cancellationToken)
    {
        string? json = await db.LintReports.AsNoTracking()
            .Where(r => r.ArtifactId == artifactId && r.Engine == LintReports.Engine)
            .Select(r => r.Json)
            .FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        try
        {
            var report = LintJson.Deserialize(json);
            cache.Set(sha256, report);
            return report;
        }
        catch (System.Text.Json.JsonException ex)
        {
            LogUnreadable(ex, artifactId);
            return null;
        }
    }

    /// <summary>Stores a report (replacing another engine's); a concurrent writer or a deleted artifact wins.</summary>
    private async Task SaveAsync(long artifactId, LintReport report, CancellationToken cancellationToken)
    {
        try
        {
            await db.LintReports.Where(r => r.ArtifactId == artifactId).ExecuteDeleteAsync(cancellationToken);
            db.LintReports.Add(new LintReportEntity { ArtifactId = artifactId, Engine = LintReports.Engine, Json = LintJson.Serialize(report) });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            LogNotStored(ex, artifactId);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Artifact {ArtifactId}: not linted after parsing; its report is computed on first request")]
    private partial void LogNotLinted(Exception exception, long artifactId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Artifact {ArtifactId}: stored lint report does not read; linting again")]
    private partial void LogUnreadable(Exception exception, long artifactId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Artifact {ArtifactId}: lint report not stored (stored by another request, or the artifact is gone)")]
    private partial void LogNotStored(Exception exception, long artifactId);

    /// <summary>The stored snapshot (libLLVM's is 20 MB of JSON: read off the request's thread); null when there is none.</summary>
    private async Task<Snapshot?> SnapshotAsync(long artifactId, CancellationToken cancellationToken)
    {
        string? json = await db.Snapshots.AsNoTracking().Where(s => s.ArtifactId == artifactId).Select(s => s.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : await Task.Run(() => SnapshotJson.Deserialize(json), cancellationToken);
    }
}
