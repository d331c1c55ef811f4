using AbiPortal.Client.Contracts;
using Microsoft.Extensions.Caching.Memory;

namespace AbiPortal.Server.Queries;

/// <summary>
/// Answers repeated export-page and filter-count requests for <c>ready</c> artifacts from memory.
/// A ready artifact's rows are written in the same transaction that makes it ready, nothing ever
/// updates them afterwards, and <c>ready</c> is terminal (the queue only claims queued or
/// lease-expired parsing jobs), so a cached answer can only go stale by the artifact being deleted:
/// the deleter evicts its entries (<see cref="Evict"/>). Only ready artifacts are
/// cached: a queued or parsing one has no rows yet. Memory is bounded by <see cref="SizeLimit"/>
/// (one unit per cached row or count), with least-recently-used entries evicted under pressure.
/// </summary>
public sealed class ExportPageCache : IDisposable
{
    /// <summary>Total size of all entries: rows of cached pages plus one per cached count (~a few tens of MB at most).</summary>
    public const long SizeLimit = 100_000;

    // Keys are (tag, artifact, query) tuples; SymbolQuery is a record, so equal queries are equal keys.
    private const string PageTag = "page";
    private const string CountTag = "count";

    private static readonly MemoryCacheEntryOptions CountOptions = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) };

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>A cached page for this artifact and query, or null.</summary>
    public PagedResult<ExportRow>? GetPage(long artifactId, SymbolQuery query)
        => cache.TryGetValue((PageTag, artifactId, Normalize(query)), out PagedResult<ExportRow>? page) ? page : null;

    /// <summary>Remembers a page of a ready artifact.</summary>
    public void SetPage(long artifactId, SymbolQuery query, PagedResult<ExportRow> page)
        => cache.Set((PageTag, artifactId, Normalize(query)), page, new MemoryCacheEntryOptions { Size = Math.Max(1, page.Items.Count), SlidingExpiration = TimeSpan.FromMinutes(10) });

    /// <summary>The cached number of rows matching the query's filters (sort and page ignored), or null.</summary>
    public int? GetCount(long artifactId, SymbolQuery query)
        => cache.TryGetValue((CountTag, artifactId, FilterOf(query)), out int count) ? count : null;

    /// <summary>Remembers the filtered row count of a ready artifact.</summary>
    public void SetCount(long artifactId, SymbolQuery query, int count)
        => cache.Set((CountTag, artifactId, FilterOf(query)), count, CountOptions);

    /// <summary>Forgets every page and count of these artifacts (they were deleted).</summary>
    public void Evict(IReadOnlyCollection<long> artifactIds)
    {
        var doomed = artifactIds.ToHashSet();
        foreach (object key in cache.Keys)
        {
            if (key is (string, long id, SymbolQuery) && doomed.Contains(id))
            {
                cache.Remove(key);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();

    // The substring filter is case-insensitive, so "Foo" and "foo" share entries.
    private static SymbolQuery Normalize(SymbolQuery query) => query with { Q = string.IsNullOrEmpty(query.Q) ? null : query.Q.ToLowerInvariant() };

    private static SymbolQuery FilterOf(SymbolQuery query) => Normalize(query) with { Sort = null, Page = 1, PageSize = 0 };
}
