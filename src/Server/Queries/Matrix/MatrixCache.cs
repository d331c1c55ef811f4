using AbiPortal.Parsers.Matrix;
using Microsoft.Extensions.Caching.Memory;

namespace AbiPortal.Server.Queries;

/// <summary>
/// Built matrices, keyed by the exact set of ready builds they were built from (artifact ids
/// and platform labels). A ready artifact's rows never change, so an entry can only go stale
/// by that set changing: a new upload, a deletion, a relabelled (promoted) build; each of those
/// makes a new key, and the old entry ages out. Memory is bounded by <see cref="SizeLimit"/>
/// rows, least recently used first out.
/// </summary>
public sealed class MatrixCache : IDisposable
{
    /// <summary>Total rows of all cached matrices (a libLLVM-sized matrix is 45,000).</summary>
    public const long SizeLimit = 400_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>The matrix built from this set of builds, or null.</summary>
    public ExportMatrix? Get(string key) => cache.TryGetValue(key, out ExportMatrix? matrix) ? matrix : null;

    /// <summary>Remembers a built matrix.</summary>
    public void Set(string key, ExportMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        cache.Set(key, matrix, new MemoryCacheEntryOptions { Size = Math.Max(1, matrix.Rows.Count), SlidingExpiration = TimeSpan.FromMinutes(30) });
    }

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();
}
