using AbiPortal.Server.Data;
using AbiPortal.Server.Diffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>What the diffs table holds, read straight from the database.</summary>
public static class StoredDiffAssertions
{
    /// <summary>The stored pairs of this engine: (base, head) → pinned.</summary>
    public static async Task<Dictionary<(long Base, long Head), bool>> StoredAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Diffs.AsNoTracking().Where(d => d.Engine == StoredDiffs.Engine).ToDictionaryAsync(d => (d.BaseId, d.HeadId), d => d.Pinned);
    }

    /// <summary>
    /// Waits until exactly these pairs are the pinned ones among those with a head in
    /// <paramref name="artifacts"/> (the indexer runs after ingest, in the background), or fails.
    /// </summary>
    public static async Task WaitPinnedAsync(PortalFactory factory, IReadOnlyCollection<long> artifacts, IReadOnlyCollection<(long Base, long Head)> pairs)
    {
        var expected = pairs.OrderBy(p => p).ToList();
        List<(long Base, long Head)> pinned = [];
        for (int i = 0; i < 300; i++)
        {
            pinned = (await StoredAsync(factory)).Where(p => p.Value && artifacts.Contains(p.Key.Head)).Select(p => p.Key).OrderBy(p => p).ToList();
            if (pinned.SequenceEqual(expected))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Equal(expected, pinned);
    }
}
