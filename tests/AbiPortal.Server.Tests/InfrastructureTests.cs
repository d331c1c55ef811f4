using AbiPortal.Server.Data;
using AbiPortal.Server.Data.Migrations;
using AbiPortal.Server.Data.Migrations.Postgres;
using AbiPortal.Server.Data.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AbiPortal.Server.Tests;

/// <summary>The SQLite shim and the hand-kept migrations.</summary>
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
    public void Sqlite_migration_matches_the_model()
    {
        using var db = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.Equal(Normalize(db.Database.GenerateCreateScript()), Normalize(MigrationScripts.Read("Sqlite", SqliteInitial.Id)));
    }

    [Fact]
    public void Postgres_migration_matches_the_model()
    {
        using var db = new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=unused").Options);
        Assert.Equal(Normalize(db.Database.GenerateCreateScript()), Normalize(MigrationScripts.Read("Postgres", PostgresInitial.Id)));
    }

    [Fact]
    public void Each_provider_has_its_migration()
    {
        using var sqlite = new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=unused").Options);
        Assert.Equal([SqliteInitial.Id], sqlite.Database.GetMigrations());
        Assert.Equal([PostgresInitial.Id], postgres.Database.GetMigrations());
    }

    private static string Normalize(string sql) => sql.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
