using System.Collections.Concurrent;
using System.Threading.Channels;
using AbiPortal.Server.Caching;
using AbiPortal.Server.Data;
using AbiPortal.Server.Queries;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Diffs;

/// <summary>
/// Keeps each library's page diffs stored (<see cref="ReleasePairs"/>): every release against its
/// predecessor, every listed PR build against its baseline. A library is looked at again whenever
/// something that moves its pairs happens in this process (an upload of it parsed, one deleted,
/// a PR build promoted to a release), and every library once at start-up, which also recomputes
/// diffs of an older engine. A pair that stops being shown (a release inserted between two others,
/// its predecessor deleted) is unpinned, and the retention sweep removes it later. Requests never
/// wait for this: a page that finds a pair missing computes it itself (once, see
/// <see cref="DiffComputer"/>).
/// </summary>
internal sealed partial class DiffIndexer(IServiceScopeFactory scopes, PageCacheEvictions pages, ILogger<DiffIndexer> logger) : BackgroundService
{
    private readonly Channel<string> pending = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> queued = new(StringComparer.Ordinal);

    /// <summary>Asks for a library's pairs to be brought up to date (no-op for null; a library already waiting is not queued twice).</summary>
    public void Enqueue(string? library)
    {
        if (library is not null && queued.TryAdd(library, 0))
        {
            pending.Writer.TryWrite(library);
        }
    }

    /// <summary>Stores and pins the library's missing pairs and unpins the ones no longer shown; returns how many it computed.</summary>
    public async Task<int> IndexAsync(string library, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<DiffStore>();
        var ordered = ReleasePairs.Ordered(await db.Artifacts.AsNoTracking().Where(a => a.Library == library).Select(ArtifactMapping.Summary).ToListAsync(cancellationToken));
        var shown = ReleasePairs.All(ordered).Where(p => ReleasePairs.Comparable(p.Reference, p.Upload)).Select(p => (Base: p.Reference!.Id, Head: p.Upload.Id)).ToHashSet();
        int computed = 0;
        foreach (var (baseId, headId) in shown)
        {
            if (await store.FindAsync(baseId, headId, pin: true, cancellationToken) is null)
            {
                await store.EnsureAsync(baseId, headId, pin: true, cancellationToken);
                computed++;
            }
        }

        long[] ids = [.. ordered.Select(a => a.Id)];
        var pinned = await db.Diffs.AsNoTracking().Where(d => d.Pinned && ids.Contains(d.HeadId)).Select(d => new { d.Id, d.BaseId, d.HeadId }).ToListAsync(cancellationToken);
        long[] stale = [.. pinned.Where(d => !shown.Contains((d.BaseId, d.HeadId))).Select(d => d.Id)];
        if (stale.Length > 0)
        {
            await db.Diffs.Where(d => stale.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.Pinned, false), cancellationToken);
        }

        if (computed > 0 || stale.Length > 0)
        {
            await pages.LibraryChangedAsync(library);
            LogIndexed(library, computed, stale.Length);
        }

        return computed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                foreach (string library in await db.Artifacts.AsNoTracking().Where(a => a.Library != null).Select(a => a.Library!).Distinct().ToListAsync(stoppingToken))
                {
                    Enqueue(library);
                }
            }

            await foreach (string library in pending.Reader.ReadAllAsync(stoppingToken))
            {
                queued.TryRemove(library, out _);
                try
                {
                    await IndexAsync(library, stoppingToken);
                }
                catch (Exception ex) when (ex is System.Data.Common.DbException or DbUpdateException or InvalidOperationException or System.Text.Json.JsonException)
                {
                    // A database hiccup or a snapshot the engine cannot read: this library waits
                    // for its next event or start-up; its page computes what it needs meanwhile.
                    LogFailed(ex, library);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Library {Library}: stored {Computed} diffs, unpinned {Unpinned}")]
    private partial void LogIndexed(string library, int computed, int unpinned);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Library {Library}: storing its diffs failed")]
    private partial void LogFailed(Exception exception, string library);
}
