using System.Collections.Concurrent;
using AbiPortal.Parsers.Diff;
using AbiPortal.Parsers.Snapshots;
using AbiPortal.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Queries;

/// <summary>
/// Diffs stored snapshots. Snapshots never change once stored, so the verdict of a pair is
/// remembered until either artifact is deleted (library pages show one per version, and libLLVM's snapshots take a second to load).
/// </summary>
public sealed class DiffService
{
    /// <summary>Pairs remembered before the cache starts over (each entry is a few dozen bytes).</summary>
    private const int MaxCachedVerdicts = 10_000;

    private readonly ConcurrentDictionary<(long Base, long Head), DiffSummary> summaries = new();

    /// <summary>The diff of two stored snapshots, or null when either has none.</summary>
    public async Task<AbiDiff?> CompareAsync(PortalDbContext db, long baseId, long headId, CancellationToken cancellationToken)
    {
        var jsons = await db.Snapshots.AsNoTracking()
            .Where(s => s.ArtifactId == baseId || s.ArtifactId == headId)
            .Select(s => new { s.ArtifactId, s.Json })
            .ToListAsync(cancellationToken);
        string? baseJson = jsons.FirstOrDefault(j => j.ArtifactId == baseId)?.Json;
        string? headJson = jsons.FirstOrDefault(j => j.ArtifactId == headId)?.Json;
        if (baseJson is null || headJson is null)
        {
            return null;
        }

        var diff = await Task.Run(() => SnapshotDiffer.Compare(SnapshotJson.Deserialize(baseJson), SnapshotJson.Deserialize(headJson)), cancellationToken);
        Remember(baseId, headId, diff.Summary);
        return diff;
    }

    /// <summary>The summary of a pair's diff (cached), or null when either has no snapshot.</summary>
    public async Task<DiffSummary?> SummaryAsync(PortalDbContext db, long baseId, long headId, CancellationToken cancellationToken)
        => summaries.TryGetValue((baseId, headId), out var known) ? known : (await CompareAsync(db, baseId, headId, cancellationToken))?.Summary;

    /// <summary>The summary of a pair's diff when it is already known, without computing it.</summary>
    public DiffSummary? CachedSummary(long baseId, long headId)
        => summaries.TryGetValue((baseId, headId), out var known) ? known : null;

    /// <summary>Forgets the verdicts of every pair involving these artifacts (they were deleted).</summary>
    public void Forget(IReadOnlyCollection<long> artifactIds)
    {
        var doomed = artifactIds.ToHashSet();
        foreach (var pair in summaries.Keys)
        {
            if (doomed.Contains(pair.Base) || doomed.Contains(pair.Head))
            {
                summaries.TryRemove(pair, out _);
            }
        }
    }

    private void Remember(long baseId, long headId, DiffSummary summary)
    {
        if (summaries.Count >= MaxCachedVerdicts)
        {
            summaries.Clear();
        }

        summaries[(baseId, headId)] = summary;
    }
}
