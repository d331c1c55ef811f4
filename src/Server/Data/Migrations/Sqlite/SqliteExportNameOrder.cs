using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbiPortal.Server.Data.Migrations.Sqlite;

/// <summary>
/// The export table's default order, by name, read from an index: a deep page of a 45,000-export
/// library (`sort=name&amp;page=400`) walks the index of one artifact instead of sorting all its rows.
/// </summary>
[DbContext(typeof(SqlitePortalDbContext))]
[Migration(Id)]
public sealed class SqliteExportNameOrder : Migration
{
    /// <summary>The migration id (also the .sql file name).</summary>
    public const string Id = "20261202100000_ExportNameOrder";

    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.Sql(MigrationScripts.Read("Sqlite", Id));

    protected override void Down(MigrationBuilder migrationBuilder)
        => migrationBuilder.DropIndex(name: "IX_exports_ArtifactId_Name_Id", table: "exports");
}
