using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbiPortal.Server.Data.Migrations.Sqlite;

/// <summary>
/// The export table's "demangled" order, read from an index: <c>exports.SortName</c> is generated
/// by the database as the demangled name or else the raw one, so a deep page of a 45,000-export
/// library (<c>sort=demangled&amp;page=400</c>) walks one artifact's index entries instead of
/// sorting all its rows by an expression. Existing rows get the value as the column is added.
/// </summary>
[DbContext(typeof(SqlitePortalDbContext))]
[Migration(Id)]
public sealed class SqliteExportSortName : Migration
{
    /// <summary>The migration id (also the .sql file name).</summary>
    public const string Id = "20261202140000_ExportSortName";

    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.Sql(MigrationScripts.Read("Sqlite", Id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_exports_ArtifactId_SortName_Id", table: "exports");
        migrationBuilder.DropColumn(name: "SortName", table: "exports");
    }
}
