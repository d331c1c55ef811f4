using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AbiPortal.Server.Data.Migrations.Sqlite;

/// <summary>
/// <c>lint_reports</c>: each artifact's ABI contract lint report, written once after it is parsed,
/// so that the first view of a diff's "new findings" reads two stored reports instead of linting
/// both files (7.9 s for a libLLVM pair in a fresh process).
/// </summary>
[DbContext(typeof(SqlitePortalDbContext))]
[Migration(Id)]
public sealed class SqliteLintReports : Migration
{
    /// <summary>The migration id (also the .sql file name).</summary>
    public const string Id = "20261202150000_LintReports";

    protected override void Up(MigrationBuilder migrationBuilder)
        => migrationBuilder.Sql(MigrationScripts.Read("Sqlite", Id));

    protected override void Down(MigrationBuilder migrationBuilder)
        => migrationBuilder.DropTable("lint_reports");
}
