using System.Security.Cryptography;
using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Detection;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Caching;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Entities;
using AbiPortal.Server.Diffs;
using AbiPortal.Server.Hosting;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Queries;
using AbiPortal.Server.Security;
using AbiPortal.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Uploads;

/// <summary>Stores uploads and queues them: the one path for the JSON API and the UI's form.</summary>
internal sealed class ArtifactUploadService(
    PortalDbContext db, ArtifactStore store, ParseSignal signal, SnapshotIngestor ingestor, IOptions<PortalOptions> options, TimeProvider time, UploadTokens tokens, BrowserUploadToken browserToken, ServerInstance instance, DiffIndexer indexer, PageCacheEvictions pages) : IArtifactUploads
{
    /// <inheritdoc />
    public bool RequiresToken => tokens.Required;

    /// <inheritdoc />
    public bool AcceptsUploadsFrom(HttpContext context)
        => tokens.Check(UploadTokenFilter.BearerToken(context.Request.Headers.Authorization) ?? browserToken.Read(context)) == UploadTokenVerdict.Accepted;

    /// <inheritdoc />
    public async Task<UploadResult> UploadAsync(Stream content, string fileName, ArtifactLabels labels, CancellationToken cancellationToken)
    {
        if ((LabelRules.Validate(labels) ?? LabelRules.ValidateFileName(fileName)) is { } problem)
        {
            return new UploadResult(UploadOutcome.Rejected, null, problem);
        }

        PendingBlob received;
        try
        {
            received = await store.ReceiveAsync(content, cancellationToken);
        }
        catch (UploadRejectedException ex)
        {
            return new UploadResult(UploadOutcome.Rejected, null, ex.Message);
        }

        await using (received)
        {
            return await RegisterAsync(received.Commit(), fileName, labels, cancellationToken);
        }
    }

    /// <summary>
    /// Records bytes now in the store (labels already validated): the existing artifact for known
    /// content (promoted when a release meets a PR build, see <see cref="PromoteAsync"/>), else a
    /// new queued one. Two uploads of the same new bytes race on the unique hash index; the loser
    /// returns the winner's row. A snapshot-only artifact is never the known content of a binary,
    /// whatever hash it carries (see <see cref="RegisterSnapshotAsync"/>).
    /// </summary>
    public async Task<UploadResult> RegisterAsync(StoredBlob blob, string fileName, ArtifactLabels labels, CancellationToken cancellationToken)
    {
        labels = LabelRules.Normalize(labels);
        if (await FindAsync(blob.Sha256, cancellationToken) is { } known)
        {
            if (known.DetectedFormat == SnapshotOnlyFormat)
            {
                // Stored before snapshot-only artifacts were keyed by their own JSON: the hash a
                // client claimed. The real bytes take the hash; the snapshot gets its own key.
                await RekeySnapshotAsync(known, cancellationToken);
            }
            else if (await PromoteAsync(known, labels, cancellationToken) is { } existing)
            {
                return new UploadResult(UploadOutcome.Existing, existing.ToSummary(), null);
            }
        }

        var artifact = NewArtifact(blob.Sha256, fileName, blob.Size, EnumNames.Of(blob.Format.ToBinaryFormat()), labels, ArtifactStatus.Queued, time.GetUtcNow());
        if (await InsertAsync(artifact, cancellationToken) is { } winner)
        {
            return new UploadResult(UploadOutcome.Existing, winner.ToSummary(), null);
        }

        signal.Notify();
        await pages.UploadedAsync(artifact.Library);
        return new UploadResult(UploadOutcome.Created, artifact.ToSummary(), null);
    }

    /// <summary>
    /// Stores a snapshot made elsewhere (the PR bot's privacy mode: the binary never leaves the CI
    /// machine). The server never saw the binary, so the hash inside the snapshot is only the
    /// client's claim and keys nothing: the artifact is keyed by the SHA-256 of the snapshot JSON as
    /// the server writes it (the same build checked twice is still one artifact), and its format
    /// is recorded as <c>snapshot</c>, which binary uploads never dedupe to. No file is kept. The
    /// rows are written at once, through the same ingestion as a worker's, under a claim of its own.
    /// </summary>
    public async Task<UploadResult> RegisterSnapshotAsync(Snapshot snapshot, ArtifactLabels labels, CancellationToken cancellationToken)
    {
        string json = SnapshotJson.Serialize(snapshot);
        string sha = SnapshotKey(json);
        labels = LabelRules.Normalize(labels);
        if (await FindAsync(sha, cancellationToken) is { } known && await PromoteAsync(known, labels, cancellationToken) is { } existing)
        {
            return new UploadResult(UploadOutcome.Existing, existing.ToSummary(), null);
        }

        string claimant = instance.SnapshotClaimant();
        var now = time.GetUtcNow();
        var artifact = NewArtifact(sha, snapshot.File.Name, snapshot.File.Size, SnapshotOnlyFormat, labels, ArtifactStatus.Parsing, now);
        artifact.Attempts = 1;
        artifact.ClaimedBy = claimant;
        artifact.LeaseExpiresAt = (now + options.Value.JobTimeout + options.Value.LeaseGrace).ToUnixTimeMilliseconds();
        if (await InsertAsync(artifact, cancellationToken) is { } winner)
        {
            return new UploadResult(UploadOutcome.Existing, winner.ToSummary(), null);
        }

        try
        {
            await ingestor.StoreAsync(new ParseClaim(artifact.Id, 1, sha, artifact.FileName, claimant), snapshot, json, cancellationToken);
        }
        catch
        {
            // Nothing of the snapshot was written (one transaction): the row must not stay
            // 'parsing' under a claim nobody will finish.
            await db.Artifacts.Where(a => a.Id == artifact.Id && a.ClaimedBy == claimant).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        return new UploadResult(UploadOutcome.Created, (await FindAsync(sha, cancellationToken))!.ToSummary(), null);
    }

    /// <summary>The key of a snapshot-only artifact: the SHA-256 of its snapshot JSON (UTF-8, as the server writes it).</summary>
    internal static string SnapshotKey(string json) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)));

    /// <summary>
    /// Moves an old snapshot-only artifact off a binary's hash onto a key of its own: the hash of
    /// <c>snapshot-artifact/{id}</c>, unique per artifact and, not being JSON, never a snapshot key.
    /// </summary>
    private Task RekeySnapshotAsync(ArtifactEntity snapshotArtifact, CancellationToken cancellationToken)
    {
        string key = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"snapshot-artifact/{snapshotArtifact.Id}")));
        return db.Artifacts
            .Where(a => a.Id == snapshotArtifact.Id && a.DetectedFormat == SnapshotOnlyFormat)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Sha256, key), cancellationToken);
    }

    /// <summary>
    /// Content addressing hands a release upload the artifact of a PR build with the same bytes;
    /// left in the <c>pr</c> channel it would expire and take the release with it. So a non-PR
    /// upload moves such an artifact to its own channel and fills library, version and platform
    /// from its labels where they were given. Null when the artifact was deleted meanwhile (the
    /// sweep got there first): the caller then stores the upload as a new artifact.
    /// </summary>
    private async Task<ArtifactEntity?> PromoteAsync(ArtifactEntity existing, ArtifactLabels labels, CancellationToken cancellationToken)
    {
        if (existing.Channel != ArtifactLabels.PullRequestChannel || labels.Channel == ArtifactLabels.PullRequestChannel)
        {
            return existing;
        }

        string? library = labels.Library, version = labels.Version, platform = labels.Platform;
        await db.Artifacts
            .Where(a => a.Id == existing.Id && a.Channel == ArtifactLabels.PullRequestChannel)
            .ExecuteUpdateAsync(
                s => s.SetProperty(a => a.Channel, labels.Channel)
                    .SetProperty(a => a.Library, a => library ?? a.Library)
                    .SetProperty(a => a.Version, a => version ?? a.Version)
                    .SetProperty(a => a.Platform, a => platform ?? a.Platform),
                cancellationToken);

        // Both libraries' page pairs move: a PR build became a release.
        indexer.Enqueue(existing.Library);
        indexer.Enqueue(library);
        await pages.ChangedAsync(existing.Id, existing.Library, library);

        // Re-read whether or not this UPDATE was the one that did it (a concurrent release upload
        // may have promoted it first).
        return await FindAsync(existing.Sha256, cancellationToken);
    }

    private static ArtifactEntity NewArtifact(string sha256, string fileName, long size, string detectedFormat, ArtifactLabels labels, ArtifactStatus status, DateTimeOffset uploadedAt) => new()
    {
        Sha256 = sha256,
        FileName = SafeFileName(fileName),
        Size = size,
        DetectedFormat = detectedFormat,
        Library = labels.Library,
        Version = labels.Version,
        Platform = labels.Platform,
        Channel = labels.Channel,
        PullRequest = labels.PullRequest,
        Commit = labels.Commit,
        Status = status,
        UploadedAt = uploadedAt.UtcDateTime,
    };

    /// <summary>
    /// Inserts a new artifact (detached afterwards, its id filled in). Null on success; when another
    /// upload of the same bytes won the unique hash index meanwhile, that winner's row.
    /// </summary>
    private async Task<ArtifactEntity?> InsertAsync(ArtifactEntity artifact, CancellationToken cancellationToken)
    {
        db.Artifacts.Add(artifact);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(artifact).State = EntityState.Detached;
            var winner = await FindAsync(artifact.Sha256, cancellationToken);
            if (winner is null)
            {
                // Not the unique-hash race: a real database problem.
                throw;
            }

            return winner;
        }

        db.Entry(artifact).State = EntityState.Detached;
        return null;
    }

    /// <summary>The detected-format value of artifacts that arrived as snapshot JSON, with no binary.</summary>
    public const string SnapshotOnlyFormat = "snapshot";

    private Task<ArtifactEntity?> FindAsync(string sha256, CancellationToken cancellationToken)
        => db.Artifacts.AsNoTracking().FirstOrDefaultAsync(a => a.Sha256 == sha256, cancellationToken);

    /// <summary>Display name only: no directories, bounded length.</summary>
    private static string SafeFileName(string fileName)
    {
        string name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            name = "upload";
        }

        // Cut between whole characters: half a surrogate pair is text PostgreSQL refuses.
        int keep = name.Length <= 255 ? name.Length : char.IsHighSurrogate(name[254]) ? 254 : 255;
        return name[..keep];
    }
}
