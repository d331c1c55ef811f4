using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AbiPortal.Server.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL 15 server for the test run: initdb into a temp folder, started on 127.0.0.1
/// and a free port, stopped and removed at the end. PostgreSQL refuses to run as root, and CI
/// runs as root, so the folder belongs to the <c>postgres</c> user and the tools run through
/// runuser. Never skipped: a missing server is a failure.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private readonly string root = Path.Combine(Path.GetTempPath(), $"abiportal-pg-{Guid.NewGuid():N}");
    private int databases;

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(root, "db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(root);
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", root]);
        }

        await RunPostgresToolAsync("initdb", ["-D", DataDirectory, "-A", "trust", "-U", "abiportal", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
        Port = FreePort();
        await RunPostgresToolAsync("pg_ctl", ["-D", DataDirectory, "-o", $"-p {Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "-l", Path.Combine(root, "log"), "-w", "start"]);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunPostgresToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        Directory.Delete(root, recursive: true);
    }

    /// <summary>A new empty database for one test, and its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        string name = $"portal_{Interlocked.Increment(ref databases)}_{Guid.NewGuid():N}"[..30];
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    private string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=abiportal;Database={database};Pooling=true;Maximum Pool Size=50";

    private static bool IsRoot => Environment.UserName == "root";

    private static Task RunPostgresToolAsync(string tool, string[] arguments)
    {
        string path = Path.Combine(BinDirectory, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/tmp" };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stdout}{await stderr}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
