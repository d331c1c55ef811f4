using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbiPortal.Server.Data.Migrations.Postgres;

/// <summary>PostgreSQL: artifacts (with the parse queue), snapshot rows, snapshot JSON and the search indexes.</summary>
[DbContext(typeof(PostgresPortalDbContext))]
[Migration(Id)]
public sealed class PostgresInitial : Migration
{
    /// <summary>The migration id (also the .sql file name).</summary>
    public const string Id = "20261121090000_Initial";

    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.Sql(MigrationScripts.Read("Postgres", Id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (string table in InitialTables.DropOrder)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
