using AbiPortal.Server.Diffs;
using AbiPortal.Server.Hosting;
using AbiPortal.Server.Storage;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Retention;

/// <summary>
/// Deletes pull-request builds older than <see cref="PortalOptions.PrBuildRetention"/>, every
/// <see cref="PortalOptions.RetentionInterval"/> and once shortly after start, then the stored
/// diffs no page pins that have aged out (<see cref="DiffStore.SweepUnpinnedAsync"/>), and the
/// files no artifact accounts for (<see cref="StoreSweeper"/>). The PR bot stores
/// every build it checks (libLLVM: 44k export rows each), so without this the database and the
/// artifact directory grow without bound. Time comes from the <see cref="TimeProvider"/>, so tests
/// move the clock instead of waiting.
/// </summary>
internal sealed partial class PrBuildSweeper(IServiceScopeFactory scopes, StoreSweeper store, IOptions<PortalOptions> options, TimeProvider time, ILogger<PrBuildSweeper> logger) : BackgroundService
{
    /// <summary>
    /// Artifacts deleted per statement (one transaction). SQLite has one writer: while a batch
    /// cascades, parse workers wait to write their rows. Ten libLLVM-sized builds are ~450k
    /// cascaded rows, a few seconds; most PR builds are far smaller.
    /// </summary>
    public const int BatchSize = 10;

    /// <summary>The wait before the first sweep: the server has started, but no sweep waits a full interval.</summary>
    private static readonly TimeSpan FirstSweepDelay = TimeSpan.FromSeconds(10);

    /// <summary>Deletes every PR build past the retention, in batches; returns how many it deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var retention = options.Value.PrBuildRetention;
        if (retention <= TimeSpan.Zero)
        {
            return 0;
        }

        var cutoff = (time.GetUtcNow() - retention).UtcDateTime;
        int total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var deleter = scope.ServiceProvider.GetRequiredService<ArtifactDeleter>();
            var (candidates, deleted) = await deleter.DeleteExpiredPrBuildsAsync(cutoff, BatchSize, cancellationToken);
            total += deleted;

            // A short batch was the last one. A full batch of which nothing was deleted means
            // another server is sweeping the same rows right now; it will finish them.
            if (candidates < BatchSize || deleted == 0)
            {
                break;
            }
        }

        if (total > 0)
        {
            LogDeleted(total, cutoff);
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RetentionInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(interval < FirstSweepDelay ? interval : FirstSweepDelay, time, stoppingToken);
            using var timer = new PeriodicTimer(interval, time);
            do
            {
                await SweepOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    private async Task SweepOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SweepAsync(stoppingToken);
            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DiffStore>().SweepUnpinnedAsync(time.GetUtcNow().UtcDateTime, stoppingToken);
            }

            // File times are the file system's, so the cutoff is real time, not the TimeProvider's.
            await store.SweepAsync(DateTime.UtcNow - options.Value.OrphanGrace, stoppingToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            // The database went away for a moment (restart, failover): try again next interval
            // rather than take the host down with an unhandled background exception.
            LogSweepFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} pull-request builds uploaded before {Cutoff:O}")]
    private partial void LogDeleted(int count, DateTime cutoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The PR-build retention sweep failed; it runs again at the next interval")]
    private partial void LogSweepFailed(Exception exception);
}
