using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Migrations;
using AbiPortal.Server.Data.Migrations.Postgres;
using AbiPortal.Server.Data.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Tests;

/// <summary>The SQLite shim and the hand-kept migrations (the PostgreSQL schema check is in PostgresTests: it needs the server).</summary>
public sealed class InfrastructureTests
{
    [Fact]
    public async Task Sqlite_shim_lets_ef_core_10_run_on_sqlitepclraw_2_0_6()
    {
        Assert.True(SqliteNativeShim.IsInitialized);
        await using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);
        await db.Database.OpenConnectionAsync();
        string version = await db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS \"Value\"").SingleAsync();

        // RETURNING, which the queue's claim needs, arrived in SQLite 3.35.
        Assert.True(Version.Parse(version) >= new Version(3, 35), version);
        var core = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "SQLitePCLRaw.core").GetName().Version!;
        Assert.Equal((2, 0), (core.Major, core.Minor));
    }

    [Fact]
    public async Task Sqlite_migrations_build_the_schema_the_model_describes()
    {
        // One database built by the migrations, one straight from the model (EnsureCreated runs
        // the DDL GenerateCreateScript prints); SQLite keeps each CREATE statement's text.
        Assert.Equal(await SqliteSchemaAsync(db => db.Database.MigrateAsync()), await SqliteSchemaAsync(db => db.Database.EnsureCreatedAsync()));
    }

    [Fact]
    public void Each_provider_has_its_migrations_in_order()
    {
        using var sqlite = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=unused").Options);
        Assert.Equal([SqliteInitial.Id, SqliteStoredDiffs.Id, SqliteExportNameOrder.Id, SqliteBuildIds.Id, SqliteExportSortName.Id, SqliteLintReports.Id], sqlite.Database.GetMigrations());
        Assert.Equal([PostgresInitial.Id, PostgresStoredDiffs.Id, PostgresExportNameOrder.Id, PostgresBuildIds.Id, PostgresExportSortName.Id, PostgresLintReports.Id], postgres.Database.GetMigrations());
        Assert.Equal(sqlite.Database.GetMigrations(), postgres.Database.GetMigrations());
    }

    [Fact]
    public void The_initial_migration_is_never_edited()
    {
        // Databases in the field ran it as it was merged: a change to it would never reach them.
        Assert.Equal("c195acc1a739de8849b82f3c690c8b5d0f2e402ffc1f02f433f4aa6e39cb2968", Sha256(MigrationScripts.Read("Sqlite", SqliteInitial.Id)));
        Assert.Equal("63b895314edca2b7e47968fb55cfe115f7db1cb46a5e97325b4d4258bd7f9d18", Sha256(MigrationScripts.Read("Postgres", PostgresInitial.Id)));
    }

    private static async Task<List<string>> SqliteSchemaAsync(Func<SqlitePortalDbContext, Task> build)
    {
        await using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);
        await db.Database.OpenConnectionAsync();
        await build(db);
        var statements = await db.Database.SqlQueryRaw<string>(
            "SELECT type || ' ' || name || ': ' || sql AS \"Value\" FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '__EFMigrations%' AND name <> 'sqlite_sequence' ORDER BY type, name")
            .ToListAsync();

        // Compared token for token: SQLite's ALTER TABLE ADD splices the new column into the stored
        // CREATE TABLE text right after the last column, on its line, where EF's script starts a new one.
        return [.. statements.Select(s => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Normalize(text))));

    private static string Normalize(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
