using System.Linq.Expressions;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Caching;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Entities;
using AbiPortal.Server.Diffs;
using AbiPortal.Server.Queries;
using AbiPortal.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Retention;

/// <summary>
/// The one way artifacts are deleted (<c>DELETE /api/artifacts/{id}</c> and the PR-build sweep):
/// the artifact row, and with it every snapshot row (the foreign keys cascade), then the stored
/// file once no artifact has those bytes any more, then the in-memory caches of those ids. Stored
/// diffs of either side go with the rows; the libraries' page diffs are brought up to date after.
/// </summary>
/// <remarks>
/// Safe when several deleters (other requests, the sweeps of other server processes on the same
/// PostgreSQL) go for the same rows: each deletes by id only where the row still exists and still
/// qualifies, so the loser deletes nothing and fails nothing; a file already gone is fine. An
/// artifact a worker is <c>parsing</c> is never deleted, and that condition sits in the DELETE
/// itself, so a claim that lands between the look-up and the delete still wins.
/// </remarks>
internal sealed partial class ArtifactDeleter(PortalDbContext db, ArtifactStore store, ExportPageCache exportPages, DiffIndexer indexer, PageCacheEvictions pages, ILogger<ArtifactDeleter> logger)
{
    /// <summary>Deletes one artifact, unless it is being parsed.</summary>
    public async Task<ArtifactDeletion> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var found = await db.Artifacts.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Id, a.Sha256, a.Status }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return ArtifactDeletion.NotFound;
        }

        if (found.Status == ArtifactStatus.Parsing)
        {
            return ArtifactDeletion.Parsing;
        }

        if (await DeleteAsync([(found.Id, found.Sha256)], a => true, cancellationToken) == 1)
        {
            return ArtifactDeletion.Deleted;
        }

        // Lost a race since the look-up: another deleter took it, or a worker claimed it.
        return await db.Artifacts.AnyAsync(a => a.Id == id, cancellationToken) ? ArtifactDeletion.Parsing : ArtifactDeletion.NotFound;
    }

    /// <summary>
    /// Deletes up to <paramref name="batchSize"/> PR builds uploaded before <paramref name="cutoff"/>
    /// (oldest first) in one statement, so one transaction. Returns how many it looked at and how
    /// many it deleted; fewer looked at than the batch size means there are no more.
    /// </summary>
    public async Task<(int Candidates, int Deleted)> DeleteExpiredPrBuildsAsync(DateTime cutoff, int batchSize, CancellationToken cancellationToken)
    {
        Expression<Func<ArtifactEntity, bool>> expired = a => a.Channel == ArtifactLabels.PullRequestChannel && a.UploadedAt < cutoff;
        var candidates = await db.Artifacts.AsNoTracking()
            .Where(expired)
            .Where(a => a.Status != ArtifactStatus.Parsing)
            .OrderBy(a => a.Id)
            .Take(batchSize)
            .Select(a => new { a.Id, a.Sha256 })
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return (0, 0);
        }

        // The DELETE repeats the conditions: a build promoted to a release (same bytes uploaded as
        // a release) since the look-up is no longer expired and must stay.
        int deleted = await DeleteAsync(candidates.Select(c => (c.Id, c.Sha256)).ToList(), expired, cancellationToken);
        return (candidates.Count, deleted);
    }

    private async Task<int> DeleteAsync(IReadOnlyList<(long Id, string Sha256)> victims, Expression<Func<ArtifactEntity, bool>> stillEligible, CancellationToken cancellationToken)
    {
        long[] ids = victims.Select(v => v.Id).ToArray();

        // Their libraries' pairs move (a release's successor gets a new predecessor); their own
        // stored diffs go with them (the foreign keys cascade).
        var libraries = await db.Artifacts.AsNoTracking().Where(a => ids.Contains(a.Id) && a.Library != null).Select(a => a.Library!).Distinct().ToListAsync(cancellationToken);
        int deleted = await db.Artifacts
            .Where(a => ids.Contains(a.Id) && a.Status != ArtifactStatus.Parsing)
            .Where(stillEligible)
            .ExecuteDeleteAsync(cancellationToken);

        // Ids are never reused (SQLite AUTOINCREMENT, PostgreSQL identity), but the caches answer
        // without asking the database, so a deleted id would go on being served from them.
        // Evicting an id that survived (a race lost above) only costs a re-read.
        exportPages.Evict(ids);
        await pages.DeletedAsync(ids, libraries);
        foreach (string library in libraries)
        {
            indexer.Enqueue(library);
        }

        foreach (string sha in victims.Select(v => v.Sha256).Distinct(StringComparer.Ordinal))
        {
            // Content addressing: the file goes only when no artifact row has these bytes (the one
            // just deleted may have survived a lost race). Snapshot-only artifacts have no file.
            if (!await db.Artifacts.AnyAsync(a => a.Sha256 == sha, cancellationToken))
            {
                DeleteFile(sha);
            }
        }

        return deleted;
    }

    private void DeleteFile(string sha)
    {
        try
        {
            store.Delete(sha);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The rows are gone, which is what readers see; a stray file only costs disk space.
            LogFileNotDeleted(sha, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the stored file of {Sha256}")]
    private partial void LogFileNotDeleted(string sha256, Exception exception);
}
