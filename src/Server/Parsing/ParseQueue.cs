using System.Data.Common;
using AbiPortal.Client.Contracts;
using AbiPortal.Server.Caching;
using AbiPortal.Server.Data;
using AbiPortal.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// The durable job queue on the <c>artifacts</c> table: queued → parsing → ready | failed. A claim
/// is one atomic UPDATE ... RETURNING that moves the oldest queued row (or a <c>parsing</c> row whose
/// lease ran out because its worker died) to <c>parsing</c> under this worker's name.
/// </summary>
public sealed class ParseQueue(PortalDbContext db, IOptions<PortalOptions> options, TimeProvider time, PageCacheEvictions pages)
{
    // PostgreSQL: FOR UPDATE SKIP LOCKED lets concurrent claimers (other workers, other server
    // processes) pass over a row someone else is claiming instead of queueing behind its lock.
    private const string PostgresClaim = """
        UPDATE artifacts SET "Status" = 1, "Attempts" = "Attempts" + 1, "ClaimedBy" = @worker, "LeaseExpiresAt" = @lease
        WHERE "Id" = (
            SELECT "Id" FROM artifacts
            WHERE ("Status" = 0 OR ("Status" = 1 AND "LeaseExpiresAt" < @now)) AND "DetectedFormat" <> 'snapshot'
            ORDER BY "Id" LIMIT 1
            FOR UPDATE SKIP LOCKED)
        RETURNING "Id", "Attempts", "Sha256", "FileName"
        """;

    // SQLite: one writer at a time, so a single UPDATE ... RETURNING (SQLite 3.35+) is already an
    // atomic claim; the outer condition repeats the inner one for clarity and safety.
    private const string SqliteClaim = """
        UPDATE artifacts SET "Status" = 1, "Attempts" = "Attempts" + 1, "ClaimedBy" = @worker, "LeaseExpiresAt" = @lease
        WHERE "Id" = (
            SELECT "Id" FROM artifacts
            WHERE ("Status" = 0 OR ("Status" = 1 AND "LeaseExpiresAt" < @now)) AND "DetectedFormat" <> 'snapshot'
            ORDER BY "Id" LIMIT 1)
          AND ("Status" = 0 OR ("Status" = 1 AND "LeaseExpiresAt" < @now))
        RETURNING "Id", "Attempts", "Sha256", "FileName"
        """;

    /// <summary>Claims the next job for <paramref name="workerId"/>, or returns null when there is none.</summary>
    public async Task<ParseClaim?> ClaimAsync(string workerId, CancellationToken cancellationToken)
    {
        long now = time.GetUtcNow().ToUnixTimeMilliseconds();
        long lease = now + (long)(options.Value.JobTimeout + options.Value.LeaseGrace).TotalMilliseconds;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = db.Provider == DatabaseProvider.PostgreSql ? PostgresClaim : SqliteClaim;
            AddParameter(command, "@worker", workerId);
            AddParameter(command, "@lease", lease);
            AddParameter(command, "@now", now);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            return new ParseClaim(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), workerId);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Puts a job this worker holds back in the queue (shutdown in the middle of a parse).</summary>
    public Task<int> ReleaseAsync(ParseClaim claim, CancellationToken cancellationToken)
        => db.Artifacts
            .Where(a => a.Id == claim.ArtifactId && a.Status == ArtifactStatus.Parsing && a.ClaimedBy == claim.WorkerId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArtifactStatus.Queued).SetProperty(a => a.ClaimedBy, (string?)null).SetProperty(a => a.LeaseExpiresAt, (long?)null), cancellationToken);

    /// <summary>Marks a held job failed with no snapshot (crash, timeout, too many attempts).</summary>
    public async Task<int> FailAsync(ParseClaim claim, string error, CancellationToken cancellationToken)
    {
        int failed = await db.Artifacts
            .Where(a => a.Id == claim.ArtifactId && a.Status == ArtifactStatus.Parsing && a.ClaimedBy == claim.WorkerId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(a => a.Status, ArtifactStatus.Failed)
                    .SetProperty(a => a.Error, error)
                    .SetProperty(a => a.ParsedAt, time.GetUtcNow().UtcDateTime)
                    .SetProperty(a => a.ClaimedBy, (string?)null)
                    .SetProperty(a => a.LeaseExpiresAt, (long?)null),
                cancellationToken);
        await pages.ChangedAsync(claim.ArtifactId, await db.Artifacts.AsNoTracking().Where(a => a.Id == claim.ArtifactId).Select(a => a.Library).FirstOrDefaultAsync(cancellationToken));
        return failed;
    }

    /// <summary>
    /// Takes back what crashed servers left in <c>parsing</c>: such a job goes back to
    /// <c>queued</c>; a snapshot-only artifact (stored by a request, which wrote nothing before it
    /// died) is deleted, so the next check of that snapshot stores it afresh. A SQLite file belongs
    /// to one server process, so at its start-up every such row is orphaned. On PostgreSQL other
    /// servers may hold live claims: a row is taken back when its lease has run out, or at once
    /// when the instance named in its claim no longer holds its liveness lock
    /// (<see cref="ServerInstance"/>): a server restarted after kill -9 recovers its own jobs
    /// when it starts, not 5.5 minutes later. Returns how many rows it took back.
    /// </summary>
    public async Task<int> RequeueAbandonedAsync(CancellationToken cancellationToken)
    {
        long now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var parsing = await db.Artifacts.AsNoTracking()
            .Where(a => a.Status == ArtifactStatus.Parsing)
            .Select(a => new { a.Id, a.ClaimedBy, a.LeaseExpiresAt, a.DetectedFormat })
            .ToListAsync(cancellationToken);
        if (parsing.Count == 0)
        {
            return 0;
        }

        HashSet<int>? alive = null;
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                alive = await ServerLiveness.AliveAsync((Npgsql.NpgsqlConnection)db.Database.GetDbConnection(), cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        int taken = 0;
        foreach (var job in parsing)
        {
            bool abandoned = alive is null
                || job.LeaseExpiresAt < now
                || (ServerInstance.InstanceOf(job.ClaimedBy) is { } instance && !alive.Contains(instance));
            if (!abandoned)
            {
                continue;
            }

            // The claim is part of each statement: a job claimed again meanwhile is left alone.
            var stale = db.Artifacts.Where(a => a.Id == job.Id && a.Status == ArtifactStatus.Parsing && a.ClaimedBy == job.ClaimedBy);
            taken += job.DetectedFormat == Uploads.ArtifactUploadService.SnapshotOnlyFormat
                ? await stale.ExecuteDeleteAsync(cancellationToken)
                : await stale.ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ArtifactStatus.Queued).SetProperty(a => a.ClaimedBy, (string?)null).SetProperty(a => a.LeaseExpiresAt, (long?)null), cancellationToken);
        }

        return taken;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
