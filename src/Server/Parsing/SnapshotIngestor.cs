using System.Text.Json;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diagnostics;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Caching;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Entities;
using AbiPortal.Server.Diffs;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// Stores a finished parse in one transaction: the artifact row first (guarded by the claim, so a
/// worker whose lease was taken over stores nothing), then every snapshot row in bulk, then the
/// snapshot JSON.
/// </summary>
internal sealed class SnapshotIngestor(PortalDbContext db, BulkRowWriter writer, DiffIndexer indexer, PageCacheEvictions pages, TimeProvider time)
{
    private static readonly JsonSerializerOptions IdentityJsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// A snapshot with nothing usable: the reader did not recognise the bytes, or it stopped at a
    /// fatal error before finding a single export, import or member.
    /// </summary>
    public static bool IsFailure(Snapshot snapshot)
        => snapshot.Format == BinaryFormat.Unknown
           || (snapshot.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
               && snapshot.Exports.Count == 0 && snapshot.Imports.Count == 0 && snapshot.Members.Count == 0);

    /// <summary>Stores the outcome; false when this worker no longer holds the job.</summary>
    public Task<bool> StoreAsync(ParseClaim claim, Snapshot snapshot, CancellationToken cancellationToken)
        => StoreAsync(claim, snapshot, null, cancellationToken);

    /// <summary>Stores the outcome with its JSON when the caller already wrote it; false when the claim is gone.</summary>
    public Task<bool> StoreAsync(ParseClaim claim, Snapshot snapshot, string? json, CancellationToken cancellationToken)
        => StoreAsync(claim, snapshot, json, new IngestFacts(PairingKeys.Of(snapshot), false, null), cancellationToken);

    /// <summary>Stores the outcome with what the worker learned about its debug info; false when the claim is gone.</summary>
    public async Task<bool> StoreAsync(ParseClaim claim, Snapshot snapshot, string? json, IngestFacts facts, CancellationToken cancellationToken)
    {
        // The snapshot JSON (20 MB for libLLVM) is written on another core while the rows are
        // flattened here, and is finished before the write transaction begins. Inside it, an await
        // that really waits would hold SQLite's single write lock until the thread pool runs the
        // continuation; with a burst of uploads blocking pool threads in SQLite's busy-retry
        // sleeps, that took over 30 s once and the uploads failed with 'database is locked'.
        var serializing = json is not null ? Task.FromResult(json) : Task.Run(() => SnapshotJson.Serialize(snapshot), cancellationToken);
        var rows = SnapshotFlattener.Flatten(claim.ArtifactId, snapshot);
        var status = IsFailure(snapshot) ? ArtifactStatus.Failed : ArtifactStatus.Ready;
        string identityJson = JsonSerializer.Serialize(snapshot.Identity, IdentityJsonOptions);
        var now = time.GetUtcNow().UtcDateTime;
        string snapshotJson = await serializing;

        // Read before the store: a debug file's library label is dropped there, and the page that listed it queued must go.
        string? library = await db.Artifacts.AsNoTracking().Where(a => a.Id == claim.ArtifactId).Select(a => a.Library).FirstOrDefaultAsync(cancellationToken);
        bool sqlite = db.Provider == DatabaseProvider.Sqlite;
        if (sqlite)
        {
            // Set on this connection before the transaction begins. In WAL mode
            // synchronous=NORMAL skips the fsync at commit but keeps the database consistent; a
            // power cut can only lose the last commit, which leaves the job in 'parsing' to be
            // re-queued at start-up. The bigger page cache (per connection, in KiB when negative)
            // keeps the two name-key indexes in memory while 44k random keys go in, instead of
            // spilling and re-reading pages through SQLite's default 2 MB cache.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;", cancellationToken);
        }

        bool stored;
        try
        {
            stored = await StoreRowsAsync(claim, snapshot, snapshotJson, rows, status, identityJson, now, facts, cancellationToken);
        }
        finally
        {
            if (sqlite)
            {
                // The pooled connection goes back with SQLite's default cache size, not 64 MB.
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-2000;", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }

        if (stored)
        {
            await pages.ChangedAsync(claim.ArtifactId, library);

            // Its library's page diffs (against its predecessor, its successor against it) are
            // computed now, in the background, so no page has to.
            if (status == ArtifactStatus.Ready && !facts.IsDebugFile)
            {
                indexer.Enqueue(library);
            }
        }

        return stored;
    }

    private async Task<bool> StoreRowsAsync(
        ParseClaim claim, Snapshot snapshot, string snapshotJson, SnapshotRows rows, ArtifactStatus status, string identityJson, DateTime now, IngestFacts facts, CancellationToken cancellationToken)
    {
        string kind = facts.IsDebugFile ? IngestFacts.DebugFileKind : EnumNames.Of(snapshot.Kind);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            int updated = await db.Artifacts
                .Where(a => a.Id == claim.ArtifactId && a.Status == ArtifactStatus.Parsing && a.ClaimedBy == claim.WorkerId)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(a => a.Status, status)
                        .SetProperty(a => a.ParsedAt, now)
                        .SetProperty(a => a.ClaimedBy, (string?)null)
                        .SetProperty(a => a.LeaseExpiresAt, (long?)null)
                        .SetProperty(a => a.Error, (string?)null)
                        .SetProperty(a => a.Format, EnumNames.Of(snapshot.Format))
                        .SetProperty(a => a.Arch, snapshot.Arch)
                        .SetProperty(a => a.Bits, snapshot.Bits)
                        .SetProperty(a => a.Endian, snapshot.Endian is { } e ? EnumNames.Of(e) : null)
                        .SetProperty(a => a.Kind, kind)

                        // A debug file belongs to its binary, not to a library: it never shows as one of its versions.
                        .SetProperty(a => a.Library, a => facts.IsDebugFile ? null : a.Library)
                        .SetProperty(a => a.IdentityName, snapshot.Identity.Name)
                        .SetProperty(a => a.IdentityJson, identityJson)
                        .SetProperty(a => a.HasSymbolTable, snapshot.Identity.HasSymbolTable)
                        .SetProperty(a => a.ExportCount, rows.Exports.Count)
                        .SetProperty(a => a.ImportCount, rows.Imports.Count)
                        .SetProperty(a => a.DiagnosticCount, rows.Diagnostics.Count)
                        .SetProperty(a => a.ErrorCount, rows.ErrorCount)
                        .SetProperty(a => a.MemberCount, rows.Members.Count),
                    cancellationToken);
            if (updated != 1)
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            await writer.InsertAsync(rows.Exports, cancellationToken);
            await writer.InsertAsync(rows.Imports, cancellationToken);
            await writer.InsertAsync(rows.Dependencies, cancellationToken);
            await writer.InsertAsync(rows.VersionNodes, cancellationToken);
            await writer.InsertAsync(rows.Diagnostics, cancellationToken);
            await writer.InsertAsync(rows.Members, cancellationToken);
            await writer.InsertAsync(new[] { new SnapshotEntity { ArtifactId = claim.ArtifactId, Json = snapshotJson } }, cancellationToken);
            if (facts.BuildId is { Length: > 0 and <= PairingKeys.MaxLength } buildId && status == ArtifactStatus.Ready)
            {
                db.BuildIds.Add(new BuildIdEntity { ArtifactId = claim.ArtifactId, BuildId = buildId, IsDebugFile = facts.IsDebugFile, HasAbi = PairingKeys.HasSurface(snapshot), DebugFileId = facts.DebugFileId });
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }
}
