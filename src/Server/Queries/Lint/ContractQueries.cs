using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Lint;
using AbiPortal.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries.Lint;

/// <summary>Reads artifacts' lint reports through <see cref="LintCache"/>.</summary>
internal sealed class ContractQueries(PortalDbContext db, LintCache cache) : IContractQueries
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

        var report = await cache.GetOrLintAsync(artifact.Sha256, artifact.FileName, ct => SnapshotJsonAsync(artifactId, ct), cancellationToken);
        return new ArtifactContract(artifactId, artifact.Status, report, null);
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

    private Task<string?> SnapshotJsonAsync(long artifactId, CancellationToken cancellationToken)
        => db.Snapshots.AsNoTracking().Where(s => s.ArtifactId == artifactId).Select(s => s.Json).FirstOrDefaultAsync(cancellationToken);
}
