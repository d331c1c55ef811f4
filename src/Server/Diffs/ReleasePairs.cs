using AbiPortal.Client.Contracts;
using AbiPortal.Server.Queries;

namespace AbiPortal.Server.Diffs;

/// <summary>
/// Which pairs of a library's uploads are compared on its page, and so stored and pinned: each
/// release (and pre-release) against the nearest earlier release of the same platform, and each of
/// the newest pull-request builds against the baseline its check used.
/// </summary>
internal static class ReleasePairs
{
    /// <summary>Pull-request builds listed on a library page, newest first.</summary>
    public const int MaxPullRequestBuilds = 20;

    /// <summary>A library's uploads in version order (1.9 before 1.10), then upload order.</summary>
    public static List<ArtifactSummary> Ordered(IEnumerable<ArtifactSummary> artifacts)
        => artifacts.OrderBy(a => a.Labels.Version, VersionComparer.Instance).ThenBy(a => a.Id).ToList();

    /// <summary>Releases and pre-releases, in version order.</summary>
    public static List<ArtifactSummary> Releases(IReadOnlyList<ArtifactSummary> ordered)
        => ordered.Where(a => a.Labels.Channel != ArtifactLabels.PullRequestChannel).ToList();

    /// <summary>The newest pull-request builds, newest first, and how many there are in all.</summary>
    public static (List<ArtifactSummary> Newest, int Total) PullRequestBuilds(IReadOnlyList<ArtifactSummary> ordered)
    {
        var all = ordered.Where(a => a.Labels.Channel == ArtifactLabels.PullRequestChannel).OrderByDescending(a => a.Id).ToList();
        return (all.Take(MaxPullRequestBuilds).ToList(), all.Count);
    }

    /// <summary>The nearest earlier release build on the same platform (PR and pre-release builds are never the reference).</summary>
    public static ArtifactSummary? PreviousRelease(IReadOnlyList<ArtifactSummary> releases, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            var candidate = releases[i];
            if (candidate.Labels.Platform == releases[index].Labels.Platform && IsRelease(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// What <c>abiportal check</c> compared a pull-request build with when it was stored (see
    /// <see cref="Checks.BaselineFinder"/>): the highest-versioned ready release of the library,
    /// among those uploaded before the build.
    /// </summary>
    public static ArtifactSummary? BaselineBefore(IReadOnlyList<ArtifactSummary> releases, ArtifactSummary build)
        => releases
            .Where(a => a.Id < build.Id && a.Status == ArtifactStatus.Ready && IsRelease(a))
            .OrderByDescending(a => a.Labels.Version, VersionComparer.Instance)
            .ThenByDescending(a => a.Id)
            .FirstOrDefault();

    /// <summary>Every pair the library page compares, base first: (reference, upload), the upload's reference possibly null.</summary>
    public static IEnumerable<(ArtifactSummary? Reference, ArtifactSummary Upload)> All(IReadOnlyList<ArtifactSummary> ordered)
    {
        var releases = Releases(ordered);
        for (int i = 0; i < releases.Count; i++)
        {
            yield return (PreviousRelease(releases, i), releases[i]);
        }

        foreach (var build in PullRequestBuilds(ordered).Newest)
        {
            yield return (BaselineBefore(releases, build), build);
        }
    }

    /// <summary>Pairs that can be compared: both sides parsed.</summary>
    public static bool Comparable(ArtifactSummary? reference, ArtifactSummary upload)
        => reference is { Status: ArtifactStatus.Ready } && upload.Status == ArtifactStatus.Ready;

    private static bool IsRelease(ArtifactSummary artifact) => artifact.Labels.Channel is null or ArtifactLabels.ReleaseChannel;
}
