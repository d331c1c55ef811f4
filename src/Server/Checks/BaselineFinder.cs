using AbiPortal.Client.Contracts;
using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Entities;
using AbiPortal.Server.Queries;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Checks;

/// <summary>
/// Picks what a PR build is compared with (docs/check.md): the named version when one is asked
/// for, else the highest-versioned ready release of the library. PR and pre-release builds are
/// never a baseline unless named.
/// </summary>
internal static class BaselineFinder
{
    public static async Task<ArtifactEntity?> FindAsync(PortalDbContext db, string library, string? against, long excludeId, CancellationToken cancellationToken)
    {
        var candidates = await db.Artifacts.AsNoTracking()
            // The build itself is no baseline, unless its bytes are those of a release: uploads are
            // stored by content, so a PR that rebuilds the release byte for byte lands on the
            // release's own artifact, and comparing it with itself rightly says "no change".
            .Where(a => a.Library == library && a.Status == ArtifactStatus.Ready
                && (a.Id != excludeId || a.Channel == null || a.Channel == ArtifactLabels.ReleaseChannel))
            .ToListAsync(cancellationToken);
        if (against is not null)
        {
            // A named version: prefer its release build, newest upload first.
            return candidates.Where(a => a.Version == against)
                .OrderBy(a => a.Channel == ArtifactLabels.PullRequestChannel)
                .ThenByDescending(a => a.Id)
                .FirstOrDefault();
        }

        return candidates
            .Where(a => a.Channel is null or ArtifactLabels.ReleaseChannel)
            .OrderByDescending(a => a.Version, VersionComparer.Instance)
            .ThenByDescending(a => a.Id)
            .FirstOrDefault();
    }
}
