using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbiPortal.Server.Data.Migrations.Postgres;

/// <summary>
/// Stored diffs: <c>diffs</c> (one per pair, unique per base and head, deleted with either
/// artifact), <c>diff_counts</c> (per severity and kind, as words), <c>diff_changes</c> (paged per
/// group through their (diff, severity, kind, position) index) and <c>diff_symbols</c>.
/// </summary>
[DbContext(typeof(PostgresPortalDbContext))]
[Migration(Id)]
public sealed class PostgresStoredDiffs : Migration
{
    /// <summary>The migration id (also the .sql file name).</summary>
    public const string Id = "20261202090000_StoredDiffs";

    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.Sql(MigrationScripts.Read("Postgres", Id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (string table in StoredDiffTables.DropOrder)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
