using AbiPortal.Client.Contracts;
using Microsoft.AspNetCore.OutputCaching;

namespace AbiPortal.Server.Caching;

/// <summary>
/// Drops cached pages whose data a write in this process changed (see <see cref="PageCache"/> for
/// the tags). Every write path calls it after its transaction: an upload (the home page and its
/// library's timeline list it), a parse ending, a promotion, a deletion, stored diffs.
/// </summary>
public sealed class PageCacheEvictions(IOutputCacheStore store)
{
    /// <summary>A new upload is listed (queued).</summary>
    public Task UploadedAsync(string? library) => EvictAsync([PageCache.Home, .. LibraryTag(library)]);

    /// <summary>An artifact's parse ended, or its labels changed: everything that shows it or could find it.</summary>
    public Task ChangedAsync(long artifactId, params string?[] libraries)
        => EvictAsync([PageCache.Home, PageCache.Search, PageCache.Artifact(artifactId), .. libraries.SelectMany(LibraryTag)]);

    /// <summary>Artifacts are gone.</summary>
    public Task DeletedAsync(IEnumerable<long> artifactIds, IEnumerable<string> libraries)
        => EvictAsync([PageCache.Home, PageCache.Search, .. artifactIds.Select(PageCache.Artifact), .. libraries.Select(PageCache.Library)]);

    /// <summary>A library's stored verdicts changed.</summary>
    public Task LibraryChangedAsync(string library) => EvictAsync([PageCache.Library(library)]);

    private static IEnumerable<string> LibraryTag(string? library) => library is null ? [] : [PageCache.Library(library)];

    private async Task EvictAsync(IEnumerable<string> tags)
    {
        foreach (string tag in tags.Distinct(StringComparer.Ordinal))
        {
            await store.EvictByTagAsync(tag, CancellationToken.None);
        }
    }
}
