using AbiPortal.Parsers.Snapshots;
using Microsoft.Extensions.Caching.Memory;

namespace AbiPortal.Server.Queries.Abi;

/// <summary>
/// Artifacts' ABI surfaces, read from their stored snapshot JSON on first request and remembered
/// (libLLVM's snapshot is 20 MB of JSON: a page of declarations must not parse it each time).
/// Keyed by artifact id, since pairing a debug file rewrites a binary's snapshot, which then calls
/// <see cref="Forget"/>. Memory is bounded by <see cref="SizeLimit"/> types and exports.
/// </summary>
public sealed class AbiSurfaceCache : IDisposable
{
    /// <summary>Types and exports of all cached surfaces (each surface counts at least one).</summary>
    public const long SizeLimit = 2_000_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>The artifact's surface views, reading <paramref name="snapshotJson"/> only when they are not cached; null when there is no snapshot.</summary>
    public async Task<AbiArtifactViews?> GetAsync(long artifactId, Func<CancellationToken, Task<string?>> snapshotJson, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(artifactId, out AbiArtifactViews? known))
        {
            return known;
        }

        if (await snapshotJson(cancellationToken) is not { } json)
        {
            return null;
        }

        var view = await Task.Run(() => new AbiArtifactViews(SnapshotJson.Deserialize(json)), cancellationToken);
        cache.Set(artifactId, view, new MemoryCacheEntryOptions { Size = Math.Max(1, view.Weight), SlidingExpiration = TimeSpan.FromHours(1) });
        return view;
    }

    /// <summary>Drops a surface whose snapshot changed (a debug file was paired with it).</summary>
    public void Forget(long artifactId) => cache.Remove(artifactId);

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();
}
