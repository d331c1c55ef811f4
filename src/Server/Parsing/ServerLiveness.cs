using AbiPortal.Server.Data;
using Npgsql;

namespace AbiPortal.Server.Parsing;

/// <summary>
/// On PostgreSQL, holds a session-level advisory lock on this server's <see cref="ServerInstance"/>
/// number for as long as the process lives, on a connection of its own, and re-takes it if the
/// connection drops. Any server can then ask PostgreSQL which instances are alive
/// (<see cref="AliveAsync"/>): a claimant whose lock is gone crashed, and its jobs can be taken back
/// at once. A SQLite file belongs to one process, so there this does nothing.
/// </summary>
internal sealed partial class ServerLiveness(ServerInstance instance, IServiceScopeFactory scopes, ParseSignal signal, ILogger<ServerLiveness> logger) : BackgroundService
{
    /// <summary>The advisory lock class (the first int4 of the two-key form): "ABIP".</summary>
    public const int LockClass = 0x41424950;

    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(15);

    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? connectionString;

    /// <summary>Completes once the lock is held (at once on SQLite), so start-up can recover crashed jobs only after announcing itself.</summary>
    public Task Held => held.Task;

    /// <summary>The instance numbers whose servers are alive right now (PostgreSQL only).</summary>
    public static async Task<HashSet<int>> AliveAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // The two-int4 form of an advisory lock shows in pg_locks as classid, objid and objsubid 2.
        await using var command = new NpgsqlCommand("SELECT objid::bigint FROM pg_locks WHERE locktype = 'advisory' AND classid = @class::oid AND objsubid = 2 AND granted", connection);
        command.Parameters.AddWithValue("class", (long)LockClass);
        var alive = new HashSet<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            alive.Add((int)reader.GetInt64(0));
        }

        return alive;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            if (db.Provider != DatabaseProvider.PostgreSql)
            {
                held.TrySetResult();
                return;
            }

            connectionString = Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (connectionString is null)
        {
            return;
        }

        // Not pooled: the lock lives exactly as long as this one session.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = $"abiportal {instance.Name}" };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@class, @id)", connection))
                {
                    take.Parameters.AddWithValue("class", LockClass);
                    take.Parameters.AddWithValue("id", instance.Id);
                    await take.ExecuteNonQueryAsync(stoppingToken);
                }

                held.TrySetResult();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Delay(CheckInterval, stoppingToken);
                    await using (var ping = new NpgsqlCommand("SELECT 1", connection))
                    {
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }

                    await TakeBackFromTheDeadAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException or InvalidOperationException)
            {
                // The database went away: until the session is back, other servers see this one as
                // dead and may take its jobs; its own workers then find their claims gone and drop
                // the results (the claim guards every write).
                LogLost(ex);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// A neighbour that crashed while this server runs: its jobs come back within one check
    /// interval rather than when their leases end.
    /// </summary>
    private async Task TakeBackFromTheDeadAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<ParseQueue>().RequeueAbandonedAsync(stoppingToken) > 0)
            {
                signal.Notify();
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            // Not this session's problem (it answered the ping): try again next time.
            LogTakeBackFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for jobs of crashed servers failed; trying again later")]
    private partial void LogTakeBackFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the PostgreSQL session that marks this server alive; reconnecting")]
    private partial void LogLost(Exception exception);
}
