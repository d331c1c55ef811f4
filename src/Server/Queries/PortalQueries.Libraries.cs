using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries;

/// <summary>Libraries (artifacts grouped by their library label) and the per-export history.</summary>
internal sealed partial class PortalQueries
{
    public async Task<IReadOnlyList<LibrarySummary>> ListLibrariesAsync(CancellationToken cancellationToken)
    {
        var groups = await db.Artifacts.AsNoTracking()
            .Where(a => a.Library != null)
            .GroupBy(a => a.Library!)
            .Select(g => new { Name = g.Key, Count = g.Count(), LatestId = g.Max(a => a.Id) })
            .ToListAsync(cancellationToken);
        var latestIds = groups.Select(g => g.LatestId).ToList();
        var latest = await db.Artifacts.AsNoTracking().Where(a => latestIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return groups
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new LibrarySummary(g.Name, g.Count, latest[g.LatestId].Version, g.LatestId, latest[g.LatestId].ToSummary().UploadedAt))
            .ToList();
    }

    /// <summary>Pull-request builds listed on a library page, newest first.</summary>
    public const int MaxPullRequestBuilds = 20;

    /// <summary>
    /// Pull-request builds whose verdict a library page computes when it is not known yet: a cold
    /// libLLVM diff takes a second, and the check that stored a build has usually left its
    /// verdict in the cache already.
    /// </summary>
    private const int ComputedPullRequestVerdicts = 5;

    public async Task<LibraryDetail?> GetLibraryAsync(string name, CancellationToken cancellationToken)
    {
        var artifacts = await LibraryArtifactsAsync(name, cancellationToken);
        if (artifacts.Count == 0)
        {
            return null;
        }

        var releases = artifacts.Where(a => a.Channel != ArtifactLabels.PullRequestChannel).ToList();
        var versions = new List<LibraryVersion>(releases.Count);
        for (int i = 0; i < releases.Count; i++)
        {
            var current = releases[i];
            var previous = PreviousRelease(releases, i);
            versions.Add(await JudgeAsync(current, previous, compute: true, cancellationToken));
        }

        var pullRequests = artifacts.Where(a => a.Channel == ArtifactLabels.PullRequestChannel).OrderByDescending(a => a.Id).ToList();
        var builds = new List<LibraryVersion>(Math.Min(pullRequests.Count, MaxPullRequestBuilds));
        foreach (var build in pullRequests.Take(MaxPullRequestBuilds))
        {
            builds.Add(await JudgeAsync(build, BaselineBefore(releases, build), compute: builds.Count < ComputedPullRequestVerdicts, cancellationToken));
        }

        return new LibraryDetail(name, versions, builds, pullRequests.Count);
    }

    /// <summary>
    /// One upload against its reference. Added and removed are counted as the diff counts them, so
    /// the library page and the diff page agree: a symbol that only moved to a new version node
    /// (libfoo 1.x -> 2.0 renaming every node) is a version change, not a removal plus an addition.
    /// </summary>
    private async Task<LibraryVersion> JudgeAsync(ArtifactEntity current, ArtifactEntity? reference, bool compute, CancellationToken cancellationToken)
    {
        int? added = null, removed = null;
        string? verdict = null;
        if (reference is not null && reference.Status == ArtifactStatus.Ready && current.Status == ArtifactStatus.Ready)
        {
            var summary = compute
                ? await diffs.SummaryAsync(db, reference.Id, current.Id, cancellationToken)
                : diffs.CachedSummary(reference.Id, current.Id);
            if (summary is not null)
            {
                verdict = EnumNames.Of(AbiDiff.VerdictOf(summary));
                added = KindCount(summary, ChangeKind.ExportAdded);
                removed = KindCount(summary, ChangeKind.ExportRemoved) + KindCount(summary, ChangeKind.OrdinalExportRemoved);
            }
        }

        return new LibraryVersion(current.ToSummary(), reference?.Id, verdict, added, removed);
    }

    public async Task<ExportDetail?> GetExportAsync(long id, int exportId, CancellationToken cancellationToken)
    {
        var artifact = await db.Artifacts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var export = artifact is null ? null : await db.Exports.AsNoTracking().FirstOrDefaultAsync(e => e.ArtifactId == id && e.Id == exportId, cancellationToken);
        if (artifact is null || export is null)
        {
            return null;
        }

        var presence = new List<SymbolPresence>();
        if (artifact.Library is { } library && export.Name is { } exportName)
        {
            // Releases and pre-releases, as on the timeline; pull-request builds would crowd the
            // history (a busy project stores one per push), except the one this page is about.
            var siblings = (await LibraryArtifactsAsync(library, cancellationToken))
                .Where(a => a.Channel != ArtifactLabels.PullRequestChannel || a.Id == id)
                .ToList();
            var ids = siblings.Select(a => a.Id).ToList();

            // Match on the name alone: a symbol that moved to a new version node (SHAPES_1.1 ->
            // SHAPES_2.0) still exists in the newer upload, and people asking "since when do we
            // export this?" mean the name. NameKey narrows through its index; Name is exact.
            string key = exportName.ToLowerInvariant();
            var matches = await db.Exports.AsNoTracking()
                .Where(e => ids.Contains(e.ArtifactId) && e.NameKey == key && e.Name == exportName)
                .Select(e => new { e.ArtifactId, e.Id, e.Version, e.DefaultVersion, e.Member })
                .ToListAsync(cancellationToken);

            // One row per upload: this very export in its own upload; elsewhere the same version
            // (and archive member) first, then the default version of the name, then file order.
            var best = matches
                .GroupBy(m => m.ArtifactId)
                .ToDictionary(
                    g => g.Key,
                    g => g.OrderBy(m => m.ArtifactId == id && m.Id == exportId ? 0 : 1)
                          .ThenBy(m => m.Version == export.Version ? 0 : 1)
                          .ThenBy(m => m.Member == export.Member ? 0 : 1)
                          .ThenBy(m => m.DefaultVersion == true ? 0 : 1)
                          .ThenBy(m => m.Id)
                          .First());
            presence.AddRange(siblings.Select(a => best.TryGetValue(a.Id, out var match)
                ? new SymbolPresence(a.Id, a.Version, a.Platform, match.Id, match.Version)
                : new SymbolPresence(a.Id, a.Version, a.Platform, null)));
        }
        else
        {
            presence.Add(new SymbolPresence(artifact.Id, artifact.Version, artifact.Platform, export.Id, export.Version));
        }

        var having = presence.Where(p => p.ExportId is not null).ToList();
        var binding = export.Binding;
        var visibility = export.Visibility;
        return new ExportDetail(
            artifact.ToSummary(),
            export.ToRow(),
            IsGlobal: binding is null or SymbolBinding.Global or SymbolBinding.Weak or SymbolBinding.Unique,
            InExportTable: true,
            IsVisible: visibility is null ? null : visibility is SymbolVisibility.Default or SymbolVisibility.Protected,
            LibraryStripped: artifact.HasSymbolTable is { } hasSymbols ? !hasSymbols : null,
            presence,
            having.FirstOrDefault()?.Version,
            having.LastOrDefault()?.Version);
    }

    /// <summary>A library's uploads in version order, then upload order.</summary>
    private async Task<List<ArtifactEntity>> LibraryArtifactsAsync(string library, CancellationToken cancellationToken)
    {
        var artifacts = await db.Artifacts.AsNoTracking().Where(a => a.Library == library).ToListAsync(cancellationToken);
        return artifacts.OrderBy(a => a.Version, VersionComparer.Instance).ThenBy(a => a.Id).ToList();
    }

    /// <summary>The nearest earlier release build on the same platform (PR and pre-release builds are never the reference).</summary>
    private static ArtifactEntity? PreviousRelease(List<ArtifactEntity> ordered, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            var candidate = ordered[i];
            if (candidate.Platform == ordered[index].Platform && candidate.Channel is null or ArtifactLabels.ReleaseChannel)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// What <c>abiportal check</c> compared a pull-request build with when it was stored (see
    /// BaselineFinder): the highest-versioned ready release of the library, among those uploaded
    /// before the build.
    /// </summary>
    private static ArtifactEntity? BaselineBefore(List<ArtifactEntity> releases, ArtifactEntity build)
        => releases
            .Where(a => a.Id < build.Id && a.Status == ArtifactStatus.Ready && (a.Channel is null or ArtifactLabels.ReleaseChannel))
            .OrderByDescending(a => a.Version, VersionComparer.Instance)
            .ThenByDescending(a => a.Id)
            .FirstOrDefault();

    private static int KindCount(DiffSummary summary, ChangeKind kind)
        => summary.ByKind.TryGetValue(ChangeKinds.Name(kind), out int count) ? count : 0;
}
