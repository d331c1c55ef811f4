using AbiPortal.Server.Hosting;
using AbiPortal.Server.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AbiPortal.Server.Data;

/// <summary>
/// Runs before the workers (hosted services start in registration order): applies migrations,
/// switches SQLite to WAL (readers never wait for the parse writer), and re-queues jobs a crash
/// left in <c>parsing</c>.
/// </summary>
internal sealed partial class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<PortalOptions> options, ILogger<DatabaseInitializer> logger) : IHostedService
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
        int requeued = await scope.ServiceProvider.GetRequiredService<ParseQueue>().RequeueAbandonedAsync(cancellationToken);
        if (requeued > 0)
        {
            LogRequeued(requeued);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-queued {Count} parse jobs left in 'parsing' by an earlier run")]
    private partial void LogRequeued(int count);
}
