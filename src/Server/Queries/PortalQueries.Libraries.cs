using AbiPortal.Client.Contracts;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Diffs;
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
        var latest = await db.Artifacts.AsNoTracking().Where(a => latestIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Version, a.UploadedAt })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return groups
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new LibrarySummary(g.Name, g.Count, latest[g.LatestId].Version, g.LatestId, ArtifactMapping.AsUtc(latest[g.LatestId].UploadedAt)))
            .ToList();
    }

    /// <summary>Pull-request builds listed on a library page, newest first.</summary>
    public const int MaxPullRequestBuilds = ReleasePairs.MaxPullRequestBuilds;

    /// <summary>
    /// Pairs a library page computes when their diff is not stored yet (the indexer stores them
    /// right after ingest, so normally none): enough for a page right after an upload, few enough
    /// that a cold page of a library with many libLLVM-sized releases still answers in seconds.
    /// </summary>
    private const int ComputedVerdictsPerPage = 5;

    public async Task<LibraryDetail?> GetLibraryAsync(string name, CancellationToken cancellationToken)
    {
        var ordered = await LibraryArtifactsAsync(name, cancellationToken);
        if (ordered.Count == 0)
        {
            return null;
        }

        var pairs = ReleasePairs.All(ordered).ToList();
        var verdicts = await StoredVerdictsAsync(pairs, cancellationToken);
        int computed = 0;
        foreach (var (reference, upload) in pairs)
        {
            if (computed < ComputedVerdictsPerPage && ReleasePairs.Comparable(reference, upload) && !verdicts.ContainsKey((reference!.Id, upload.Id)))
            {
                computed++;
                await diffs.EnsureAsync(reference.Id, upload.Id, pin: true, cancellationToken);
            }
        }

        if (computed > 0)
        {
            verdicts = await StoredVerdictsAsync(pairs, cancellationToken);
        }

        var releaseCount = ReleasePairs.Releases(ordered).Count;
        var judged = pairs.Select(p => Judge(p.Reference, p.Upload, verdicts)).ToList();
        return new LibraryDetail(name, judged.Take(releaseCount).ToList(), judged.Skip(releaseCount).ToList(), ReleasePairs.PullRequestBuilds(ordered).Total);
    }

    /// <summary>
    /// One upload against its reference. Added and removed are counted as the diff counts them, so
    /// the library page and the diff page agree: a symbol that only moved to a new version node
    /// (libfoo 1.x -> 2.0 renaming every node) is a version change, not a removal plus an addition.
    /// </summary>
    private static LibraryVersion Judge(ArtifactSummary? reference, ArtifactSummary current, Dictionary<(long, long), StoredVerdict> verdicts)
        => reference is not null && verdicts.TryGetValue((reference.Id, current.Id), out var stored)
            ? new LibraryVersion(current, reference.Id, stored.Verdict, stored.Added, stored.Removed, stored.Incompatible, stored.Compatibility)
            : new LibraryVersion(current, reference?.Id, null, null, null);

    /// <summary>The stored verdicts and added/removed counts of these pairs, by (base, head): two indexed queries, no diff.</summary>
    private async Task<Dictionary<(long Base, long Head), StoredVerdict>> StoredVerdictsAsync(List<(ArtifactSummary? Reference, ArtifactSummary Upload)> pairs, CancellationToken cancellationToken)
    {
        var wanted = pairs.Where(p => p.Reference is not null).Select(p => (p.Reference!.Id, p.Upload.Id)).ToHashSet();
        long[] heads = [.. wanted.Select(p => p.Item2).Distinct()];
        var stored = (await db.Diffs.AsNoTracking()
                .Where(d => heads.Contains(d.HeadId) && d.Engine == StoredDiffs.Engine)
                .Select(d => new { d.Id, d.BaseId, d.HeadId, d.Verdict })
                .ToListAsync(cancellationToken))
            .Where(d => wanted.Contains((d.BaseId, d.HeadId)))
            .ToList();
        long[] ids = [.. stored.Select(d => d.Id)];
        string added = ChangeKinds.Name(ChangeKind.ExportAdded), removed = ChangeKinds.Name(ChangeKind.ExportRemoved), ordinalRemoved = ChangeKinds.Name(ChangeKind.OrdinalExportRemoved);
        string incompatible = EnumNames.Of(ChangeSeverity.Incompatible);
        var counts = await db.DiffCounts.AsNoTracking()
            .Where(c => ids.Contains(c.DiffId) && (c.Kind == added || c.Kind == removed || c.Kind == ordinalRemoved || c.Severity == incompatible))
            .Select(c => new { c.DiffId, c.Severity, c.Kind, c.Count })
            .ToListAsync(cancellationToken);

        // What the incompatible changes reach: a grouped change (a renamed version node) every
        // symbol it lists, any other one symbol; a file-level cause (SONAME, format, machine) all.
        string[] fileCauses = [.. new[] { ChangeKind.IdentityChanged, ChangeKind.IdentityRemoved, ChangeKind.FormatChanged, ChangeKind.ArchChanged }.Select(ChangeKinds.Name)];
        var reach = await db.DiffChanges.AsNoTracking()
            .Where(c => ids.Contains(c.DiffId) && c.Severity == incompatible && !c.Suppressed)
            .GroupBy(c => c.DiffId)
            .Select(g => new { DiffId = g.Key, Symbols = g.Sum(c => c.SymbolCount > 0 ? c.SymbolCount : 1), FileLevel = g.Any(c => fileCauses.Contains(c.Kind)) })
            .ToDictionaryAsync(r => r.DiffId, cancellationToken);
        var baseExports = pairs.Where(p => p.Reference is not null).GroupBy(p => p.Reference!.Id).ToDictionary(g => g.Key, g => g.First().Reference!.ExportCount);
        return stored.ToDictionary(
            d => (d.BaseId, d.HeadId),
            d => new StoredVerdict(
                d.Verdict,
                counts.Where(c => c.DiffId == d.Id && c.Kind == added).Sum(c => c.Count),
                counts.Where(c => c.DiffId == d.Id && (c.Kind == removed || c.Kind == ordinalRemoved)).Sum(c => c.Count),
                counts.Where(c => c.DiffId == d.Id && c.Severity == incompatible).Sum(c => c.Count),
                Compatibility(reach.TryGetValue(d.Id, out var r) ? (r.Symbols, r.FileLevel) : (0, false), baseExports.GetValueOrDefault(d.BaseId))));
    }

    /// <summary>
    /// Backward compatibility as ABI Tracker gives it: the share of the old release's exports that
    /// binaries built against it can still use (100 with no incompatible change, 0 when the file
    /// itself no longer loads for them: another SONAME, format or machine).
    /// </summary>
    private static double Compatibility((int Symbols, bool FileLevel) reach, int baseExports)
        => reach.FileLevel ? 0
            : reach.Symbols == 0 ? 100
            : Math.Round(100.0 * Math.Max(0, baseExports - reach.Symbols) / Math.Max(1, baseExports), 1);

    /// <summary>What a library page shows of a stored diff.</summary>
    private sealed record StoredVerdict(string Verdict, int Added, int Removed, int Incompatible, double Compatibility);

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
                .Where(a => a.Labels.Channel != ArtifactLabels.PullRequestChannel || a.Id == id)
                .ToList();
            var ids = siblings.Select(a => a.Id).ToList();

            // Match on the name alone: a symbol that moved to a new version node (SHAPES_1.1 ->
            // SHAPES_2.0) still exists in the newer upload, and people asking "since when do we
            // export this?" mean the name. Builds for other platforms spell it otherwise (_foo,
            // foo@12, an MSVC mangling): they are matched by the matrix's normalized name, as the
            // "Across platforms" card matches, so the two cards agree.
            var matches = await SameNameAsync(artifact, export, siblings, cancellationToken);

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
                ? new SymbolPresence(a.Id, a.Labels.Version, a.Labels.Platform, match.Id, match.Version)
                : new SymbolPresence(a.Id, a.Labels.Version, a.Labels.Platform, null)));
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

    /// <summary>A library's uploads in version order, then upload order (summaries projected in SQL).</summary>
    private async Task<List<ArtifactSummary>> LibraryArtifactsAsync(string library, CancellationToken cancellationToken)
        => ReleasePairs.Ordered(await db.Artifacts.AsNoTracking().Where(a => a.Library == library).Select(ArtifactMapping.Summary).ToListAsync(cancellationToken));
}
