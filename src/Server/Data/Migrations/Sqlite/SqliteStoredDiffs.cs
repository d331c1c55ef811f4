using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbiPortal.Server.Data.Migrations.Sqlite;

/// <summary>
/// Stored diffs: <c>diffs</c> (one per pair, unique per base and head, deleted with either
/// artifact), <c>diff_counts</c> (per severity and kind, as words), <c>diff_changes</c> (paged per
/// group through their (diff, severity, kind, position) index) and <c>diff_symbols</c>.
/// </summary>
[DbContext(typeof(SqlitePortalDbContext))]
[Migration(Id)]
public sealed class SqliteStoredDiffs : Migration
{
    /// <summary>The migration id (also the .sql file name).</summary>
    public const string Id = "20261202090000_StoredDiffs";

    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.Sql(MigrationScripts.Read("Sqlite", Id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (string table in StoredDiffTables.DropOrder)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
