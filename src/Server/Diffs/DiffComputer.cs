using System.Collections.Concurrent;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Entities;
using AbiPortal.Server.Parsing;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Diffs;

/// <summary>
/// Computes the diff of two stored snapshots and stores it, once per pair however many requests
/// ask at the same moment: a cold libLLVM pair takes a second or two, and 48 readers opening the
/// same new diff page must not run it 48 times. Each computation runs in a DI scope of its own and
/// is not cancelled by any one caller going away (the others still wait for it).
/// </summary>
internal sealed partial class DiffComputer(IServiceScopeFactory scopes, TimeProvider time, ILogger<DiffComputer> logger)
{
    private readonly ConcurrentDictionary<(long Base, long Head), Lazy<Task<ComputedDiff?>>> running = new();

    /// <summary>
    /// Computes and stores the pair (replacing a diff of another engine), or joins the computation
    /// already running. Null when either artifact has no snapshot or is gone.
    /// </summary>
    public Task<ComputedDiff?> ComputeAsync(long baseId, long headId, bool pin, CancellationToken cancellationToken)
    {
        var key = (baseId, headId);
        var run = running.GetOrAdd(key, k => new Lazy<Task<ComputedDiff?>>(() => RunAsync(k, pin)));
        return run.Value.WaitAsync(cancellationToken);
    }

    private async Task<ComputedDiff?> RunAsync((long Base, long Head) pair, bool pin)
    {
        try
        {
            // Off the caller's thread at once: reading and diffing two snapshots is CPU work.
            await Task.Yield();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var jsons = await db.Snapshots.AsNoTracking()
                .Where(s => s.ArtifactId == pair.Base || s.ArtifactId == pair.Head)
                .Select(s => new { s.ArtifactId, s.Json })
                .ToListAsync();
            string? baseJson = jsons.FirstOrDefault(j => j.ArtifactId == pair.Base)?.Json;
            string? headJson = jsons.FirstOrDefault(j => j.ArtifactId == pair.Head)?.Json;
            if (baseJson is null || headJson is null)
            {
                return null;
            }

            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            var diff = SnapshotDiffer.Compare(SnapshotJson.Deserialize(baseJson), SnapshotJson.Deserialize(headJson));
            jsons.Clear();
            var computed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            long? id = await StoreAsync(db, scope.ServiceProvider.GetRequiredService<BulkRowWriter>(), pair, diff, pin);
            LogComputed(pair.Base, pair.Head, diff.Changes.Count, computed.TotalMilliseconds, (System.Diagnostics.Stopwatch.GetElapsedTime(started) - computed).TotalMilliseconds);
            return id is null ? null : new ComputedDiff(id.Value, diff);
        }
        finally
        {
            running.TryRemove(pair, out _);
        }
    }

    /// <summary>Writes the diff in one transaction; the stored id, or null when an artifact went meanwhile.</summary>
    private async Task<long?> StoreAsync(PortalDbContext db, BulkRowWriter writer, (long Base, long Head) pair, AbiDiff diff, bool pin)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();

                // A diff of another engine, or one a concurrent writer just stored: this one replaces it.
                await db.Diffs.Where(d => d.BaseId == pair.Base && d.HeadId == pair.Head).ExecuteDeleteAsync();
                var row = new DiffEntity
                {
                    BaseId = pair.Base,
                    HeadId = pair.Head,
                    Engine = StoredDiffs.Engine,
                    Verdict = EnumNames.Of(diff.Verdict),
                    ChangeCount = diff.Changes.Count,
                    OldEvidence = diff.Old.Evidence,
                    NewEvidence = diff.New.Evidence,
                    Notes = diff.Notes.Count == 0 ? null : string.Join('\n', diff.Notes),
                    Pinned = pin,
                    ComputedAt = time.GetUtcNow().UtcDateTime,
                };
                db.Diffs.Add(row);
                await db.SaveChangesAsync();
                db.Entry(row).State = EntityState.Detached;
                var (counts, changes, symbols) = DiffRows.Of(row.Id, diff);
                await writer.InsertAsync(counts, CancellationToken.None);
                await writer.InsertAsync(changes, CancellationToken.None);
                await writer.InsertAsync(symbols, CancellationToken.None);
                await transaction.CommitAsync();
                return (long?)row.Id;
            });
        }
        catch (DbUpdateException ex)
        {
            // Another server stored the pair first (the unique index), or an artifact was deleted
            // (the foreign key): either way the stored state is someone else's to read.
            db.ChangeTracker.Clear();
            LogNotStored(ex, pair.Base, pair.Head);
            return await db.Diffs.AsNoTracking().Where(d => d.BaseId == pair.Base && d.HeadId == pair.Head && d.Engine == StoredDiffs.Engine).Select(d => (long?)d.Id).FirstOrDefaultAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Diff {BaseId} -> {HeadId}: {Changes} changes, computed in {ComputeMs:F0} ms, stored in {StoreMs:F0} ms")]
    private partial void LogComputed(long baseId, long headId, int changes, double computeMs, double storeMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Diff {BaseId} -> {HeadId} was not stored by this server")]
    private partial void LogNotStored(Exception exception, long baseId, long headId);
}
