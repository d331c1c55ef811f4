using AbiPortal.Server.Hosting;
using AbiPortal.Server.Parsing;
using AbiPortal.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Data;

/// <summary>
/// Runs before the workers (hosted services start in registration order): applies migrations,
/// switches SQLite to WAL (readers never wait for the parse writer), takes back jobs a crash
/// left in <c>parsing</c> (<see cref="ParseQueue.RequeueAbandonedAsync"/>), and removes the files a
/// crash left behind (<see cref="StoreSweeper"/>).
/// </summary>
internal sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, ServerLiveness liveness, StoreSweeper sweeper, IOptions<PortalOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.FullDataPath);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        await db.Database.MigrateAsync(cancellationToken);

        // This server marks itself alive before it looks for the dead: no claim of its own can
        // then ever look abandoned to another server starting at the same moment.
        await liveness.Held.WaitAsync(cancellationToken);
        int requeued = await scope.ServiceProvider.GetRequiredService<ParseQueue>().RequeueAbandonedAsync(cancellationToken);
        if (requeued > 0)
        {
            LogRequeued(requeued);
        }

        // What a crash left in tmp/ and artifacts/. A SQLite folder is this process's alone, so
        // everything older than the process is an orphan; a folder shared with other servers keeps
        // the grace the timer uses.
        var cutoff = db.Provider == DatabaseProvider.Sqlite
            ? System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime()
            : DateTime.UtcNow - options.Value.OrphanGrace;
        await sweeper.SweepAsync(cutoff, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Took back {Count} parse jobs left in 'parsing' by a server that is gone")]
    private partial void LogRequeued(int count);
}
